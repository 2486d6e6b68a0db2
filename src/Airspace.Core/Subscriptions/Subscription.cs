namespace Airspace.Core.Subscriptions;

/// <summary>A channel's subscription to new articles.</summary>
public sealed record Subscription
{
    public required SubscriptionId Id { get; init; }
    public required ChannelAddress Address { get; init; }
    /// <summary>Only articles whose title, body or categories contain one of these (any) are posted; empty means all.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];
    /// <summary>
    /// The sources followed, by name (feeds and the built-in <c>inbox</c>); null follows every source, including
    /// sources added later. Names of removed sources stay: a subscription left with none receives nothing.
    /// </summary>
    public IReadOnlyList<string>? Sources { get; init; }
    /// <summary>Change-log sequence at subscription time: only later articles are posted (no flood).</summary>
    public required long StartSequence { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public bool Enabled { get; init; } = true;
    /// <summary>Why the subscription was disabled (platform said the channel is gone, bot kicked, …).</summary>
    public string? DisabledReason { get; init; }
    /// <summary>Daily digest, quiet hours and time zone (<see cref="SubscriptionSchedule"/>); none by default.</summary>
    public SubscriptionSchedule Schedule { get; init; } = SubscriptionSchedule.None;
    /// <summary>The language of the alerts' fixed labels (<c>id</c>, <c>en</c>); null uses <c>Airspace:Chat:Language</c> at send time.</summary>
    public string? Language { get; init; }
}
