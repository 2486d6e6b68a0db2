using System.Globalization;

namespace Airspace.Core.Configuration;

/// <summary>
/// The one way durations are read, in settings and on the command line alike: the .NET form <c>00:05:00</c>
/// (<c>[d.]hh:mm:ss[.fff]</c>) or a short form made of number–unit pairs, largest first: <c>5m</c>, <c>30s</c>,
/// <c>2h</c>, <c>1h30m</c>, <c>1d</c>, <c>250ms</c>.
/// </summary>
public static class DurationParser
{
    /// <summary>How a duration is written, for error messages.</summary>
    public const string ExpectedForm = "a duration such as 00:05:00, 5m, 30s, 2h or 1h30m";

    private static readonly (string Unit, TimeSpan Size)[] Units =
    [
        ("d", TimeSpan.FromDays(1)),
        ("h", TimeSpan.FromHours(1)),
        ("m", TimeSpan.FromMinutes(1)),
        ("s", TimeSpan.FromSeconds(1)),
        ("ms", TimeSpan.FromMilliseconds(1)),
    ];

    public static bool TryParse(string? text, out TimeSpan value)
    {
        value = default;
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        if (text.Contains(':', StringComparison.Ordinal))
        {
            return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out value);
        }

        return TryParseShort(text.ToLowerInvariant(), out value);
    }

    /// <summary>Throws <see cref="FormatException"/> saying the expected form.</summary>
    public static TimeSpan Parse(string? text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not {ExpectedForm}.");

    private static bool TryParseShort(string text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        var position = 0;
        var lastUnit = -1;
        while (position < text.Length)
        {
            var start = position;
            while (position < text.Length && char.IsAsciiDigit(text[position]))
            {
                position++;
            }

            if (position == start || position - start > 9)
            {
                return false;
            }

            var number = long.Parse(text.AsSpan(start, position - start), NumberStyles.None, CultureInfo.InvariantCulture);
            var unit = UnitAt(text, position);
            // Units go largest first and once each, so "1h30m" reads one way only and "30m1h" is a typo, not 90 minutes.
            if (unit < 0 || unit <= lastUnit)
            {
                return false;
            }

            lastUnit = unit;
            position += Units[unit].Unit.Length;
            value += TimeSpan.FromTicks(number * Units[unit].Size.Ticks);
        }

        return true;
    }

    private static int UnitAt(string text, int position)
    {
        // "ms" before "m": the longest unit that matches.
        var best = -1;
        for (var i = 0; i < Units.Length; i++)
        {
            if (string.CompareOrdinal(text, position, Units[i].Unit, 0, Units[i].Unit.Length) == 0
                && (best < 0 || Units[i].Unit.Length > Units[best].Unit.Length))
            {
                best = i;
            }
        }

        return best;
    }
}
