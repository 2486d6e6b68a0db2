using System.Globalization;
using System.Text;

namespace Airspace.Benchmarks.Chat;

/// <summary>The BENCHMARKS.md section for chat commands under load (issue 9 §4), each figure beside its target.</summary>
public static class ChatReport
{
    public const string Command = "dotnet run -c Release --project bench/Airspace.Benchmarks -- chat";

    public static string Render(CommandFloodReport flood, InteractionBurstReport burst)
    {
        var md = new StringBuilder();
        md.AppendLine("## Chat commands under load").AppendLine();
        md.AppendLine($"Written by `{Command}`. The bot runs in process against the loopback fakes with the platforms' real limits and its production settings; client, fake and bot share the machine's cores.").AppendLine();
        md.AppendLine("| scenario | figure | target |").AppendLine("|---|---:|---:|");
        md.AppendLine(Row(
            $"Telegram: private `/help` while a group floods ({flood.FloodCommands} `/latest` and `/search` from 40 users, 10 a second; {flood.GroupReplies} group replies at 20 a minute), {flood.Samples} samples",
            $"p50 {Ms(flood.P50)}, p95 {Ms(flood.P95)}, max {Ms(flood.Max)}; {flood.TooManyRequests} × 429",
            "< 1 s"));
        md.AppendLine(Row(
            $"Discord: {burst.Burst} concurrent signed `/search` interactions over {burst.Articles} articles (HTTP endpoint)",
            $"slowest acknowledgement {Ms(burst.Slowest)} (p50 {Ms(burst.P50)}, p95 {Ms(burst.P95)}); {burst.AnsweredDirectly} answered directly, {burst.Deferred} deferred, {burst.Failed} failed",
            "all < 3 s"));
        md.AppendLine(Row(
            "Discord: the same burst, until every deferred answer was delivered",
            $"{Ms(burst.AllAnsweredAfter)} ({burst.DeferredAnswered} of {burst.Deferred})",
            "(Discord allows 15 min)"));
        md.AppendLine();
        return md.ToString();
    }

    private static string Row(string scenario, string figure, string target) => $"| {scenario} | {figure} | {target} |";

    private static string Ms(double milliseconds) =>
        milliseconds >= 1000
            ? (milliseconds / 1000).ToString("0.00", CultureInfo.InvariantCulture) + " s"
            : milliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";
}
