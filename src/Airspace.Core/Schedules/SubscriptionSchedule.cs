namespace Airspace.Core.Schedules;

/// <summary>
/// When a subscription hears about articles: one digest a day at <see cref="Digest"/> instead of an alert per
/// article, alerts held during <see cref="Quiet"/>, both in <see cref="TimeZone"/> (an IANA id; null takes
/// <c>Airspace:TimeZone</c>).
/// </summary>
public sealed record SubscriptionSchedule
{
    public static SubscriptionSchedule None { get; } = new();

    public TimeOnly? Digest { get; init; }

    public QuietHours? Quiet { get; init; }

    public string? TimeZone { get; init; }

    public bool IsEmpty => Digest is null && Quiet is null && TimeZone is null;

    /// <summary>
    /// A schedule as both stores keep it, three text columns (digest_at 'HH:MM', quiet 'HH:MM-HH:MM', time_zone),
    /// read back by the one schedule parser.
    /// </summary>
    public static SubscriptionSchedule FromStored(string? digest, string? quiet, string? timeZone) => new()
    {
        Digest = digest is not null && ScheduleText.TryParseTime(digest, out var time) ? time : null,
        Quiet = quiet is not null && ScheduleText.TryParseWindow(quiet, out var window) ? window : null,
        TimeZone = timeZone,
    };

    /// <summary>This schedule as the three stored text columns (<see cref="FromStored"/> reads them back).</summary>
    public (string? Digest, string? Quiet, string? TimeZone) ToStored() =>
        (Digest is { } digest ? ScheduleText.Format(digest) : null, Quiet?.ToString(), TimeZone);

    /// <summary>"daily digest at 07:00, quiet 22:00-06:00, Asia/Jakarta" in the current chat language, or null when nothing is set.</summary>
    public string? Describe()
    {
        var parts = new List<string>();
        if (Digest is { } digest)
        {
            parts.Add(ChatText.Format("schedule.digest", ScheduleText.Format(digest)));
        }

        if (Quiet is { } quiet)
        {
            parts.Add(ChatText.Format("schedule.quiet", quiet));
        }

        if (TimeZone is { } zone)
        {
            parts.Add(zone);
        }

        return parts.Count == 0 ? null : string.Join(", ", parts);
    }
}
