using Airspace.Discord.Tests.Fakes;
using Airspace.Telegram.Tests.Fake;

namespace Airspace.Journeys.Tests.Harness;

/// <summary>
/// Both fake platforms on 127.0.0.1 and a bot pointed at them. Scaled: the fakes' limits and the bot's pacing run
/// faster, for CI. Real: Telegram's documented limits (1 message/s per chat, 20/min per group) and Discord's (5 per
/// 5 s per channel, 50 requests/s globally), and the product's shipped intervals, for the benchmarks.
/// </summary>
public sealed class JourneyFakes : IAsyncDisposable
{
    private JourneyFakes(FakeBotApi telegram, FakeDiscord discord, bool realLimits)
    {
        Telegram = telegram;
        Discord = discord;
        RealLimits = realLimits;
        Channels = new JourneyChannels(telegram, discord);
    }

    public FakeBotApi Telegram { get; }

    public FakeDiscord Discord { get; }

    public bool RealLimits { get; }

    public JourneyChannels Channels { get; }

    public static async Task<JourneyFakes> StartAsync(bool realLimits)
    {
        var telegram = await FakeBotApi.StartAsync(realLimits ? FakeLimits.Real : FakeLimits.Scaled);
        var discord = await FakeDiscord.StartAsync();
        if (realLimits)
        {
            discord.MessageBucketWindow = TimeSpan.FromSeconds(5);
        }

        return new JourneyFakes(telegram, discord, realLimits);
    }

    /// <summary>A bot on a new data folder in <paramref name="workingDirectory"/>, configured for both fakes (not started).</summary>
    public JourneyBot Bot(string workingDirectory)
    {
        var bot = new JourneyBot(workingDirectory).WithTelegram(Telegram, scaled: !RealLimits).WithDiscord(Discord);
        return RealLimits ? bot.WithShippedLoops() : bot.WithFastLoops();
    }

    /// <summary>Waits until the bot polls Telegram and holds a ready Discord gateway session.</summary>
    public Task<bool> ReadyAsync(int pollsBefore = 0) =>
        Eventually.WaitUntilAsync(() => Telegram.Count("getUpdates") > pollsBefore && Discord.Ready, TimeSpan.FromSeconds(60));

    public async ValueTask DisposeAsync()
    {
        await Telegram.DisposeAsync();
        await Discord.DisposeAsync();
    }
}
