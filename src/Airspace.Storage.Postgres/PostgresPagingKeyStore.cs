using Airspace.Core.Interactions;

namespace Airspace.Storage.Postgres;

/// <summary>
/// <see cref="IPagingKeyStore"/> on PostgreSQL: one row per key until its keep-until time, one statement per save
/// (PostgreSQL takes concurrent writers), expired keys pruned at most once a minute.
/// </summary>
public sealed class PostgresPagingKeyStore(PostgresDatabase database, TimeProvider time) : IPagingKeyStore
{
    private readonly PruneSchedule _prune = new(time);

    public Task SaveAsync(string key, string query, DateTimeOffset keepUntil, CancellationToken ct) =>
        database.ReadAsync(async (connection, token) =>
        {
            if (_prune.IsDue(out var now))
            {
                await connection.ExecuteAsync("DELETE FROM paging_keys WHERE keep_until <= @now", token, ("@now", now)).ConfigureAwait(false);
            }

            return await connection.ExecuteAsync(
                """
                INSERT INTO paging_keys (paging_key, query, keep_until) VALUES (@key, @query, @until)
                ON CONFLICT (paging_key) DO UPDATE SET query = excluded.query, keep_until = GREATEST(paging_keys.keep_until, excluded.keep_until)
                """,
                token, ("@key", key), ("@query", query), ("@until", NpgsqlCommandExtensions.Stored(keepUntil))).ConfigureAwait(false);
        }, ct);

    public Task<string?> FindAsync(string key, CancellationToken ct) =>
        database.ReadAsync(
            async (connection, token) => (string?)await connection.ScalarAsync(
                "SELECT query FROM paging_keys WHERE paging_key = @key AND keep_until > @now",
                token, ("@key", key), ("@now", NpgsqlCommandExtensions.Stored(time.GetUtcNow()))).ConfigureAwait(false),
            ct);
}
