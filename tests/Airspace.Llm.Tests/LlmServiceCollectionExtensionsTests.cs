using Airspace.Core.Summaries;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Airspace.Llm.Tests;

public sealed class LlmServiceCollectionExtensionsTests
{
    [Fact]
    public void AddAirspaceLlm_NoConfiguration_DefaultSummarizerStays()
    {
        using var provider = Build([]);

        Assert.IsType<ExtractiveSummarizer>(provider.GetRequiredService<ISummarizer>());
        Assert.False(provider.GetRequiredService<IOptions<LlmOptions>>().Value.Enabled);
    }

    [Fact]
    public void AddAirspaceLlm_Enabled_LlmSummarizerWins()
    {
        using var provider = Build(new()
        {
            ["Airspace:Llm:Enabled"] = "true",
            ["Airspace:Llm:Endpoint"] = "http://127.0.0.1:11434/v1",
            ["Airspace:Llm:Model"] = "llama3.1:8b",
            ["Airspace:Llm:Timeout"] = "00:00:05",
        });

        var summarizer = Assert.IsType<LlmSummarizer>(provider.GetRequiredService<ISummarizer>());
        Assert.StartsWith("llm-llama3.1:8b;", summarizer.Version, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "llama3.1:8b", "00:00:05", "Airspace:Llm:Endpoint")]
    [InlineData("ftp://example.test/v1", "llama3.1:8b", "00:00:05", "Airspace:Llm:Endpoint")]
    [InlineData("http://127.0.0.1:11434/v1", "", "00:00:05", "Airspace:Llm:Model")]
    [InlineData("http://127.0.0.1:11434/v1", "llama3.1:8b", "00:00:00", "Airspace:Llm:Timeout")]
    public void AddAirspaceLlm_EnabledButInvalid_OptionsFailNamingTheKey(string? endpoint, string model, string timeout, string key)
    {
        using var provider = Build(new()
        {
            ["Airspace:Llm:Enabled"] = "true",
            ["Airspace:Llm:Endpoint"] = endpoint,
            ["Airspace:Llm:Model"] = model,
            ["Airspace:Llm:Timeout"] = timeout,
        });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<LlmOptions>>().Value);
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddAirspaceLlm_PromptFileMissing_FailsNamingTheKey()
    {
        using var provider = Build(new()
        {
            ["Airspace:Llm:Enabled"] = "true",
            ["Airspace:Llm:Endpoint"] = "http://127.0.0.1:11434/v1",
            ["Airspace:Llm:Model"] = "llama3.1:8b",
            ["Airspace:Llm:PromptFile"] = "no/such/prompt.txt",
        });

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<ISummarizer>());
        Assert.Contains("Airspace:Llm:PromptFile", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAirspaceLlm(configuration);

        // As the host does: the default summariser is added after, with TryAdd.
        services.TryAddSingleton<ISummarizer>(new ExtractiveSummarizer(new SummarizerOptions()));
        return services.BuildServiceProvider();
    }
}
