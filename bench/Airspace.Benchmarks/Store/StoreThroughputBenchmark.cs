using System.Diagnostics;
using Airspace.Benchmarks.Journeys;
using Airspace.Benchmarks.Scale;
using Airspace.Core.Articles;
using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;
using Airspace.Storage.Postgres;
using Airspace.Storage.Postgres.Tests;
using Airspace.Storage.Sqlite;
using Airspace.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Airspace.Benchmarks.Store;

/// <summary>
/// Issue 14 §2: how many deliveries per second the store itself can hand out (claim) and record (mark sent), with no
/// platform in the way. N = articles × channels deliveries are planned through the real ports, then K dispatch-like
/// loops, each with its own owner and its own store handle (its own connection pool, as a replica has), claim batches
/// and mark each delivery sent until all are. Cases: SQLite with one loop (one process owns the file), PostgreSQL with
/// one and with three replicas. The PostgreSQL server is a throwaway cluster (the storage tests' fixture), measured as
/// the tests run it (fsync off) and again restarted with PostgreSQL's default durability; or the server in
/// <c>Airspace__Test__PostgresConnection</c>, as it is.
/// </summary>
public static class StoreThroughputBenchmark
{
    public const string Command = "dotnet run -c Release --project bench/Airspace.Benchmarks -- store";
    public const string SectionName = "store";
    public const int DefaultArticles = 100;
    public const int DefaultChannels = 100;

    /// <summary>The dispatcher's default <c>Airspace:Dispatcher:BatchSize</c>.</summary>
    public const int Batch = 50;

    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(8);

    public static async Task<string> RunAsync(int articles, int channels, Action<string> progress)
    {
        var started = DateTimeOffset.UtcNow;
        var load = MachineLoad.Start();
        var runs = new List<StoreRun>();
        using (var temp = new TempDirectory())
        {
            progress($"store: SQLite, {articles} articles × {channels} channels, 1 loop");
            runs.Add(await SqliteAsync(temp.Combine("airspace.db"), articles, channels));
            progress(Describe(runs[^1]));
        }

        var cluster = new PostgresCluster();
        var server = "";
        try
        {
            await cluster.InitializeAsync();
            var given = !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresCluster.ConnectionVariable));

            // A throwaway cluster runs first as the tests start it (fsync off), then restarted with the defaults.
            foreach (var durable in given ? [false] : new[] { false, true })
            {
                if (durable)
                {
                    progress("store: restarting the cluster with PostgreSQL's default durability");
                    await DurableRestart.RunAsync(cluster.AdminConnectionString);
                }

                (server, var durability) = await ServerSettingsAsync(cluster.AdminConnectionString, given);
                foreach (var replicas in new[] { 1, 3 })
                {
                    progress($"store: PostgreSQL ({durability}), {articles} articles × {channels} channels, {replicas} replica(s)");
                    runs.Add(await PostgresAsync(cluster, durability, replicas, articles, channels));
                    progress(Describe(runs[^1]));
                }
            }
        }
        finally
        {
            await cluster.DisposeAsync();
        }

        return StoreThroughputReport.Render(runs, articles, channels, server, started, load.End());
    }

    private static string Describe(StoreRun r) =>
        $"  {r.Store} ×{r.Loops}: {r.Planned} in {r.Wall.TotalSeconds:F1} s = {r.PerSecond:F0}/s, exactly once {r.ExactlyOnce}, channels out of order {r.ChannelsOutOfOrder}";

    private static async Task<StoreRun> SqliteAsync(string path, int articles, int channels)
    {
        var database = new SqliteDatabase(Options.Create(new SqliteStoreOptions { DatabasePath = path }), NullLogger<SqliteDatabase>.Instance);
        var time = TimeProvider.System;
        var deliveries = new SqliteDeliveryStore(database, time);
        var (planned, planning) = await SeedAsync(new SqliteArticleStore(database, time), new SqliteSubscriptionStore(database, time), deliveries, articles, channels);
        try
        {
            return await MeasureAsync("SQLite", "WAL, synchronous=NORMAL, as shipped", [deliveries], planned, planning, postmaster: null);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }

    private static async Task<StoreRun> PostgresAsync(PostgresCluster cluster, string durability, int replicas, int articles, int channels)
    {
        var connection = await cluster.CreateDatabaseAsync();
        var handles = Enumerable.Range(0, replicas).Select(_ => PostgresCluster.Open(connection)).ToList();
        try
        {
            var time = TimeProvider.System;
            var stores = handles.Select(h => new PostgresDeliveryStore(h, time)).ToList();
            var (planned, planning) = await SeedAsync(new PostgresArticleStore(handles[0], time), new PostgresSubscriptionStore(handles[0], time), stores[0], articles, channels);
            return await MeasureAsync("PostgreSQL", durability, stores, planned, planning, await PostmasterAsync(connection));
        }
        finally
        {
            foreach (var handle in handles)
            {
                await handle.DisposeAsync();
            }
        }
    }

    /// <summary>Half Telegram chats, half Discord channels, each subscribed to everything; then the articles; then the planner's passes.</summary>
    private static async Task<(int Planned, TimeSpan Took)> SeedAsync(
        IArticleStore articleStore, ISubscriptionStore subscriptions, IDeliveryStore deliveries, int articles, int channels)
    {
        var ct = CancellationToken.None;
        for (var c = 0; c < channels; c++)
        {
            var address = c % 2 == 0 ? ChannelAddress.ForTelegram(-100_000 - c) : ChannelAddress.ForDiscord(900_000UL + (ulong)c);
            await subscriptions.AddAsync(address, [], 0, ct);
        }

        for (var a = 0; a < articles; a++)
        {
            await articleStore.UpsertAsync(TestArticles.NewArticle($"Store benchmark article {a}", url: $"https://airspace.test/store/{a}"), ct);
        }

        var clock = Stopwatch.StartNew();
        var planned = 0;
        int step;
        while ((step = await deliveries.PlanAsync(200, static (_, _) => true, ct)) > 0)
        {
            planned += step;
        }

        return (planned, clock.Elapsed);
    }

    private static async Task<StoreRun> MeasureAsync(string store, string durability, IReadOnlyList<IDeliveryStore> replicas, int planned, TimeSpan planning, int? postmaster)
    {
        using var bound = new CancellationTokenSource(Bound);
        var ledger = new DeliveryLedger(planned);
        var loadBefore = ThreadCpuClock.LoadAverage();
        var process = Process.GetCurrentProcess();
        var benchCpu = process.TotalProcessorTime;
        var serverCpu = ServerCpu.Read(postmaster);
        var clock = Stopwatch.StartNew();
        var results = await Task.WhenAll(replicas.Select((deliveries, i) =>
            Task.Run(() => DispatchLoop.RunAsync(deliveries, $"bench-replica-{i + 1}", Batch, ledger, bound.Token))));
        var wall = clock.Elapsed;
        process.Refresh();
        var benchUsed = process.TotalProcessorTime - benchCpu;
        var serverUsed = ServerCpu.Read(postmaster) - serverCpu;
        var loadAfter = ThreadCpuClock.LoadAverage();
        var sent = (await replicas[0].ListAsync(DeliveryStatus.Sent, planned + 1, CancellationToken.None)).Count;
        var pending = (await replicas[0].ListAsync(DeliveryStatus.Pending, planned + 1, CancellationToken.None)).Count;
        return new StoreRun(
            store, durability, replicas.Count, planned, planning, wall, benchUsed, serverUsed, results, sent, pending,
            ledger.Duplicates(), ledger.ChannelsOutOfOrder(), ledger.Channels(), loadBefore, loadAfter);
    }

    /// <summary>The local server's postmaster (the parent of this connection's backend), or null when the server runs elsewhere.</summary>
    private static async Task<int?> PostmasterAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_backend_pid()", connection);
        return ServerCpu.ParentOf(Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The server's version and where it runs, and its durability settings.</summary>
    private static async Task<(string Server, string Durability)> ServerSettingsAsync(string admin, bool given)
    {
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var show = new NpgsqlCommand(
            "SELECT current_setting('server_version'), current_setting('fsync'), current_setting('synchronous_commit'), current_setting('full_page_writes')", connection);
        await using var reader = await show.ExecuteReaderAsync();
        await reader.ReadAsync();
        var durability = $"fsync={reader.GetString(1)}, synchronous_commit={reader.GetString(2)}, full_page_writes={reader.GetString(3)}";
        var server = $"PostgreSQL {reader.GetString(0)}, " + (given ? "the server in " + PostgresCluster.ConnectionVariable : "a throwaway cluster on this machine (data in /tmp), started as the storage tests start it");
        return (server, durability);
    }
}
