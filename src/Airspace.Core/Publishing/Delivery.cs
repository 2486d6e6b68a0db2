namespace Airspace.Core.Publishing;

/// <summary>An outbox row: one alert (or edit) of one article to one channel.</summary>
public sealed record Delivery
{
    public required DeliveryId Id { get; init; }
    public required ArticleId ArticleId { get; init; }
    public required SubscriptionId SubscriptionId { get; init; }
    public required ChannelAddress Address { get; init; }
    public required DeliveryKind Kind { get; init; }
    public required DeliveryStatus Status { get; init; }
    /// <summary>
    /// Failed attempts so far: the platform answered with a failure, or a request went out and no answer came. Claims,
    /// waits, shutdowns and crashes never count.
    /// </summary>
    public required int Attempts { get; init; }
    public required DateTimeOffset DueAt { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    /// <summary>The platform's id of the posted message once sent; for edits, the message being edited.</summary>
    public string? MessageId { get; init; }
    public string? LastError { get; init; }
    /// <summary>The owner (<see cref="DeliveryDispatcher.Owner"/>) holding the claim, while claimed.</summary>
    public string? ClaimedBy { get; init; }
}
