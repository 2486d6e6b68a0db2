using Airspace.Core.State;

namespace Airspace.Storage.Postgres;

/// <summary><see cref="IStateStore"/> on PostgreSQL: the <c>cursors</c> table, one row per key name (as in SQLite).</summary>
public sealed class PostgresStateStore(PostgresDatabase database) : IStateStore
{
    public Task<T> GetAsync<T>(StateKey<T> key, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(key);
        return database.ReadAsync((connection, token) => Cursors.GetAsync(connection, key, token), ct);
    }

    public Task SetAsync<T>(StateKey<T> key, T value, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(key);
        return database.ReadAsync((connection, token) => Cursors.SetAsync(connection, key, value, token), ct);
    }

    public Task<bool> AdvanceAsync<T>(StateKey<T> key, T value, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(key);
        return database.ReadAsync((connection, token) => Cursors.AdvanceAsync(connection, key, value, token), ct);
    }
}
