using Airspace.Core.Schedules;

namespace Airspace.Storage.Postgres.Mapping;

/// <summary>A subscription's schedule as three text columns (digest_at 'HH:MM', quiet 'HH:MM-HH:MM', time_zone), read by the one schedule parser.</summary>
internal static class ScheduleColumns
{
    public static SubscriptionSchedule Read(string? digest, string? quiet, string? timeZone) => new()
    {
        Digest = digest is not null && ScheduleText.TryParseTime(digest, out var time) ? time : null,
        Quiet = quiet is not null && ScheduleText.TryParseWindow(quiet, out var window) ? window : null,
        TimeZone = timeZone,
    };

    public static (object? Digest, object? Quiet, object? TimeZone) Write(SubscriptionSchedule schedule) =>
        (schedule.Digest is { } digest ? ScheduleText.Format(digest) : null, schedule.Quiet?.ToString(), schedule.TimeZone);
}
