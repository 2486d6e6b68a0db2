namespace Airspace.Storage.Sqlite.Mapping;

/// <summary>
/// Instants are stored as unix milliseconds: they sort as numbers in any database and come back as UTC.
/// Sub-millisecond precision is dropped.
/// </summary>
internal static class UnixTime
{
    public static long ToStorage(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    public static long? ToStorage(DateTimeOffset? value) => value?.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromStorage(long value) => DateTimeOffset.FromUnixTimeMilliseconds(value);

    public static DateTimeOffset? FromStorage(long? value) => value is { } v ? FromStorage(v) : null;
}
