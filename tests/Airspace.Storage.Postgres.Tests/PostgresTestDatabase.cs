using Airspace.Storage.Postgres.Sources;
using Npgsql;

namespace Airspace.Storage.Postgres.Tests;

/// <summary>A fresh database of the shared cluster for one test, plus a fake clock: the contract's PostgreSQL harness.</summary>
public sealed class PostgresTestDatabase : StoreHarness
{
    private readonly List<PostgresDatabase> _opened = [];

    public PostgresTestDatabase(PostgresCluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ConnectionString = cluster.CreateDatabaseAsync().GetAwaiter().GetResult();
        Database = Open();
    }

    public string ConnectionString { get; }

    public PostgresDatabase Database { get; }

    /// <summary>Another handle (its own connection pool), as a second replica would have.</summary>
    public PostgresDatabase Open()
    {
        var database = PostgresCluster.Open(ConnectionString);
        lock (_opened)
        {
            _opened.Add(database);
        }

        return database;
    }

    public override StoreSet Reopen() => Stores(Open());

    public override async Task ExecuteAsync(string sql)
    {
        await using var connection = await RawAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public override async Task<long> Int64Async(string sql)
    {
        await using var connection = await RawAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public override Task InsertBulkArticlesAsync(int count) => ExecuteAsync(
        $"""
        INSERT INTO articles (id, source, title, body, language, published, categories, content_hash, summary, summarizer_version, ingested_at)
        SELECT i, 'bulk', 'Title ' || i, 'Body ' || i, 'id', 1700000000000 + i, ARRAY[]::text[], 'hash' || i, 'Summary', 'v1', 1700000000000
        FROM generate_series(1, {count}) AS i
        """);

    public ClaimHeartbeat Heartbeat(PostgresDatabase? database = null) =>
        new(database ?? Database, Microsoft.Extensions.Logging.Abstractions.NullLogger<ClaimHeartbeat>.Instance);

    /// <summary>The database keeps its own time: real time passes (a margin over <paramref name="span"/> for the clock's granularity).</summary>
    public override Task ElapseOnStoreClockAsync(TimeSpan span) => Task.Delay(span + TimeSpan.FromMilliseconds(20));

    public override ChatStores OpenChatStores()
    {
        var database = Open();
        return new(new PostgresPagingKeyStore(database, Time), new PostgresCommandRateStore(database, Time), new PostgresChatTurns(database));
    }

    protected override StoreSet CreateMain() => Stores(Database);

    protected override void Dispose(bool disposing)
    {
        lock (_opened)
        {
            foreach (var database in _opened)
            {
                database.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }
    }

    private async Task<NpgsqlConnection> RawAsync()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    private StoreSet Stores(PostgresDatabase database) => new(
        new PostgresArticleStore(database, Time),
        new PostgresSubscriptionStore(database, Time),
        new PostgresDeliveryStore(database, Time),
        new PostgresStateStore(database),
        new PostgresSeenInteractionStore(database, Time),
        new PostgresSourceStore(database, Time),
        new PostgresSourceStateStore(database),
        new PostgresOutboxStatistics(database),
        new PostgresLeaseStore(database));
}
