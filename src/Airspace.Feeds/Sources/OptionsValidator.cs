using Microsoft.Extensions.Options;

namespace Airspace.Feeds.Sources;

/// <summary>Validates an options class with its own Validate method, so the failure is its one sentence naming the key.</summary>
internal sealed class OptionsValidator<TOptions>(Func<TOptions, string?> validate) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options) =>
        validate(options) is { } error ? ValidateOptionsResult.Fail(error) : ValidateOptionsResult.Success;
}
