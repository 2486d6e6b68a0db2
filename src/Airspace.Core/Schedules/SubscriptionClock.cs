namespace Airspace.Core.Schedules;

/// <summary>
/// Reads a subscription's schedule against an instant: when an alert planned now may go out (after the quiet
/// window) and which daily digest times have come. Local times are in the subscription's zone, else
/// <see cref="ScheduleOptions.TimeZone"/>; a local time that happens twice is its first occurrence, and one skipped by a daylight-saving jump is the jump itself.
/// </summary>
public sealed class SubscriptionClock(IOptions<ScheduleOptions> options)
{
    public TimeZoneInfo ZoneOf(Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var id = subscription.Schedule.TimeZone ?? options.Value.TimeZone;

        // Validated when set; a machine that lost the zone since (no tzdata) falls back to UTC rather than stop.
        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
    }

    /// <summary><paramref name="now"/>, or the end of the quiet window <paramref name="now"/> falls in.</summary>
    public DateTimeOffset HoldUntil(Subscription subscription, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        if (subscription.Schedule.Quiet is not { } quiet)
        {
            return now;
        }

        var zone = ZoneOf(subscription);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        if (!quiet.Contains(time))
        {
            return now;
        }

        // Inside a window that crossed midnight and before its end, the end is today; otherwise tomorrow.
        var date = DateOnly.FromDateTime(local.DateTime);
        var endDate = quiet.Start <= quiet.End || time < quiet.End ? date : date.AddDays(1);
        return At(endDate, quiet.End, zone);
    }

    /// <summary>The latest digest time at or before <paramref name="now"/>; null without a digest.</summary>
    public DateTimeOffset? LastDigestSlot(Subscription subscription, DateTimeOffset now) =>
        DigestToday(subscription, now) is { } today ? today.Slot <= now ? today.Slot : today.On(-1) : null;

    /// <summary>The first digest time after <paramref name="now"/>; null without a digest.</summary>
    public DateTimeOffset? NextDigestSlot(Subscription subscription, DateTimeOffset now) =>
        DigestToday(subscription, now) is { } today ? today.Slot > now ? today.Slot : today.On(1) : null;

    /// <summary>The digest time on <paramref name="now"/>'s local date, and a way to the same time some days away.</summary>
    private (DateTimeOffset Slot, Func<int, DateTimeOffset> On)? DigestToday(Subscription subscription, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        if (subscription.Schedule.Digest is not { } digest)
        {
            return null;
        }

        var zone = ZoneOf(subscription);
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        return (At(date, digest, zone), days => At(date.AddDays(days), digest, zone));
    }

    /// <summary>
    /// The instant the wall clock in <paramref name="zone"/> first shows <paramref name="time"/> on
    /// <paramref name="date"/>. A time that happens twice (clocks set back) is its first occurrence; a time the clocks
    /// skip (set forward) is the instant of the jump, when the clock first shows a later time.
    /// </summary>
    private static DateTimeOffset At(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsAmbiguousTime(local))
        {
            return new DateTimeOffset(local, zone.GetAmbiguousTimeOffsets(local).Max());
        }

        return zone.IsInvalidTime(local) ? JumpPast(local, zone) : new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>The first instant whose wall-clock time is at or after <paramref name="skipped"/>: the forward jump.</summary>
    private static DateTimeOffset JumpPast(DateTime skipped, TimeZoneInfo zone)
    {
        var before = zone.GetUtcOffset(skipped.AddDays(-1));
        var after = zone.GetUtcOffset(skipped.AddDays(1));
        var low = DateTime.SpecifyKind(skipped - (before > after ? before : after), DateTimeKind.Utc); // shows earlier
        var high = DateTime.SpecifyKind(skipped - (before > after ? after : before), DateTimeKind.Utc); // shows later
        while (high - low > TimeSpan.FromSeconds(1))
        {
            var middle = low + ((high - low) / 2);
            if (TimeZoneInfo.ConvertTimeFromUtc(middle, zone) >= skipped)
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }

        var jump = new DateTimeOffset(high.Ticks - (high.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        return jump.ToOffset(zone.GetUtcOffset(jump));
    }
}
