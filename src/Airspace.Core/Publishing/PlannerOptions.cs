namespace Airspace.Core.Publishing;

/// <summary>
/// Options of the <see cref="DeliveryPlanner"/>, bound to the section <c>Airspace:Publisher</c>: the planner's earlier
/// name, kept so existing configuration goes on working.
/// </summary>
public sealed class PlannerOptions : IValidatedOptions
{
    /// <summary>How often the store is polled for articles written by other processes (in-process writers wake it at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Change-log events planned per transaction.</summary>
    public int BatchSize { get; set; } = 200;

    public string? Validate() =>
        PollInterval < TimeSpan.FromMilliseconds(50) || PollInterval > TimeSpan.FromHours(1)
            ? "Airspace:Publisher:PollInterval must be between 00:00:00.05 and 01:00:00."
            : BatchSize is < 1 or > 10_000
                ? "Airspace:Publisher:BatchSize must be between 1 and 10000."
                : null;
}
