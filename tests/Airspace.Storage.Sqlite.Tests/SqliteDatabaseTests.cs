using Airspace.Core.Subscriptions;

namespace Airspace.Storage.Sqlite.Tests;

public sealed class SqliteDatabaseTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task MigrateAsync_FreshFileInMissingDirectory_CreatesFileAtLatestVersionInWalMode()
    {
        var version = await _db.Database.MigrateAsync(CancellationToken.None);

        Assert.Equal(SqliteDatabase.LatestSchemaVersion, version);
        Assert.True(File.Exists(_db.DatabasePath));
        Assert.Equal(SqliteDatabase.LatestSchemaVersion, await _db.ScalarAsync<long>("PRAGMA user_version"));
        Assert.Equal("wal", await _db.ScalarAsync<string>("PRAGMA journal_mode"));
    }

    [Fact]
    public async Task MigrateAsync_Reopened_KeepsVersionAndData()
    {
        await _db.Articles.UpsertAsync(TestArticles.NewArticle(), CancellationToken.None);
        await _db.Subscriptions.AddAsync(ChannelAddress.ConsoleChannel, [], 0, CancellationToken.None);

        var reopened = _db.Open();
        var version = await reopened.MigrateAsync(CancellationToken.None);

        Assert.Equal(SqliteDatabase.LatestSchemaVersion, version);
        Assert.Equal(SqliteDatabase.LatestSchemaVersion, await _db.ScalarAsync<long>("PRAGMA user_version"));
        Assert.Equal(1, await new SqliteArticleStore(reopened, _db.Time).CountAsync(CancellationToken.None));
        Assert.Single(await new SqliteSubscriptionStore(reopened, _db.Time).ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task MigrateAsync_DatabaseNewerThanCode_ThrowsNamingBothVersions()
    {
        await _db.Database.MigrateAsync(CancellationToken.None);
        var future = SqliteDatabase.LatestSchemaVersion + 1;
        await _db.ScalarAsync<long>($"PRAGMA user_version = {future}");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _db.Open().MigrateAsync(CancellationToken.None));

        Assert.Contains($"schema version {future}", error.Message, StringComparison.Ordinal);
        Assert.Contains(_db.DatabasePath, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateAsync_TwoHandlesAtOnce_BothSucceed()
    {
        var first = _db.Open();
        var second = _db.Open();

        var versions = await Task.WhenAll(
            Task.Run(() => first.MigrateAsync(CancellationToken.None)),
            Task.Run(() => second.MigrateAsync(CancellationToken.None)));

        Assert.All(versions, v => Assert.Equal(SqliteDatabase.LatestSchemaVersion, v));
    }

    [Fact]
    public async Task MigrateAsync_NewDatabase_OneLogLineForTheWholeClimb()
    {
        using var logs = new LogCapture();
        var database = new SqliteDatabase(
            Microsoft.Extensions.Options.Options.Create(new SqliteStoreOptions { DatabasePath = _db.DatabasePath, Pooling = false }),
            logs.CreateLogger<SqliteDatabase>());

        await database.MigrateAsync(default);

        var line = Assert.Single(logs.Entries, e => e.Text.StartsWith("Migrated the database", StringComparison.Ordinal));
        Assert.EndsWith($"from schema version 0 to {SqliteDatabase.LatestSchemaVersion}", line.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_EmptyPath_Throws()
    {
        var options = Microsoft.Extensions.Options.Options.Create(new SqliteStoreOptions { DatabasePath = " " });

        Assert.Throws<ArgumentException>(() => new SqliteDatabase(options, Microsoft.Extensions.Logging.Abstractions.NullLogger<SqliteDatabase>.Instance));
    }

    [Fact]
    public async Task WriteAsync_WriteLockHeldPastTheBusyTimeout_ThrowsStoreBusyNamingTheFileAndTheSetting()
    {
        await _db.Database.MigrateAsync(default);
        var impatient = new SqliteDatabase(
            Microsoft.Extensions.Options.Options.Create(new SqliteStoreOptions { DatabasePath = _db.DatabasePath, Pooling = false, BusyTimeout = TimeSpan.FromMilliseconds(200) }),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<SqliteDatabase>.Instance);
        await using var holder = new Microsoft.Data.Sqlite.SqliteConnection(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = _db.DatabasePath, Pooling = false }.ToString());
        await holder.OpenAsync();
        await using var begin = holder.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE;";
        await begin.ExecuteNonQueryAsync();

        var error = await Assert.ThrowsAsync<StoreBusyException>(() => new SqliteSubscriptionStore(impatient, _db.Time).AddAsync(ChannelAddress.ConsoleChannel, [], 0, default));

        Assert.Contains(_db.DatabasePath, error.Message, StringComparison.Ordinal);
        Assert.Contains("Airspace:Storage:BusyTimeout", error.Message, StringComparison.Ordinal);
    }
}
