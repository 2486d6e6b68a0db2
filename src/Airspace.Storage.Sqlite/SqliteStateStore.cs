using Airspace.Core.State;

namespace Airspace.Storage.Sqlite;

/// <summary>
/// <see cref="IStateStore"/> on SQLite: the <c>cursors</c> table, one row per key name (the names are those stored
/// before this port existed, so no value moved).
/// </summary>
public sealed class SqliteStateStore(SqliteDatabase database) : IStateStore
{
    public Task<T> GetAsync<T>(StateKey<T> key, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(key);
        return database.ReadAsync((connection, token) => Cursors.GetAsync(connection, key, token), ct);
    }

    public Task SetAsync<T>(StateKey<T> key, T value, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(key);
        return database.WriteAsync((connection, token) => Cursors.SetAsync(connection, key, value, token), ct);
    }

    public Task<bool> AdvanceAsync<T>(StateKey<T> key, T value, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(key);
        return database.WriteAsync((connection, token) => Cursors.AdvanceAsync(connection, key, value, token), ct);
    }
}
