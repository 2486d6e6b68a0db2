namespace Airspace.Core.Configuration;

/// <summary>The one way options are registered: bound from their section, validated at start-up, taken as <see cref="IOptions{TOptions}"/>.</summary>
public static class ValidatedOptionsExtensions
{
    /// <summary>
    /// Binds <typeparamref name="TOptions"/> from <paramref name="section"/> (after <paramref name="defaults"/>, for a
    /// default computed from another key) and validates it at start-up with its own rules and
    /// <paramref name="crossSectionRules"/>. A value the binder cannot convert fails as an
    /// <see cref="OptionsValidationException"/> too, with one sentence naming the key and the form it expects.
    /// </summary>
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions>(
        this IServiceCollection services,
        IConfiguration section,
        Action<TOptions>? defaults = null,
        Func<TOptions, string?>? crossSectionRules = null)
        where TOptions : class, IValidatedOptions
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        services.AddSingleton<IValidateOptions<TOptions>>(new OptionsValidator<TOptions>(crossSectionRules));
        return services.AddOptions<TOptions>()
            .Configure(options =>
            {
                defaults?.Invoke(options);
                Bind(section, options);
            })
            .ValidateOnStart();
    }

    private static void Bind<TOptions>(IConfiguration section, TOptions options)
        where TOptions : class
    {
        try
        {
            section.Bind(options);
        }
        catch (InvalidOperationException) when (UnconvertibleValue.Find(section, typeof(TOptions)) is { } bad)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(TOptions), [bad.Sentence]);
        }
    }
}
