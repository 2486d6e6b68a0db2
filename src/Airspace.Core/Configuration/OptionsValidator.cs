namespace Airspace.Core.Configuration;

/// <summary>
/// The one <see cref="IValidateOptions{TOptions}"/> adapter: the options' own <see cref="IValidatedOptions.Validate"/>,
/// then the rules that need another section (e.g. "webhook mode needs Airspace:Http:Urls"), first failure wins.
/// </summary>
public sealed class OptionsValidator<TOptions>(Func<TOptions, string?>? crossSectionRules = null) : IValidateOptions<TOptions>
    where TOptions : class, IValidatedOptions
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return (options.Validate() ?? crossSectionRules?.Invoke(options)) is { } error
            ? ValidateOptionsResult.Fail(error)
            : ValidateOptionsResult.Success;
    }
}
