using System.Globalization;

namespace Airspace.Storage.Postgres.Mapping;

/// <summary>Terse parameterised commands; every command on a connection runs in its open transaction.</summary>
internal static class NpgsqlCommandExtensions
{
    public static NpgsqlCommand Command(this NpgsqlConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    public static async Task<int> ExecuteAsync(
        this NpgsqlConnection connection, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var command = connection.Command(sql, parameters);
        await using var commandLifetime = command.ConfigureAwait(false);
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    /// <summary>The first column of the first row, or null for no row or SQL NULL.</summary>
    public static async Task<object?> ScalarAsync(
        this NpgsqlConnection connection, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var command = connection.Command(sql, parameters);
        await using var commandLifetime = command.ConfigureAwait(false);
        var value = await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
        return value is DBNull ? null : value;
    }

    public static async Task<long?> Int64Async(
        this NpgsqlConnection connection, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters) =>
        await connection.ScalarAsync(sql, ct, parameters).ConfigureAwait(false) is { } value ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : null;

    /// <summary>Reads every row with <paramref name="map"/>.</summary>
    public static async Task<List<T>> QueryAsync<T>(
        this NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, T> map, CancellationToken ct, params (string Name, object? Value)[] parameters)
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

    public static string? GetNullableString(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long? GetNullableInt64(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    public static string[] GetStrings(this NpgsqlDataReader reader, int ordinal) =>
        reader.GetFieldValue<string[]>(ordinal);

    public static string[]? GetNullableStrings(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<string[]>(ordinal);

    public static DateTimeOffset Instant(long unixMilliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds);

    public static DateTimeOffset? Instant(long? unixMilliseconds) => unixMilliseconds is { } v ? Instant(v) : null;

    public static long Stored(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    public static long? Stored(DateTimeOffset? value) => value?.ToUnixTimeMilliseconds();
}
