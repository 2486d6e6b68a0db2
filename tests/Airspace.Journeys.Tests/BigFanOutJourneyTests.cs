using Airspace.Journeys.Tests.Harness;

namespace Airspace.Journeys.Tests;

/// <summary>
/// Journey 4, scaled down for CI: one article to 24 Telegram chats (private chats, supergroups, channels) and 24 Discord
/// channels reaches every one exactly once, with at most one 429 per platform. The 300 + 300 run at the real limits,
/// timed from the import, is in the benchmark project.
/// </summary>
public sealed class BigFanOutJourneyTests : IDisposable
{
    private const int Channels = 24;
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task Run_OneArticleToManyChannels_EveryChannelGetsItExactlyOnceWithAtMostOne429PerPlatform()
    {
        var outcome = await FanOutScenario.RunAsync(_temp.Path, Channels, Channels, realLimits: false, bound: TimeSpan.FromSeconds(90));

        var counts = $"telegram {string.Join(",", outcome.Telegram.Values)}; discord {string.Join(",", outcome.Discord.Values)}; 429s {outcome.Telegram429s}/{outcome.Discord429s}\n{outcome.Output}";
        Assert.Equal(Channels, outcome.Telegram.Count);
        Assert.Equal(Channels, outcome.Discord.Count);
        Assert.True(outcome.Telegram.Values.All(n => n == 1), counts);
        Assert.True(outcome.Discord.Values.All(n => n == 1), counts);
        Assert.True(outcome.Telegram429s <= 1, counts);
        Assert.True(outcome.Discord429s <= 1, counts);
    }

    public void Dispose() => _temp.Dispose();
}
