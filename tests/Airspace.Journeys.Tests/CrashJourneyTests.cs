using Airspace.Journeys.Tests.Harness;

namespace Airspace.Journeys.Tests;

/// <summary>
/// Journey 3, scaled down for CI (a handful of articles, 5 kills): during a fan-out to 3 Telegram chats and 3 Discord
/// channels the bot is killed with <c>kill -9</c> at random moments and restarted. Afterwards every (article, channel)
/// pair has arrived: exactly once on Discord (the nonce makes a resend harmless); on Telegram a duplicate only for a
/// message accepted just before a kill, at most one per chat per kill. The 50-cycle run with the real limits, and the
/// drain time after the final restart, are in the benchmark project.
/// </summary>
public sealed class CrashJourneyTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task Run_KilledAtRandomMomentsDuringAFanOut_EveryArticleReachesEveryChannelExactlyOnce()
    {
        var settings = new CrashSettings();

        var outcome = await CrashScenario.RunAsync(_temp.Path, settings);

        Assert.True(outcome.DrainAfterFinalRestart is not null, "Not every (article, channel) pair arrived after the final restart.\n" + Describe(outcome));
        Assert.All(outcome.Discord, pair => Assert.True(pair.Value == 1, $"discord:{pair.Key.Channel} got {pair.Key.Tag} {pair.Value} times.\n" + Describe(outcome)));
        Assert.All(outcome.Telegram, pair => Assert.True(pair.Value >= 1, $"telegram:{pair.Key.Chat} never got {pair.Key.Tag}.\n" + Describe(outcome)));
        foreach (var chat in outcome.Telegram.GroupBy(p => p.Key.Chat))
        {
            var duplicates = chat.Sum(p => p.Value - 1);
            Assert.True(duplicates <= outcome.Kills, $"telegram:{chat.Key} got {duplicates} duplicates over {outcome.Kills} kills.\n" + Describe(outcome));
        }
    }

    private static string Describe(CrashOutcome outcome) =>
        string.Join(", ", outcome.Telegram.Select(p => $"tg {p.Key.Chat}/{p.Key.Tag}={p.Value}"))
        + "\n" + string.Join(", ", outcome.Discord.Select(p => $"dc {p.Key.Channel}/{p.Key.Tag}={p.Value}"))
        + "\n" + outcome.Output;

    public void Dispose() => _temp.Dispose();
}
