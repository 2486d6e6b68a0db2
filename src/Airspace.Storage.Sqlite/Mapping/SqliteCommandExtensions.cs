using Microsoft.Data.Sqlite;

namespace Airspace.Storage.Sqlite.Mapping;

/// <summary>Terse parameterised commands. <c>CreateCommand</c> enlists the connection's open transaction.</summary>
internal static class SqliteCommandExtensions
{
    public static SqliteCommand Command(this SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    public static async Task<int> ExecuteAsync(
        this SqliteConnection connection, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var command = connection.Command(sql, parameters);
        await using var commandLifetime = command.ConfigureAwait(false);
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    /// <summary>The first column of the first row, or null for no row or SQL NULL.</summary>
    public static async Task<object?> ScalarAsync(
        this SqliteConnection connection, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var command = connection.Command(sql, parameters);
        await using var commandLifetime = command.ConfigureAwait(false);
        var value = await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
        return value is DBNull ? null : value;
    }

    public static async Task<long?> Int64Async(
        this SqliteConnection connection, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters) =>
        await connection.ScalarAsync(sql, ct, parameters).ConfigureAwait(false) is { } value ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>Reads every row with <paramref name="map"/>.</summary>
    public static async Task<List<T>> QueryAsync<T>(
        this SqliteConnection connection, string sql, Func<SqliteDataReader, T> map, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var command = connection.Command(sql, parameters);
        await using var commandLifetime = command.ConfigureAwait(false);
        var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        await using var readerLifetime = reader.ConfigureAwait(false);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    public static string? GetNullableString(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long? GetNullableInt64(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);
}
