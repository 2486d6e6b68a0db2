namespace Airspace.Core.Health;

/// <summary>Section <c>Airspace:Storage:Probe</c>: how often the bot checks that the store answers.</summary>
public sealed class StoreProbeOptions : IValidatedOptions
{
    public const string SectionName = "Airspace:Storage:Probe";

    /// <summary>How often the store is read while the bot runs: an outage is logged and shown on <c>/healthz</c> within about this long.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(2);

    public string? Validate() =>
        Interval < TimeSpan.FromMilliseconds(100) || Interval > TimeSpan.FromMinutes(5)
            ? "Airspace:Storage:Probe:Interval must be between 00:00:00.1 and 00:05:00."
            : null;
}
