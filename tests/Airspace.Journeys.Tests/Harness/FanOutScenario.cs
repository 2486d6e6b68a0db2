using System.Diagnostics;
using Airspace.Discord.Tests.Fakes;
using Airspace.Telegram.Tests.Fake;

namespace Airspace.Journeys.Tests.Harness;

/// <summary>What the big fan-out left: messages per channel, 429s per platform, and when each platform finished (from the import).</summary>
public sealed record FanOutOutcome(
    IReadOnlyDictionary<long, int> Telegram,
    IReadOnlyDictionary<ulong, int> Discord,
    int Telegram429s,
    int Discord429s,
    TimeSpan? TelegramFirst,
    TimeSpan? TelegramDone,
    TimeSpan? DiscordFirst,
    TimeSpan? DiscordDone,
    int TelegramMaxPerSecond,
    string Output);

/// <summary>
/// Journey 4: one article to <c>N</c> Telegram chats (private chats, supergroups and channels) and <c>N</c> Discord
/// channels. The clock starts when the article file lands in the running bot's inbox.
/// </summary>
public static class FanOutScenario
{
    public const string Series = "FO";

    public static async Task<FanOutOutcome> RunAsync(string workingDirectory, int telegramChats, int discordChannels, bool realLimits, TimeSpan bound)
    {
        await using var telegram = await FakeBotApi.StartAsync(realLimits ? FakeLimits.Real : FakeLimits.Scaled);
        await using var discord = await FakeDiscord.StartAsync();
        if (realLimits)
        {
            discord.MessageBucketWindow = TimeSpan.FromSeconds(5);
        }

        var channels = new JourneyChannels(telegram, discord).AddTelegram(telegramChats).AddDiscord(discordChannels);
        using var bot = new JourneyBot(workingDirectory).WithFastLoops().WithTelegram(telegram, scaled: !realLimits).WithDiscord(discord);
        await channels.SubscribeAsync(bot.DataDirectory);
        bot.Start();
        var ready = await Eventually.WaitUntilAsync(() => telegram.Count("getUpdates") > 0 && discord.Ready, TimeSpan.FromSeconds(60));
        if (!ready)
        {
            return new FanOutOutcome(new Dictionary<long, int>(), new Dictionary<ulong, int>(), 0, 0, null, null, null, null, 0, "not ready\n" + bot.Output);
        }

        var tag = JourneyArticles.Tag(Series, 1);
        var clock = Stopwatch.StartNew();
        await bot.DropAsync(JourneyArticles.FileName(Series, 1), JourneyArticles.Markdown(Series, 1));
        TimeSpan? telegramFirst = null, telegramDone = null, discordFirst = null, discordDone = null;
        var sends = new List<(TimeSpan At, int Sent)>();
        while (clock.Elapsed < bound && (telegramDone is null || discordDone is null))
        {
            var now = clock.Elapsed;
            sends.Add((now, telegram.Count("sendMessage", 200)));
            telegramFirst ??= channels.TelegramChats.Any(c => channels.InTelegram(c, tag) > 0) ? now : null;
            discordFirst ??= channels.DiscordChannels.Any(c => channels.InDiscord(c, tag) > 0) ? now : null;
            telegramDone ??= channels.TelegramHasAll(tag) ? now : null;
            discordDone ??= channels.DiscordHasAll(tag) ? now : null;
            await Task.Delay(10);
        }

        // A clean stop lets anything still in flight (a retry, a duplicate) land before the counts are taken.
        await bot.InterruptAsync();
        return new FanOutOutcome(
            channels.TelegramChats.ToDictionary(c => c, c => channels.InTelegram(c, tag)),
            channels.DiscordChannels.ToDictionary(c => c, c => channels.InDiscord(c, tag)),
            telegram.Count("sendMessage", 429),
            discord.Total429s,
            telegramFirst,
            telegramDone,
            discordFirst,
            discordDone,
            MaxInAnySecond(sends),
            bot.Output);
    }

    /// <summary>The most successful sends seen in any 1-second window (from samples of the running count).</summary>
    private static int MaxInAnySecond(List<(TimeSpan At, int Sent)> samples)
    {
        var max = 0;
        var start = 0;
        for (var end = 0; end < samples.Count; end++)
        {
            while (samples[end].At - samples[start].At > TimeSpan.FromSeconds(1))
            {
                start++;
            }

            max = Math.Max(max, samples[end].Sent - samples[start].Sent);
        }

        return max;
    }
}
