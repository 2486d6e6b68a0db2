namespace Airspace.Core.Publishing;

/// <summary>Decides, inside the planning transaction, whether an article goes to a subscription.</summary>
public delegate bool DeliveryFilter(Article article, Subscription subscription);

/// <summary>The outbox: planned deliveries and the planner's cursor, kept together so planning is atomic.</summary>
public interface IDeliveryStore
{
    /// <summary>
    /// In one transaction: reads up to <paramref name="maxEvents"/> change-log events past <see cref="DeliveryPlanner.Cursor"/>,
    /// inserts one Post delivery per (created article, matching enabled subscription that started before it) and
    /// one Edit delivery per already-sent post of an updated article, and advances the cursor.
    /// Unique keys make a replay insert nothing. Returns the number of deliveries planned.
    /// </summary>
    Task<int> PlanAsync(int maxEvents, DeliveryFilter filter, CancellationToken ct);

    /// <summary>
    /// Claims up to <see cref="DeliveryClaim.Max"/> pending deliveries of <see cref="DeliveryClaim.Lane"/> due at
    /// <see cref="DeliveryClaim.Now"/>, oldest due first, for <see cref="DeliveryClaim.Owner"/>: their due time moves to
    /// the lease end, so another process never takes them at the same time. A claim is not an attempt: attempts are
    /// counted only when an outcome says the platform answered with a failure or may have received the request.
    /// </summary>
    Task<IReadOnlyList<Delivery>> ClaimDueAsync(DeliveryClaim claim, CancellationToken ct);

    /// <summary>
    /// Gives back every claim held by an owner not in <paramref name="liveOwners"/>: pending again, due at once in each
    /// channel's order (at its creation time), attempts untouched. The embedded store calls it at start-up with only
    /// its own owner alive (one process owns a data folder); a shared store passes the owners with a fresh heartbeat.
    /// Returns how many claims were released.
    /// </summary>
    Task<int> ReleaseClaimsAsync(IReadOnlyCollection<string> liveOwners, CancellationToken ct);

    /// <summary>
    /// Gives back those of <paramref name="ids"/> that <paramref name="owner"/> still holds (no outcome recorded): pending
    /// again, due at creation time so each channel's order holds, attempts untouched. Returns how many.
    /// </summary>
    Task<int> GiveBackAsync(string owner, IReadOnlyCollection<DeliveryId> ids, CancellationToken ct);

    /// <summary>The channels with pending deliveries due at <paramref name="now"/> (claimed ones excepted), each once.</summary>
    Task<IReadOnlyList<ChannelAddress>> DueChannelsAsync(DateTimeOffset now, CancellationToken ct);

    Task MarkSentAsync(DeliveryId id, string messageId, DateTimeOffset at, CancellationToken ct);

    /// <summary>
    /// A failed attempt (the platform answered with a failure, or the request went out and no answer came): back to
    /// pending, due at <paramref name="dueAt"/>, the attempt counted, <paramref name="reason"/> kept as the last error.
    /// </summary>
    Task RescheduleAsync(DeliveryId id, DateTimeOffset dueAt, string reason, CancellationToken ct);

    /// <summary>
    /// Back to pending, due at <paramref name="dueAt"/>, no attempt counted: for waits that are not failures (the
    /// platform asked us to wait, an earlier post to the channel is waiting, the platform is not configured here,
    /// shutdown), so waiting never uses up a delivery's attempts.
    /// </summary>
    Task ReleaseAsync(DeliveryId id, DateTimeOffset dueAt, string reason, CancellationToken ct);

    /// <summary>Gives up on a pending delivery, keeping <paramref name="reason"/>; the failing attempt is counted.</summary>
    Task MarkFailedAsync(DeliveryId id, string reason, CancellationToken ct);

    /// <summary>The earliest due time among pending deliveries, if any (lets the dispatcher sleep exactly).</summary>
    Task<DateTimeOffset?> NextDueAsync(CancellationToken ct);

    Task<IReadOnlyList<Delivery>> ListAsync(DeliveryStatus status, int max, CancellationToken ct);

    /// <summary>Failed deliveries back to pending, due now. Returns how many.</summary>
    Task<int> RetryFailedAsync(DateTimeOffset now, CancellationToken ct);
}
