using System.Text;
using Airspace.Benchmarks.Journeys;
using Airspace.Benchmarks.Reporting;
using Airspace.Benchmarks.Scale;
using static Airspace.Benchmarks.Reporting.Markdown;

namespace Airspace.Benchmarks.Store;

/// <summary>The "store throughput" section of BENCHMARKS.md.</summary>
public static class StoreThroughputReport
{
    /// <summary>Telegram: about 30 messages per second per bot token (all replicas share it).</summary>
    public const double TelegramCeiling = 30;

    /// <summary>Discord: 50 requests per second globally per bot token.</summary>
    public const double DiscordCeiling = 50;

    public static string Render(IReadOnlyList<StoreRun> runs, int articles, int channels, string server, DateTimeOffset when, MachineLoad load)
    {
        var md = new StringBuilder();
        md.AppendLine("## Store throughput: claims and mark-sent (issue 14 §2)").AppendLine();
        md.AppendLine($"Written by `{StoreThroughputBenchmark.Command}` on {when:yyyy-MM-dd HH:mm} UTC. Machine: {MachineInfo.Describe()}. Server: {server}. SQLite: the shipped settings, file in /tmp. The throwaway cluster runs first as the storage tests start it (fsync, synchronous commits and full-page writes off: fast, not durable), then restarted in place with PostgreSQL's defaults (every commit waits for its WAL flush), which is what a production server does; the durable rows are the ones to compare with the platforms.").AppendLine();
        md.AppendLine(
            $"{articles} articles × {channels} channels (half Telegram chats, half Discord channels, each subscribed to everything) are planned through the real ports " +
            $"(`ISubscriptionStore.AddAsync`, `IArticleStore.UpsertAsync`, `IDeliveryStore.PlanAsync`), then K dispatch-like loops, each with its own owner id and its own store handle " +
            $"(PostgreSQL: its own `PostgresDatabase` and connection pool, as a replica has; SQLite: one process owns the file, so one loop), repeat `ClaimDueAsync` (batch {StoreThroughputBenchmark.Batch}, the dispatcher's default, every lane) " +
            "and `MarkSentAsync` of each claimed delivery in claim order until all are sent. No platform is called: this is the store's own ceiling. " +
            "The rate is deliveries claimed and marked sent per wall-clock second. Checked after each run: every delivery sent exactly once (the loops' record and the store's `sent` rows agree, nothing pending) " +
            "and, in every channel, deliveries marked sent in ascending id order across all loops (per-channel order across replicas).").AppendLine();
        md.AppendLine(
            "**The machine is shared**: other helpers' builds and tests ran at the same time on its cores (see the load averages), so wall-clock figures include waiting for a core; " +
            "the CPU columns (this process: the loops and, for SQLite, the database engine; the PostgreSQL server: postmaster and every backend, from /proc) show the work itself.").AppendLine();
        md.AppendLine(load.Describe()).AppendLine();
        md.AppendLine("| store | durability | replicas | deliveries | wall | deliveries/s | × Telegram 30/s | × Discord 50/s | claims (empty) | claim p50 / p95 | mark-sent p50 / p95 | bench CPU | server CPU | CPU ms per delivery | per replica | load 1 min before → after | sent exactly once | channel order held |");
        md.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|---|");
        foreach (var r in runs)
        {
            var claims = r.Results.SelectMany(x => x.ClaimMilliseconds).ToList();
            var marks = r.Results.SelectMany(x => x.MarkSentMilliseconds).ToList();
            var claim = PercentileStats.From(claims);
            var mark = PercentileStats.From(marks);
            var cpu = r.BenchCpu + (r.ServerCpu ?? TimeSpan.Zero);
            md.AppendLine(
                $"| {r.Store} | {r.Durability} | {r.Loops} | {r.Planned} | {F(r.Wall.TotalSeconds, 1)} s | {F(r.PerSecond, 0)} | {F(r.PerSecond / TelegramCeiling, 0)}× | {F(r.PerSecond / DiscordCeiling, 0)}× " +
                $"| {claims.Count} ({r.Results.Sum(x => x.EmptyClaims)}) | {F(claim.P50, 1)} / {F(claim.P95, 1)} ms | {F(mark.P50, 2)} / {F(mark.P95, 2)} ms " +
                $"| {F(r.BenchCpu.TotalSeconds, 1)} s | {(r.ServerCpu is { } s ? F(s.TotalSeconds, 1) + " s" : "— (in process)")} | {F(cpu.TotalMilliseconds / r.Planned, 2)} " +
                $"| {string.Join(" / ", r.Results.Select(x => x.Sent))} | {Load(r.LoadBefore)} → {Load(r.LoadAfter)} " +
                $"| {(r.ExactlyOnce ? "yes" : $"**no** (store: {r.SentInStore} sent, {r.PendingInStore} pending; {r.Duplicates} duplicates)")} " +
                $"| {(r.ChannelsOutOfOrder == 0 ? $"yes ({r.Channels} channels)" : $"**no** ({r.ChannelsOutOfOrder} of {r.Channels} channels)")} |");
        }

        md.AppendLine();
        md.AppendLine("Planning (not in the rates above): " + string.Join("; ", runs.Select(r => $"{r.Store} ({r.Durability}) ×{r.Loops}: {r.Planned} deliveries in {F(r.Planning.TotalSeconds, 1)} s ({F(r.Planned / r.Planning.TotalSeconds, 0)}/s)")) + ".").AppendLine();
        var slowest = runs.Where(r => !r.Durability.Contains("fsync=off", StringComparison.Ordinal)).Min(r => r.PerSecond);
        md.AppendLine(
            $"The ceiling is the platforms', not the store's: a bot token may send about {F(TelegramCeiling, 0)} messages/s on Telegram and {F(DiscordCeiling, 0)} requests/s on Discord, " +
            $"shared by every replica, so even both platforms at once need {F(TelegramCeiling + DiscordCeiling, 0)} deliveries/s; the slowest durable case here handled {F(slowest, 0)}/s, " +
            $"{F(slowest / (TelegramCeiling + DiscordCeiling), 1)}× that, on a loaded 2-core machine. More replicas add no sending capacity (the budget is the token's); they are for availability.");
        md.AppendLine();
        Costs(md, runs);
        return md.ToString();
    }

    /// <summary>Where the PostgreSQL time goes, when both durability settings were measured.</summary>
    private static void Costs(StringBuilder md, IReadOnlyList<StoreRun> runs)
    {
        static bool Off(StoreRun r) => r.Durability.Contains("fsync=off", StringComparison.Ordinal);
        var postgres = runs.Where(r => r.Store == "PostgreSQL").ToList();
        if (postgres.FirstOrDefault(r => Off(r) && r.Loops == 1) is not { } fast
            || postgres.FirstOrDefault(r => !Off(r) && r.Loops == 1) is not { } durable
            || postgres.FirstOrDefault(r => !Off(r) && r.Loops > 1) is not { } shared)
        {
            return;
        }

        static double MarkP50(StoreRun r) => PercentileStats.From(r.Results.SelectMany(x => x.MarkSentMilliseconds).ToList()).P50;
        static double ClaimP50(StoreRun r) => PercentileStats.From(r.Results.SelectMany(x => x.ClaimMilliseconds).ToList()).P50;
        md.AppendLine(
            $"Where PostgreSQL's time goes: every `MarkSentAsync` is its own transaction (so a crash loses at most the in-flight delivery's mark), and with durable commits each waits for its WAL flush: " +
            $"mark-sent p50 {F(MarkP50(durable), 2)} ms against {F(MarkP50(fast), 2)} ms with fsync off, which bounds one replica at {F(durable.PerSecond, 0)}/s on this disk. " +
            $"{shared.Loops} replicas' commits share flushes (group commit): {F(shared.PerSecond, 0)}/s. A claim of {StoreThroughputBenchmark.Batch} costs about {F(ClaimP50(durable), 0)} ms " +
            $"({F(ClaimP50(durable) / StoreThroughputBenchmark.Batch, 2)} ms a delivery). SQLite (one process, WAL with synchronous=NORMAL: no flush per commit) is an order of magnitude faster still.");
        md.AppendLine();
    }

    private static string Load(double? value) => value is { } v ? F(v) : "—";
}
