namespace Airspace.Core.Schedules;

/// <summary>
/// What a <c>subscribe</c> asked of the schedule: each setting given is replaced (a cleared one with <c>off</c>),
/// each one not given is kept.
/// </summary>
public sealed record ScheduleChange
{
    public static ScheduleChange None { get; } = new();

    public bool SetsDigest { get; init; }

    public TimeOnly? Digest { get; init; }

    public bool SetsQuiet { get; init; }

    public QuietHours? Quiet { get; init; }

    public bool SetsTimeZone { get; init; }

    public string? TimeZone { get; init; }

    public bool IsEmpty => !SetsDigest && !SetsQuiet && !SetsTimeZone;

    public SubscriptionSchedule ApplyTo(SubscriptionSchedule current)
    {
        ArgumentNullException.ThrowIfNull(current);
        return current with
        {
            Digest = SetsDigest ? Digest : current.Digest,
            Quiet = SetsQuiet ? Quiet : current.Quiet,
            TimeZone = SetsTimeZone ? TimeZone : current.TimeZone,
        };
    }
}
