namespace Airspace.Core.Publishing;

/// <summary>Decides, inside the planning transaction, whether an article goes to a subscription.</summary>
public delegate bool DeliveryFilter(Article article, Subscription subscription);

/// <summary>When an alert planned at <paramref name="now"/> for the subscription may go out: now, or the end of its quiet hours.</summary>
public delegate DateTimeOffset DeliveryHold(Subscription subscription, DateTimeOffset now);

/// <summary>The outbox: planned deliveries and the planner's cursor, kept together so planning is atomic.</summary>
public interface IDeliveryStore
{
    /// <summary>
    /// In one transaction: reads up to <paramref name="maxEvents"/> change-log events past <see cref="DeliveryPlanner.Cursor"/>,
    /// inserts one Post delivery per (created article, matching enabled subscription that started before it) and
    /// one Edit delivery per already-sent post of an updated article, and advances the cursor.
    /// Unique keys make a replay insert nothing. Returns the number of deliveries planned.
    /// A subscription with a digest gets no Post: the article is kept for its next digest (<see cref="CloseDigestAsync"/>).
    /// A Post is due at <paramref name="hold"/>'s answer (the end of the subscription's quiet hours, else now).
    /// With a <paramref name="fence"/> (the planner's <c>publisher</c> lease) the transaction first checks, on the
    /// store's clock, that it is still the role's current unexpired lease, and writes nothing otherwise
    /// (<see cref="Roles.FencedOutException"/>).
    /// </summary>
    Task<int> PlanAsync(int maxEvents, DeliveryFilter filter, DeliveryHold hold, Roles.RoleLease? fence, CancellationToken ct);

    /// <summary>Plans without a fence (one process, one-shot commands, tests).</summary>
    Task<int> PlanAsync(int maxEvents, DeliveryFilter filter, DeliveryHold hold, CancellationToken ct) =>
        PlanAsync(maxEvents, filter, hold, null, ct);

    /// <summary>Plans with every alert due at once.</summary>
    Task<int> PlanAsync(int maxEvents, DeliveryFilter filter, CancellationToken ct) =>
        PlanAsync(maxEvents, filter, static (_, now) => now, ct);

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

    /// <summary>
    /// In one transaction, once per digest time: if the subscription's digest for <paramref name="slot"/> (or a later
    /// one) was not closed yet, the articles kept for it since its previous digest become one Digest delivery, due now,
    /// and the slot is recorded. Returns the delivery, or null when the slot was already closed or no article was
    /// waiting (no articles: no message). A slot closed twice plans nothing the second time. With a
    /// <paramref name="fence"/> (the <c>digest</c> lease) nothing is written unless it is still the role's current
    /// unexpired lease (<see cref="Roles.FencedOutException"/>).
    /// </summary>
    Task<DeliveryId?> CloseDigestAsync(SubscriptionId subscription, DateTimeOffset slot, Roles.RoleLease? fence, CancellationToken ct);

    /// <summary>Closes a digest without a fence (one process, one-shot commands, tests).</summary>
    Task<DeliveryId?> CloseDigestAsync(SubscriptionId subscription, DateTimeOffset slot, CancellationToken ct) =>
        CloseDigestAsync(subscription, slot, null, ct);

    /// <summary>The articles of a Digest delivery, in the order they were planned.</summary>
    Task<IReadOnlyList<ArticleId>> DigestArticlesAsync(DeliveryId id, CancellationToken ct);

    /// <summary>
    /// Records the parts of a pending digest already posted (<see cref="SendOutcome.PartSent"/>), no attempt counted,
    /// and extends <paramref name="owner"/>'s claim to <paramref name="leaseEnd"/>. Writes only while the row is still
    /// claimed by <paramref name="owner"/>: false when the claim was lost (its lease ended and another process took it).
    /// </summary>
    Task<bool> RecordPartsAsync(DeliveryId id, string messageIds, string owner, DateTimeOffset leaseEnd, CancellationToken ct);
}
