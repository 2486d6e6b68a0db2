using System.Globalization;
using System.Text.RegularExpressions;

namespace Airspace.Feeds.Files;

/// <summary>Lenient date parsing for article metadata: a date that cannot be read is absent, not an error.</summary>
internal static partial class ArticleDates
{
    private static readonly string[] IsoFormats =
    [
        "yyyy-MM-dd",
        "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF",
        "yyyy-MM-ddTHH:mmzzz", "yyyy-MM-ddTHH:mm:sszzz", "yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-ddTHH:mmZ", "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mm:ss.FFFFFFFZ",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mmzzz", "yyyy-MM-dd HH:mm:sszzz", "yyyy-MM-dd HH:mm:ss zzz", "yyyy-MM-dd HH:mm:ss.FFFFFFFzzz",
    ];

    private static readonly string[] RfcFormats =
    [
        "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm zzz",
        "ddd, d MMM yy HH:mm:ss zzz", "d MMM yy HH:mm:ss zzz",
    ];

    // RFC 822 zone names still seen in feeds, plus Indonesia's (the first source is Indonesian).
    private static readonly Dictionary<string, string> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = "+00:00", ["UT"] = "+00:00", ["UTC"] = "+00:00", ["Z"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
        ["WIB"] = "+07:00", ["WITA"] = "+08:00", ["WIT"] = "+09:00",
    };

    /// <summary>Parses ISO-8601, RFC 1123/822 and plain dates; values without an offset are taken as UTC.</summary>
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        const DateTimeStyles styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces;
        var culture = CultureInfo.InvariantCulture;

        if (DateTimeOffset.TryParseExact(text, IsoFormats, culture, styles, out var result))
        {
            return result.ToUniversalTime();
        }

        var rfc = RfcZone().Replace(text, m =>
            m.Groups["name"].Success
                ? " " + (Zones.TryGetValue(m.Groups["name"].Value, out var offset) ? offset : m.Groups["name"].Value)
                : $" {m.Groups["sign"].Value}{m.Groups["hh"].Value}:{m.Groups["mm"].Value}");
        if (DateTimeOffset.TryParseExact(rfc, RfcFormats, culture, styles, out result))
        {
            return result.ToUniversalTime();
        }

        // Last resort for the many near-ISO shapes; invariant culture keeps it deterministic.
        if (text.Length >= 8 && DateTimeOffset.TryParse(text, culture, styles, out result))
        {
            return result.ToUniversalTime();
        }

        return null;
    }

    /// <summary>Unix time in seconds, or milliseconds when the number is too large to be seconds.</summary>
    public static DateTimeOffset? FromUnix(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || value < 0)
        {
            return null;
        }

        var milliseconds = value > 100_000_000_000 ? value : value * 1000;
        if (milliseconds > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
        {
            return null;
        }

        return DateTimeOffset.FromUnixTimeMilliseconds((long)milliseconds);
    }

    [GeneratedRegex(@"\s+(?:(?<sign>[+-])(?<hh>\d{2}):?(?<mm>\d{2})|(?<name>[A-Za-z]{1,4}))$")]
    private static partial Regex RfcZone();
}
