namespace Airspace.Core.State;

/// <summary>Makes <see cref="StateKey{T}"/>s: each says how its value is stored as an integer.</summary>
public static class StateKey
{
    /// <summary>A plain number (a sequence, an offset, a count); 0 when never set.</summary>
    public static StateKey<long> Number(string name) => new(name, static value => value, static stored => stored);

    /// <summary>An instant to the second; the Unix epoch when never set.</summary>
    public static StateKey<DateTimeOffset> UnixSeconds(string name) =>
        new(name, static value => value.ToUnixTimeSeconds(), DateTimeOffset.FromUnixTimeSeconds);

    /// <summary>An instant to the millisecond; the Unix epoch when never set.</summary>
    public static StateKey<DateTimeOffset> UnixMilliseconds(string name) =>
        new(name, static value => value.ToUnixTimeMilliseconds(), DateTimeOffset.FromUnixTimeMilliseconds);

    /// <summary>An enum stored as its number; the enum's 0 when never set.</summary>
    public static StateKey<TEnum> Enum<TEnum>(string name)
        where TEnum : struct, Enum =>
        new(name, static value => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture), static stored => (TEnum)System.Enum.ToObject(typeof(TEnum), stored));
}
