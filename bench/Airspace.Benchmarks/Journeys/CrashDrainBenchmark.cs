using System.Text;
using Airspace.Benchmarks.Reporting;
using Airspace.Journeys.Tests.Harness;
using Airspace.Testing;
using static Airspace.Benchmarks.Reporting.Markdown;

namespace Airspace.Benchmarks.Journeys;

/// <summary>
/// Journey 3 at the real limits (issue 9, finding 2): 50 <c>kill -9</c> cycles at random moments during a fan-out to 3
/// Telegram chats and 3 Discord channels; the time from the final restart until every (article, channel) pair has
/// arrived, against the 15-second target, and the duplicates on each platform.
/// </summary>
public static class CrashDrainBenchmark
{
    public const string Command = "dotnet run -c Release --project bench/Airspace.Benchmarks -- crash";
    public const string SectionName = "crash";
    public static readonly TimeSpan Target = TimeSpan.FromSeconds(15);

    public static CrashSettings Settings { get; } = new()
    {
        // One new article every other cycle, and two in the final cycle, killed as soon as the first of them shows up.
        Articles = 25,
        Cycles = 50,
        RealLimits = true,
        KillAfterMin = TimeSpan.FromSeconds(2),
        KillAfterMax = TimeSpan.FromSeconds(6),
        DrainBound = TimeSpan.FromMinutes(5),
    };

    public static async Task<string> RunAsync(Action<string> progress)
    {
        var started = DateTimeOffset.UtcNow;
        var load = MachineLoad.Start();
        using var temp = new TempDirectory();
        var outcome = await CrashScenario.RunAsync(temp.Path, Settings, progress);
        return Render(outcome, started, load.End());
    }

    private static string Render(CrashOutcome o, DateTimeOffset when, MachineLoad load)
    {
        var s = Settings;
        var pairs = o.Telegram.Count + o.Discord.Count;
        var arrived = o.Telegram.Count(p => p.Value > 0) + o.Discord.Count(p => p.Value > 0);
        var discordDuplicates = o.Discord.Sum(p => Math.Max(0, p.Value - 1));
        var telegramPerChat = o.Telegram.GroupBy(p => p.Key.Chat).Select(g => g.Sum(p => Math.Max(0, p.Value - 1))).ToList();
        var md = new StringBuilder();
        md.AppendLine("## Crash recovery: delivery after the final restart (journey 3)").AppendLine();
        md.AppendLine($"Written by `{Command}` on {when:yyyy-MM-dd HH:mm} UTC. Machine: {MachineInfo.Describe()}.").AppendLine();
        md.AppendLine($"The real `airspace` executable against the loopback fakes at the documented limits (Telegram: 1 message/s per chat, 20/min per group; Discord: 5 per 5 s per channel, 50 requests/s) with the shipped intervals. {s.Articles} articles arrive in the inbox, for {s.TelegramChats} Telegram chats (a private chat, a supergroup, a channel) and {s.DiscordChannels} Discord channels: one every other cycle, and the last two in the final cycle. The bot is killed with `kill -9` {s.Cycles} times and restarted at once: each time at a random moment {F(s.KillAfterMin.TotalSeconds, 0)}–{F(s.KillAfterMax.TotalSeconds, 0)} s after its start (seed {s.RandomSeed}), the last time as soon as the first of the final two articles reached a channel, so that kill interrupts a fan-out. The drain is timed from the final start until every (article, channel) pair has arrived; {o.PendingAtFinalRestart} of the {o.Telegram.Count + o.Discord.Count} pairs had not arrived yet when the bot was started for the last time.").AppendLine();
        md.AppendLine(load.Describe()).AppendLine();
        md.AppendLine("| target | goal | measured | |").AppendLine("|---|---:|---:|---|");
        if (o.DrainAfterFinalRestart is { } drain)
        {
            BenchmarksReport.Target(md, $"every pair delivered after the final restart ({s.Cycles} kills)", $"< {F(Target.TotalSeconds, 0)} s", drain.TotalSeconds, Target.TotalSeconds, higherIsBetter: false, "s");
        }
        else
        {
            md.AppendLine($"| every pair delivered after the final restart ({s.Cycles} kills) | < {F(Target.TotalSeconds, 0)} s | not within {F(s.DrainBound.TotalSeconds, 0)} s | missed |");
        }

        md.AppendLine($"| Discord duplicates (nonce) | 0 | {discordDuplicates} | {(discordDuplicates == 0 ? "met" : "missed")} |");
        md.AppendLine($"| Telegram duplicates, most in one chat | ≤ {s.Cycles} (one per chat per kill) | {telegramPerChat.DefaultIfEmpty(0).Max()} (total {telegramPerChat.Sum()}) | {(telegramPerChat.All(d => d <= s.Cycles) ? "met" : "missed")} |");
        md.AppendLine($"| pairs delivered | {pairs} | {arrived} | {(arrived == pairs ? "met" : "missed")} |");
        md.AppendLine();
        return md.ToString();
    }
}
