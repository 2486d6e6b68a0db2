using Airspace.Core.Schedules;

namespace Airspace.Core.Subscriptions;

/// <summary>
/// A subscribe as the CLI and chat ask for it: the channel's keywords and sources, how many recent articles to send
/// now, and the settings to change (a schedule setting or language not given keeps the subscription's own). A store
/// applies all of it in one transaction, so the planner never sees the subscription without its settings.
/// </summary>
public sealed record SubscriptionRequest(ChannelAddress Address)
{
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>The sources followed; null follows every source.</summary>
    public IReadOnlyList<string>? Sources { get; init; }

    /// <summary>How many of the most recent articles to plan at once (0: only articles from now on).</summary>
    public int Backfill { get; init; }

    public ScheduleChange Schedule { get; init; } = ScheduleChange.None;

    /// <summary><c>id</c> or <c>en</c>; null keeps the subscription's language.</summary>
    public string? Language { get; init; }
}
