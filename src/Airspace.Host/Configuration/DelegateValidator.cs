using Microsoft.Extensions.Options;

namespace Airspace.Host.Configuration;

/// <summary>Runs an options class's own <c>Validate()</c> (one sentence naming the key, or null) at start-up.</summary>
internal sealed class DelegateValidator<TOptions>(Func<TOptions, string?> validate) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options) =>
        validate(options) is { } error ? ValidateOptionsResult.Fail(error) : ValidateOptionsResult.Success;
}
