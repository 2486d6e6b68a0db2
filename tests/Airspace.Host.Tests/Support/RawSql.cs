using Microsoft.Data.Sqlite;

namespace Airspace.Host.Tests.Support;

/// <summary>Runs SQL on a bot's database file behind the store's back: the states an older release or a failing disk leaves.</summary>
public static class RawSql
{
    public static async Task ExecuteAsync(string database, string sql, params (string Name, object Value)[] parameters)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        await using (connection)
        {
            await connection.OpenAsync();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value);
            }

            await command.ExecuteNonQueryAsync();
        }
    }

    /// <summary><c>BEGIN IMMEDIATE</c> on a connection of its own: the store's write lock, held until disposed (another process's long transaction).</summary>
    public static async Task<SqliteConnection> HoldWriteLockAsync(string database)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        await connection.OpenAsync();
        using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE;";
        await begin.ExecuteNonQueryAsync();
        return connection;
    }
}
