using Airspace.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;

namespace Airspace.Storage.Sqlite.Tests;

/// <summary>Builds a database as an earlier release left it: the scripts before the one that contains a marker, then rows.</summary>
internal static class PreviousSchema
{
    /// <param name="marker">Text of the first script not yet applied (found by content: other scripts may be appended).</param>
    public static async Task CreateAsync(string databasePath, string marker, IEnumerable<string> statements)
    {
        var script = SchemaMigrations.Scripts.ToList().FindIndex(s => s.Contains(marker, StringComparison.Ordinal));
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        await connection.OpenAsync();
        foreach (var statement in SchemaMigrations.Scripts.Take(script).Append($"PRAGMA user_version = {script}").Concat(statements))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = statement;
            await command.ExecuteNonQueryAsync();
        }
    }
}
