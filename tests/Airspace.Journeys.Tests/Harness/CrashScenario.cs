using System.Diagnostics;

namespace Airspace.Journeys.Tests.Harness;

/// <summary>How the crash journey is walked: CI scales it down; the benchmark runs it at the real limits.</summary>
public sealed record CrashSettings
{
    public int Articles { get; init; } = 6;
    public int Cycles { get; init; } = 5;
    public int TelegramChats { get; init; } = 3;
    public int DiscordChannels { get; init; } = 3;

    /// <summary>Telegram's and Discord's documented limits and the product's default pacing instead of the scaled ones.</summary>
    public bool RealLimits { get; init; }

    /// <summary>Each kill comes at a random moment between these two, counted from the start of that run.</summary>
    public TimeSpan KillAfterMin { get; init; } = TimeSpan.FromSeconds(1);
    public TimeSpan KillAfterMax { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>How long to wait after the final restart for every pair (a bound on waiting, not a target).</summary>
    public TimeSpan DrainBound { get; init; } = TimeSpan.FromSeconds(90);

    public int RandomSeed { get; init; } = 9;
}

/// <summary>What the crash journey left: per (channel, article) message counts, and how long the drain took after the final restart.</summary>
public sealed record CrashOutcome(
    IReadOnlyDictionary<(long Chat, string Tag), int> Telegram,
    IReadOnlyDictionary<(ulong Channel, string Tag), int> Discord,
    int Kills,
    int PendingAtFinalRestart,
    TimeSpan? DrainAfterFinalRestart,
    string Output);

/// <summary>
/// Journey 3: a fan-out of a handful of articles to several Telegram chats and Discord channels; the bot is killed
/// with <c>kill -9</c> at random moments and restarted each time, articles arriving in the inbox along the way.
/// </summary>
public static class CrashScenario
{
    public const string Series = "CR";

    /// <summary>
    /// The cycle in which article <paramref name="n"/> lands in the inbox: the last two in the final cycle (so the final
    /// kill interrupts a fan-out), the others spread evenly over the cycles before it.
    /// </summary>
    public static int DropCycle(int n, CrashSettings settings)
    {
        var early = Math.Max(0, settings.Articles - 2);
        return n > early || settings.Cycles == 1 ? settings.Cycles - 1 : (n - 1) * (settings.Cycles - 1) / early;
    }

    public static async Task<CrashOutcome> RunAsync(string workingDirectory, CrashSettings settings, Action<string>? progress = null)
    {
        await using var fakes = await JourneyFakes.StartAsync(settings.RealLimits);
        var channels = fakes.Channels.AddTelegram(settings.TelegramChats).AddDiscord(settings.DiscordChannels);
        using var bot = fakes.Bot(workingDirectory);
        await channels.SubscribeAsync(bot.DataDirectory);

        var random = new Random(settings.RandomSeed);
        var tags = Enumerable.Range(1, settings.Articles).Select(n => JourneyArticles.Tag(Series, n)).ToList();
        for (var cycle = 0; cycle < settings.Cycles; cycle++)
        {
            bot.Start();
            var last = cycle == settings.Cycles - 1;
            var dropped = new List<string>();
            for (var n = 1; n <= settings.Articles; n++)
            {
                if (DropCycle(n, settings) == cycle)
                {
                    await bot.DropAsync(JourneyArticles.FileName(Series, n), JourneyArticles.Markdown(Series, n));
                    dropped.Add(JourneyArticles.Tag(Series, n));
                }
            }

            if (last)
            {
                // The final kill lands in the middle of a fan-out for sure: as soon as the first of its articles shows up.
                await Eventually.WaitUntilAsync(() => dropped.Any(t => channels.TelegramChats.Any(c => channels.InTelegram(c, t) > 0) || channels.DiscordChannels.Any(c => channels.InDiscord(c, t) > 0)), settings.KillAfterMax * 5);
            }
            else
            {
                var span = settings.KillAfterMax - settings.KillAfterMin;
                await Task.Delay(settings.KillAfterMin + (span * random.NextDouble()));
            }

            await bot.KillAsync();
            progress?.Invoke($"crash: kill {cycle + 1}/{settings.Cycles}");
        }

        var pending = channels.TelegramChats.Sum(c => tags.Count(t => channels.InTelegram(c, t) == 0))
            + channels.DiscordChannels.Sum(c => tags.Count(t => channels.InDiscord(c, t) == 0));
        bot.Start();
        var drain = Stopwatch.StartNew();
        var done = await Eventually.WaitUntilAsync(() => channels.AllHave(tags), settings.DrainBound);
        drain.Stop();
        await bot.InterruptAsync();

        return new CrashOutcome(
            channels.TelegramChats.SelectMany(c => tags.Select(t => (c, t))).ToDictionary(p => p, p => channels.InTelegram(p.c, p.t)),
            channels.DiscordChannels.SelectMany(c => tags.Select(t => (c, t))).ToDictionary(p => p, p => channels.InDiscord(p.c, p.t)),
            settings.Cycles,
            pending,
            done ? drain.Elapsed : null,
            bot.Output);
    }
}
