using System.Globalization;
using System.Text.RegularExpressions;

namespace Airspace.Feeds.Parsing;

/// <summary>
/// The date formats feeds really use, normalised to UTC: W3C/ISO 8601 (full, partial and basic), RFC 822/1123 with
/// or without day name, seconds, four-digit year or a numeric zone, named and military zones, and asctime. A date
/// that cannot be read is absent, never an error.
/// </summary>
internal static partial class FeedDates
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["may"] = 5, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8,
        ["sep"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
        // Indonesian abbreviations that differ from English (the first source is Indonesian).
        ["mei"] = 5, ["agu"] = 8, ["agt"] = 8, ["okt"] = 10, ["des"] = 12,
    };

    private static readonly Dictionary<string, int> ZoneHours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = 0, ["UT"] = 0, ["UTC"] = 0, ["Z"] = 0, ["EST"] = -5, ["EDT"] = -4, ["CST"] = -6, ["CDT"] = -5,
        ["MST"] = -7, ["MDT"] = -6, ["PST"] = -8, ["PDT"] = -7, ["CET"] = 1, ["CEST"] = 2, ["BST"] = 1,
        ["WIB"] = 7, ["WITA"] = 8, ["WIT"] = 9, ["JST"] = 9,
    };

    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length > 80)
        {
            return null;
        }

        return Iso(text) ?? Rfc822(text) ?? AscTime(text) ?? Fallback(text);
    }

    private static DateTimeOffset? Iso(string text)
    {
        var m = IsoPattern().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var year = Int(m, "y");
        var month = m.Groups["mo"].Success ? Int(m, "mo") : 1;
        var day = m.Groups["d"].Success ? Int(m, "d") : 1;
        var hour = m.Groups["h"].Success ? Int(m, "h") : 0;
        var minute = m.Groups["mi"].Success ? Int(m, "mi") : 0;
        var second = m.Groups["s"].Success ? Int(m, "s") : 0;
        var fraction = m.Groups["f"].Success ? double.Parse("0." + m.Groups["f"].Value, CultureInfo.InvariantCulture) : 0;
        var offset = m.Groups["z"].Success ? NumericZone(m.Groups["z"].Value) : TimeSpan.Zero;
        return Build(year, month, day, hour, minute, second, offset, fraction);
    }

    private static DateTimeOffset? Rfc822(string text)
    {
        var m = RfcPattern().Match(text);
        if (!m.Success || !Months.TryGetValue(m.Groups["mon"].Value[..3], out var month))
        {
            return null;
        }

        var year = Int(m, "y");
        if (m.Groups["y"].Value.Length == 2)
        {
            // RFC 822 two-digit years; RFC 2822 reads 00-49 as 20xx and 50-99 as 19xx.
            year += year < 50 ? 2000 : 1900;
        }

        var offset = Zone(m.Groups["z"].Value);
        if (offset is null)
        {
            return null;
        }

        var second = m.Groups["s"].Success ? Int(m, "s") : 0;
        return Build(year, month, Int(m, "d"), Int(m, "h"), Int(m, "mi"), second, offset.Value, 0);
    }

    private static DateTimeOffset? AscTime(string text)
    {
        var m = AscPattern().Match(text);
        if (!m.Success || !Months.TryGetValue(m.Groups["mon"].Value[..3], out var month))
        {
            return null;
        }

        var offset = Zone(m.Groups["z"].Value) ?? TimeSpan.Zero;
        var second = m.Groups["s"].Success ? Int(m, "s") : 0;
        return Build(Int(m, "y"), month, Int(m, "d"), Int(m, "h"), Int(m, "mi"), second, offset, 0);
    }

    private static DateTimeOffset? Fallback(string text) =>
        text.Length >= 8 && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var result)
            ? result.ToUniversalTime()
            : null;

    private static TimeSpan? Zone(string zone)
    {
        if (zone.Length == 0)
        {
            return TimeSpan.Zero;
        }

        if (zone[0] is '+' or '-')
        {
            return NumericZone(zone);
        }

        if (ZoneHours.TryGetValue(zone, out var hours))
        {
            return TimeSpan.FromHours(hours);
        }

        // RFC 822 military zones are famously defined with the wrong sign; treating them as UTC is what readers do.
        return zone.Length == 1 && char.IsAsciiLetter(zone[0]) ? TimeSpan.Zero : null;
    }

    private static TimeSpan NumericZone(string zone)
    {
        if (zone is "Z" or "z")
        {
            return TimeSpan.Zero;
        }

        var sign = zone[0] == '-' ? -1 : 1;
        var digits = zone[1..].Replace(":", "", StringComparison.Ordinal);
        var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
        var minutes = digits.Length >= 4 ? int.Parse(digits[2..4], CultureInfo.InvariantCulture) : 0;
        return TimeSpan.FromMinutes(sign * ((hours * 60) + minutes));
    }

    private static DateTimeOffset? Build(int year, int month, int day, int hour, int minute, int second, TimeSpan offset, double fraction)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 24 || minute > 59 || second > 60 || offset.Duration() > TimeSpan.FromHours(14))
        {
            return null;
        }

        // 24:00 is the end of the day; :60 is a leap second. Both roll over instead of being refused.
        var local = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified)
            .AddHours(hour).AddMinutes(minute).AddSeconds(second).AddTicks((long)(fraction * TimeSpan.TicksPerSecond));
        try
        {
            return new DateTimeOffset(local, offset).ToUniversalTime();
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>\d{4})(?:-?(?<mo>\d{2})(?:-?(?<d>\d{2})(?:[Tt ](?<h>\d{2}):?(?<mi>\d{2})(?::?(?<s>\d{2})(?:[.,](?<f>\d{1,9})\d*)?)?\s?(?<z>[Zz]|[+-]\d{2}(?::?\d{2})?)?)?)?)?$")]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"^(?:[A-Za-z]+\.?,?\s*)?(?<d>\d{1,2})[\s-](?<mon>[A-Za-z]{3,9})\.?[\s-](?<y>\d{4}|\d{2}),?\s+(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2}))?(?:\.\d+)?\s*(?<z>[+-]\d{2}:?\d{2}|[A-Za-z]{1,5})?$")]
    private static partial Regex RfcPattern();

    [GeneratedRegex(@"^(?:[A-Za-z]+,?\s+)?(?<mon>[A-Za-z]{3,9})\s+(?<d>\d{1,2}),?\s+(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2}))?\s*(?<z>[+-]\d{2}:?\d{2}|[A-Za-z]{1,5})?\s+(?<y>\d{4})$")]
    private static partial Regex AscPattern();
}
