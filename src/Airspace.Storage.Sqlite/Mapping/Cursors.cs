using Microsoft.Data.Sqlite;

namespace Airspace.Storage.Sqlite.Mapping;

/// <summary>Named change-log positions ("publisher", "search", …); 0 when never set.</summary>
internal static class Cursors
{
    public static async Task<long> GetAsync(SqliteConnection connection, string name, CancellationToken ct) =>
        await connection.Int64Async("SELECT seq FROM cursors WHERE name = @name", ct, ("@name", name)) ?? 0;

    public static Task<int> SetAsync(SqliteConnection connection, string name, long sequence, CancellationToken ct) =>
        connection.ExecuteAsync(
            "INSERT INTO cursors (name, seq) VALUES (@name, @seq) ON CONFLICT (name) DO UPDATE SET seq = excluded.seq",
            ct, ("@name", name), ("@seq", sequence));
}
