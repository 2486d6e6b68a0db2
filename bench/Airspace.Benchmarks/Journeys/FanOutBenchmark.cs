using System.Text;
using Airspace.Benchmarks.Reporting;
using Airspace.Journeys.Tests.Harness;
using Airspace.Testing;
using static Airspace.Benchmarks.Reporting.Markdown;

namespace Airspace.Benchmarks.Journeys;

/// <summary>
/// Journey 4 at the real limits (issue 9, finding 3): one article to N Telegram chats and N Discord channels, timed
/// from the import (the file landing in the running bot's inbox) to the last alert on each platform, against
/// 1.25 × N/30 s (Telegram) and 1.25 × N/50 s (Discord), with the 429s counted.
/// </summary>
public static class FanOutBenchmark
{
    public const string Command = "dotnet run -c Release --project bench/Airspace.Benchmarks -- fanout";
    public const string SectionName = "fanout";
    public const int DefaultChannels = 300;
    public const double TelegramPerSecond = 30;
    public const double DiscordPerSecond = 50;
    public const double Slack = 1.25;

    public static async Task<string> RunAsync(int channels, Action<string> progress)
    {
        var started = DateTimeOffset.UtcNow;
        var load = MachineLoad.Start();
        using var temp = new TempDirectory();
        progress($"fanout: one article to {channels} Telegram chats and {channels} Discord channels");
        var outcome = await FanOutScenario.RunAsync(temp.Path, channels, channels, realLimits: true, bound: TimeSpan.FromMinutes(3));
        return Render(outcome, channels, started, load.End());
    }

    private static string Render(FanOutOutcome o, int n, DateTimeOffset when, MachineLoad load)
    {
        var md = new StringBuilder();
        md.AppendLine($"## Fan-out: one article to {n} Telegram chats and {n} Discord channels (journey 4)").AppendLine();
        md.AppendLine($"Written by `{Command}` on {when:yyyy-MM-dd HH:mm} UTC. Machine: {MachineInfo.Describe()}.").AppendLine();
        md.AppendLine("The real `airspace` executable with the shipped settings against the loopback fakes at the documented limits (Telegram: 1 message/s per chat, 20/min per group, 30/s overall; Discord: 5 per 5 s per channel, 50 requests/s globally). The Telegram chats are private chats, supergroups and channels in turn. Times are counted from the moment the article file lands in the running bot's inbox; the floor is N/30 s for Telegram (30 messages/s overall) and N/50 s for Discord. The Telegram fake also enforces 30 messages in any one-second window over all chats (a 429 beyond) and reports the busiest second.").AppendLine();
        md.AppendLine(load.Describe()).AppendLine();
        md.AppendLine("| platform | first alert | last alert | floor | 429s | delivered |").AppendLine("|---|---:|---:|---:|---:|---:|");
        md.AppendLine($"| Telegram | {Seconds(o.TelegramFirst)} | {Seconds(o.TelegramDone)} | {F(n / TelegramPerSecond, 1)} s | {o.Telegram429s} | {o.Telegram.Count(p => p.Value > 0)} / {n} |");
        md.AppendLine($"| Discord | {Seconds(o.DiscordFirst)} | {Seconds(o.DiscordDone)} | {F(n / DiscordPerSecond, 1)} s | {o.Discord429s} | {o.Discord.Count(p => p.Value > 0)} / {n} |");
        md.AppendLine();
        md.AppendLine("| target | goal | measured | |").AppendLine("|---|---:|---:|---|");
        Row(md, "Telegram, import to last alert", Slack * n / TelegramPerSecond, o.TelegramDone);
        Row(md, "Discord, import to last alert", Slack * n / DiscordPerSecond, o.DiscordDone);
        md.AppendLine($"| Telegram 429s | ≤ 1 | {o.Telegram429s} | {(o.Telegram429s <= 1 ? "met" : "missed")} |");
        md.AppendLine($"| Discord 429s | ≤ 1 | {o.Discord429s} | {(o.Discord429s <= 1 ? "met" : "missed")} |");
        md.AppendLine($"| Telegram messages in the busiest second | ≤ {F(TelegramPerSecond, 0)} | {o.TelegramBusiestSecond} | {(o.TelegramBusiestSecond <= TelegramPerSecond ? "met" : "missed")} |");
        var duplicates = o.Telegram.Values.Sum(v => Math.Max(0, v - 1)) + o.Discord.Values.Sum(v => Math.Max(0, v - 1));
        md.AppendLine($"| duplicates | 0 | {duplicates} | {(duplicates == 0 ? "met" : "missed")} |");
        md.AppendLine();
        return md.ToString();
    }

    private static void Row(StringBuilder md, string name, double targetSeconds, TimeSpan? measured)
    {
        if (measured is { } done)
        {
            BenchmarksReport.Target(md, name, $"< {F(targetSeconds, 1)} s", done.TotalSeconds, targetSeconds, higherIsBetter: false, "s");
        }
        else
        {
            md.AppendLine($"| {name} | < {F(targetSeconds, 1)} s | not all within the bound | missed |");
        }
    }

    private static string Seconds(TimeSpan? value) => value is { } v ? F(v.TotalSeconds, 2) + " s" : "—";
}
