using Airspace.Core.Articles;
using Airspace.Core.Subscriptions;

namespace Airspace.Core.Publishing;

/// <summary>Decides, inside the planning transaction, whether an article goes to a subscription.</summary>
public delegate bool DeliveryFilter(Article article, Subscription subscription);

/// <summary>The outbox: planned deliveries and the publisher's cursor, kept together so planning is atomic.</summary>
public interface IDeliveryStore
{
    /// <summary>
    /// In one transaction: reads up to <paramref name="maxEvents"/> change-log events past the publisher cursor,
    /// inserts one Post delivery per (created article, matching enabled subscription that started before it) and
    /// one Edit delivery per already-sent post of an updated article, and advances the cursor.
    /// Unique keys make a replay insert nothing. Returns the number of deliveries planned.
    /// </summary>
    Task<int> PlanAsync(int maxEvents, DeliveryFilter filter, CancellationToken ct);

    /// <summary>
    /// Claims up to <paramref name="max"/> pending deliveries due at <paramref name="now"/>: each claim counts as an
    /// attempt and pushes its due time to now + <paramref name="lease"/>, so a crashed sender's claim expires and is
    /// retried, and another process never takes it at the same time.
    /// </summary>
    Task<IReadOnlyList<Delivery>> ClaimDueAsync(DateTimeOffset now, int max, TimeSpan lease, CancellationToken ct);

    Task MarkSentAsync(DeliveryId id, string messageId, DateTimeOffset at, CancellationToken ct);

    /// <summary>Back to pending, due at <paramref name="dueAt"/>, keeping <paramref name="reason"/> as the last error.</summary>
    Task RescheduleAsync(DeliveryId id, DateTimeOffset dueAt, string reason, CancellationToken ct);

    /// <summary>
    /// Back to pending, due at <paramref name="dueAt"/>, and the claim's attempt given back: for waits that are not
    /// failures (the platform asked us to wait, an earlier post to the channel is waiting, the platform is not
    /// configured here, shutdown), so waiting never uses up a delivery's attempts.
    /// </summary>
    Task ReleaseAsync(DeliveryId id, DateTimeOffset dueAt, string reason, CancellationToken ct);

    Task MarkFailedAsync(DeliveryId id, string reason, CancellationToken ct);

    /// <summary>The earliest due time among pending deliveries, if any (lets the dispatcher sleep exactly).</summary>
    Task<DateTimeOffset?> NextDueAsync(CancellationToken ct);

    Task<IReadOnlyList<Delivery>> ListAsync(DeliveryStatus status, int max, CancellationToken ct);

    /// <summary>Failed deliveries back to pending, due now. Returns how many.</summary>
    Task<int> RetryFailedAsync(DateTimeOffset now, CancellationToken ct);
}
