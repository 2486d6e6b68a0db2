using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Airspace.Core.Schedules;

/// <summary>
/// The one parser of schedule settings, shared by the CLI (<c>--digest 07:00 --quiet 22:00-06:00 --time-zone
/// Asia/Jakarta</c>) and chat (<c>/subscribe digest=07:00 quiet=22:00-06:00 time_zone=Asia/Jakarta</c>). Each takes
/// <c>off</c> to clear the setting. Errors are one sentence naming the setting, in the current chat language.
/// </summary>
public static class ScheduleText
{
    public const string Off = "off";

    private static readonly string[] TimeFormats = ["H:mm", "HH:mm"];

    public static string Format(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Reads whichever of the three settings are given (null means not given) into one change.</summary>
    public static bool TryParse(string? digest, string? quiet, string? timeZone, [NotNullWhen(true)] out ScheduleChange? change, [NotNullWhen(false)] out string? error)
    {
        change = null;
        TimeOnly? digestTime = null;
        QuietHours? window = null;
        string? zone = null;
        if (digest is not null && !IsOff(digest) && !TryParseTime(digest, out digestTime))
        {
            error = ChatText.Format("schedule.badDigest", digest.Trim());
            return false;
        }

        if (quiet is not null && !IsOff(quiet) && !TryParseWindow(quiet, out window))
        {
            error = ChatText.Format("schedule.badQuiet", quiet.Trim());
            return false;
        }

        if (timeZone is not null && !IsOff(timeZone) && !TryParseZone(timeZone, out zone))
        {
            error = ChatText.Format("schedule.badTimeZone", timeZone.Trim());
            return false;
        }

        change = new ScheduleChange
        {
            SetsDigest = digest is not null,
            Digest = digestTime,
            SetsQuiet = quiet is not null,
            Quiet = window,
            SetsTimeZone = timeZone is not null,
            TimeZone = zone,
        };
        error = null;
        return true;
    }

    /// <summary>A time of day, <c>7:00</c> or <c>07:00</c>, to the minute.</summary>
    public static bool TryParseTime(string text, [NotNullWhen(true)] out TimeOnly? time)
    {
        ArgumentNullException.ThrowIfNull(text);
        time = TimeOnly.TryParseExact(text.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
        return time is not null;
    }

    /// <summary><c>22:00-06:00</c>; the end may be before the start (the window crosses midnight), never equal to it.</summary>
    public static bool TryParseWindow(string text, [NotNullWhen(true)] out QuietHours? window)
    {
        ArgumentNullException.ThrowIfNull(text);
        window = null;
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length == 2 && TryParseTime(parts[0], out var start) && TryParseTime(parts[1], out var end) && start != end)
        {
            window = new QuietHours(start.Value, end.Value);
        }

        return window is not null;
    }

    /// <summary>An IANA id this machine knows (its canonical spelling is kept).</summary>
    public static bool TryParseZone(string text, [NotNullWhen(true)] out string? zone)
    {
        ArgumentNullException.ThrowIfNull(text);
        zone = TimeZoneInfo.TryFindSystemTimeZoneById(text.Trim(), out var found) && found.HasIanaId ? found.Id : null;
        return zone is not null;
    }

    private static bool IsOff(string text) => string.Equals(text.Trim(), Off, StringComparison.OrdinalIgnoreCase);
}
