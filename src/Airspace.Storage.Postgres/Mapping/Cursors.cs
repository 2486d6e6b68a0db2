using Airspace.Core.State;

namespace Airspace.Storage.Postgres.Mapping;

/// <summary>The <c>cursors</c> table: one integer per <see cref="StateKey{T}.Name"/>; a key never set reads as stored 0.</summary>
internal static class Cursors
{
    public static async Task<T> GetAsync<T>(NpgsqlConnection connection, StateKey<T> key, CancellationToken ct) =>
        key.FromStored(await connection.Int64Async("SELECT seq FROM cursors WHERE name = @name", ct, ("@name", key.Name)).ConfigureAwait(false) ?? 0);

    public static Task<int> SetAsync<T>(NpgsqlConnection connection, StateKey<T> key, T value, CancellationToken ct) =>
        connection.ExecuteAsync(
            "INSERT INTO cursors (name, seq) VALUES (@name, @seq) ON CONFLICT (name) DO UPDATE SET seq = excluded.seq",
            ct, ("@name", key.Name), ("@seq", key.ToStored(value)));

    /// <summary>Stores <paramref name="value"/> only above the stored integer; true when it did.</summary>
    public static async Task<bool> AdvanceAsync<T>(NpgsqlConnection connection, StateKey<T> key, T value, CancellationToken ct) =>
        await connection.ExecuteAsync(
            "INSERT INTO cursors (name, seq) VALUES (@name, @seq) ON CONFLICT (name) DO UPDATE SET seq = excluded.seq WHERE cursors.seq < excluded.seq",
            ct, ("@name", key.Name), ("@seq", key.ToStored(value))).ConfigureAwait(false) > 0;
}
