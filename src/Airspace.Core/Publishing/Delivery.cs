using Airspace.Core.Articles;
using Airspace.Core.Subscriptions;

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
    /// <summary>Attempts made so far (claims count as attempts).</summary>
    public required int Attempts { get; init; }
    public required DateTimeOffset DueAt { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    /// <summary>The platform's id of the posted message once sent; for edits, the message being edited.</summary>
    public string? MessageId { get; init; }
    public string? LastError { get; init; }
}
