using System.Diagnostics;

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
    int TelegramBusiestSecond,
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
        await using var fakes = await JourneyFakes.StartAsync(realLimits);
        var telegram = fakes.Telegram;
        var channels = fakes.Channels.AddTelegram(telegramChats).AddDiscord(discordChannels);
        using var bot = fakes.Bot(workingDirectory);
        await channels.SubscribeAsync(bot.DataDirectory);
        bot.Start();
        var ready = await fakes.ReadyAsync();
        if (!ready)
        {
            return new FanOutOutcome(new Dictionary<long, int>(), new Dictionary<ulong, int>(), 0, 0, null, null, null, null, 0, "not ready\n" + bot.Output);
        }

        var tag = JourneyArticles.Tag(Series, 1);
        var clock = Stopwatch.StartNew();
        await bot.DropAsync(JourneyArticles.FileName(Series, 1), JourneyArticles.Markdown(Series, 1));
        TimeSpan? telegramFirst = null, telegramDone = null, discordFirst = null, discordDone = null;

        // Each channel is looked at until its message is there, so watching costs the bot little CPU.
        var waitingTelegram = channels.TelegramChats.ToHashSet();
        var waitingDiscord = channels.DiscordChannels.ToHashSet();
        while (clock.Elapsed < bound && (waitingTelegram.Count > 0 || waitingDiscord.Count > 0))
        {
            var now = clock.Elapsed;
            waitingTelegram.RemoveWhere(c => channels.InTelegram(c, tag) > 0);
            waitingDiscord.RemoveWhere(c => channels.InDiscord(c, tag) > 0);
            telegramFirst ??= waitingTelegram.Count < channels.TelegramChats.Count ? now : null;
            discordFirst ??= waitingDiscord.Count < channels.DiscordChannels.Count ? now : null;
            telegramDone ??= waitingTelegram.Count == 0 ? now : null;
            discordDone ??= waitingDiscord.Count == 0 ? now : null;
            await Task.Delay(25);
        }

        // A clean stop lets anything still in flight (a retry, a duplicate) land before the counts are taken.
        await bot.InterruptAsync();
        return new FanOutOutcome(
            channels.TelegramChats.ToDictionary(c => c, c => channels.InTelegram(c, tag)),
            channels.DiscordChannels.ToDictionary(c => c, c => channels.InDiscord(c, tag)),
            telegram.Count("sendMessage", 429),
            fakes.Discord.Total429s,
            telegramFirst,
            telegramDone,
            discordFirst,
            discordDone,
            telegram.BusiestSecond(),
            bot.Output);
    }
}
