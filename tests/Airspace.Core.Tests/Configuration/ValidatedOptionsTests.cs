using Airspace.Core.Configuration;
using Airspace.Core.Publishing;
using Airspace.Core.Summaries;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Airspace.Core.Tests.Configuration;

public sealed class ValidatedOptionsTests
{
    [Fact]
    public void AddValidatedOptions_ValidValues_BindsThem()
    {
        DurationConverter.Register();

        var options = Resolve<DispatcherOptions>("Airspace:Dispatcher", new() { ["Airspace:Dispatcher:MaxAttempts"] = "5", ["Airspace:Dispatcher:PollInterval"] = "2s" });

        Assert.Equal(5, options.MaxAttempts);
        Assert.Equal(TimeSpan.FromSeconds(2), options.PollInterval);
    }

    [Fact]
    public void AddValidatedOptions_RuleBroken_FailsWithTheOptionsSentence()
    {
        var error = Assert.Throws<OptionsValidationException>(() =>
            Resolve<DispatcherOptions>("Airspace:Dispatcher", new() { ["Airspace:Dispatcher:MaxAttempts"] = "0" }));

        Assert.Equal(["Airspace:Dispatcher:MaxAttempts must be between 1 and 1000."], error.Failures);
    }

    [Theory]
    [InlineData("Airspace:Dispatcher:MaxAttempts", "many", "'many', which is not a whole number.")]
    [InlineData("Airspace:Dispatcher:PollInterval", "soon", "'soon', which is not ")]
    public void AddValidatedOptions_ValueOfTheWrongType_FailsNamingTheKeyNotTheType(string key, string value, string expected)
    {
        DurationConverter.Register();

        var error = Assert.Throws<OptionsValidationException>(() => Resolve<DispatcherOptions>("Airspace:Dispatcher", new() { [key] = value }));

        var failure = Assert.Single(error.Failures);
        Assert.StartsWith(key + " is " + expected, failure, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void AddValidatedOptions_CrossSectionRule_RunsAfterTheOwnRules()
    {
        var services = new ServiceCollection();
        services.AddValidatedOptions<SummarizerOptions>(Configuration([]), crossSectionRules: _ => "Airspace:Other needs Airspace:Summarizer.");
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SummarizerOptions>>().Value);

        Assert.Equal(["Airspace:Other needs Airspace:Summarizer."], error.Failures);
    }

    [Fact]
    public void ValidateOnStart_BadValue_StartupValidatorReportsIt()
    {
        var services = new ServiceCollection();
        services.AddValidatedOptions<SummarizerOptions>(Configuration(new() { ["Airspace:Summarizer:MaxSentences"] = "11" }).GetSection("Airspace:Summarizer"));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal(["Airspace:Summarizer:MaxSentences must be between 1 and 10."], error.Failures);
    }

    private static T Resolve<T>(string section, Dictionary<string, string?> settings)
        where T : class, IValidatedOptions
    {
        var services = new ServiceCollection();
        services.AddValidatedOptions<T>(Configuration(settings).GetSection(section));
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<T>>().Value;
    }

    private static IConfigurationRoot Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
