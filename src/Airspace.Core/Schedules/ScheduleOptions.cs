namespace Airspace.Core.Schedules;

/// <summary>The <c>Airspace</c> section's time settings: the zone digests and quiet hours are read in.</summary>
public sealed class ScheduleOptions : IValidatedOptions
{
    /// <summary>
    /// The IANA time zone of every subscription that names none (<c>--time-zone</c> overrides it per subscription);
    /// <c>Asia/Jakarta</c> suits Indonesian channels.
    /// </summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>How often digest times are checked when nothing else wakes the scheduler (subscriptions changed elsewhere).</summary>
    public TimeSpan DigestPollInterval { get; set; } = TimeSpan.FromMinutes(1);

    public string? Validate() =>
        !ScheduleText.TryParseZone(TimeZone ?? "", out _)
            ? $"Airspace:TimeZone must be an IANA time zone id such as UTC or Asia/Jakarta, not '{TimeZone}'."
            : DigestPollInterval < TimeSpan.FromSeconds(1) || DigestPollInterval > TimeSpan.FromHours(1)
                ? "Airspace:DigestPollInterval must be between 00:00:01 and 01:00:00."
                : null;
}
