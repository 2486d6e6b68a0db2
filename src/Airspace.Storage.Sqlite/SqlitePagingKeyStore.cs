using Airspace.Core.Interactions;
using Microsoft.Data.Sqlite;

namespace Airspace.Storage.Sqlite;

/// <summary>
/// <see cref="IPagingKeyStore"/> on SQLite: one row per key until its keep-until time; saves are batched like the
/// seen interaction ids (a burst of searches is one transaction), expired keys pruned at most once a minute.
/// </summary>
public sealed class SqlitePagingKeyStore : IPagingKeyStore
{
    private readonly SqliteDatabase _database;
    private readonly TimeProvider _time;
    private readonly PruneSchedule _prune;
    private readonly WriteBatch<(string Key, string Query, DateTimeOffset KeepUntil), bool> _batch;

    public SqlitePagingKeyStore(SqliteDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
        _prune = new PruneSchedule(time);
        _batch = new(database, SaveAllAsync);
    }

    public Task SaveAsync(string key, string query, DateTimeOffset keepUntil, CancellationToken ct) =>
        _batch.WriteAsync((key, query, keepUntil), ct);

    public Task<string?> FindAsync(string key, CancellationToken ct) =>
        _database.ReadAsync(
            async (connection, token) => (string?)await connection.ScalarAsync(
                "SELECT query FROM paging_keys WHERE paging_key = @key AND keep_until > @now",
                token, ("@key", key), ("@now", UnixTime.ToStorage(_time.GetUtcNow()))).ConfigureAwait(false),
            ct);

    private async Task<bool[]> SaveAllAsync(SqliteConnection connection, IReadOnlyList<(string Key, string Query, DateTimeOffset KeepUntil)> batch, CancellationToken ct)
    {
        if (_prune.IsDue(out var now))
        {
            await connection.ExecuteAsync("DELETE FROM paging_keys WHERE keep_until <= @now", ct, ("@now", now)).ConfigureAwait(false);
        }

        foreach (var (key, query, keepUntil) in batch)
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO paging_keys (paging_key, query, keep_until) VALUES (@key, @query, @until)
                ON CONFLICT (paging_key) DO UPDATE SET query = excluded.query, keep_until = max(paging_keys.keep_until, excluded.keep_until)
                """,
                ct, ("@key", key), ("@query", query), ("@until", UnixTime.ToStorage(keepUntil))).ConfigureAwait(false);
        }

        return new bool[batch.Count];
    }
}
