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
