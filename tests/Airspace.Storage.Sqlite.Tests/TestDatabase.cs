using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Airspace.Storage.Sqlite.Tests;

/// <summary>A real SQLite file in its own temp directory (no pooling, so it can be deleted), plus a fake clock.</summary>
public sealed class TestDatabase : IDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory _temp = new();

    public TestDatabase()
    {
        DatabasePath = _temp.Combine("data", "airspace.db");
        Database = Open();
        Articles = new SqliteArticleStore(Database, Time);
        Subscriptions = new SqliteSubscriptionStore(Database, Time);
        Deliveries = new SqliteDeliveryStore(Database, Time);
        State = new SqliteStateStore(Database);
    }

    public string Directory => _temp.Path;

    public string DatabasePath { get; }

    public FakeTimeProvider Time { get; } = new(Start);

    public SqliteDatabase Database { get; }

    public SqliteArticleStore Articles { get; }

    public SqliteSubscriptionStore Subscriptions { get; }

    public SqliteDeliveryStore Deliveries { get; }

    public SqliteStateStore State { get; }

    /// <summary>Another handle on the same file, as a second process or a restarted one would have.</summary>
    public SqliteDatabase Open() => new(
        Options.Create(new SqliteStoreOptions { DatabasePath = DatabasePath, Pooling = false }),
        NullLogger<SqliteDatabase>.Instance);

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

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }
}
