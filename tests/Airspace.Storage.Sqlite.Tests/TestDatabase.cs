using Airspace.Storage.Contract;
using Airspace.Storage.Sqlite.Sources;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Airspace.Storage.Sqlite.Tests;

/// <summary>A real SQLite file in its own temp directory (no pooling, so it can be deleted), plus a fake clock.</summary>
public sealed class TestDatabase : StoreHarness
{
    private readonly TempDirectory _temp = new();

    public TestDatabase()
    {
        DatabasePath = _temp.Combine("data", "airspace.db");
        Database = Open();
    }

    public string Directory => _temp.Path;

    public string DatabasePath { get; }

    public SqliteDatabase Database { get; }

    /// <summary>Another handle on the same file, as a second process or a restarted one would have.</summary>
    public SqliteDatabase Open() => new(
        Options.Create(new SqliteStoreOptions { DatabasePath = DatabasePath, Pooling = false }),
        NullLogger<SqliteDatabase>.Instance);

    public override StoreSet Reopen() => Stores(Open());

    /// <summary>A raw connection for checks the ports do not expose.</summary>
    public async Task<T?> ScalarAsync<T>(string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public override async Task ExecuteAsync(string sql)
    {
        await Database.MigrateAsync(CancellationToken.None);
        await ScalarAsync<long>(sql);
    }

    public override async Task<long> Int64Async(string sql)
    {
        await Database.MigrateAsync(CancellationToken.None);
        return await ScalarAsync<long>(sql);
    }

    public override Task InsertBulkArticlesAsync(int count) => ExecuteAsync(
        $"""
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {count})
        INSERT INTO articles (source, title, body, language, published, categories, content_hash, summary, summarizer_version, ingested_at)
        SELECT 'bulk', 'Title ' || i, 'Body ' || i, 'id', 1700000000000 + i, '[]', 'hash' || i, 'Summary', 'v1', 1700000000000 FROM n
        """);

    public override ChatStores OpenChatStores()
    {
        var database = Open();
        return new(new SqlitePagingKeyStore(database, Time), new SqliteCommandRateStore(database, Time), new SqliteChatTurns(database));
    }

    protected override StoreSet CreateMain() => Stores(Database);

    protected override void Dispose(bool disposing)
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    private StoreSet Stores(SqliteDatabase database) => new(
        new SqliteArticleStore(database, Time),
        new SqliteSubscriptionStore(database, Time),
        new SqliteDeliveryStore(database, Time),
        new SqliteStateStore(database),
        new SqliteSeenInteractionStore(database, Time),
        new SqliteSourceStore(database, Time),
        new SqliteSourceStateStore(database),
        new SqliteOutboxStatistics(database),
        new SqliteLeaseStore(database, Time));
}
