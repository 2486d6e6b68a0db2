namespace Airspace.Core.Subscriptions;

public interface ISubscriptionStore
{
    /// <summary>
    /// Subscribes the channel (or re-enables it and replaces its keywords and sources if it exists: one subscription
    /// per address). <paramref name="sources"/> null follows every source. New subscriptions start at the current end
    /// of the change log, minus <paramref name="backfill"/> articles when asked.
    /// </summary>
    Task<Subscription> AddAsync(ChannelAddress address, IReadOnlyList<string> keywords, IReadOnlyList<string>? sources, int backfill, CancellationToken ct);

    /// <summary>
    /// Subscribes as <see cref="AddAsync(ChannelAddress, IReadOnlyList{string}, IReadOnlyList{string}?, int, CancellationToken)"/>
    /// does and, in the same transaction, applies the request's schedule change (as <see cref="SetScheduleAsync"/>)
    /// and language: a backfill is planned under the new settings, and a crash leaves all of it or none.
    /// </summary>
    Task<Subscription> SubscribeAsync(SubscriptionRequest request, CancellationToken ct);

    /// <summary>Subscribes the channel to every source.</summary>
    Task<Subscription> AddAsync(ChannelAddress address, IReadOnlyList<string> keywords, int backfill, CancellationToken ct) =>
        AddAsync(address, keywords, sources: null, backfill, ct);

    /// <summary>Removes the channel's subscription; false if there was none.</summary>
    Task<bool> RemoveAsync(ChannelAddress address, CancellationToken ct);

    Task<Subscription?> FindAsync(ChannelAddress address, CancellationToken ct);

    Task<Subscription?> GetAsync(SubscriptionId id, CancellationToken ct);

    Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken ct);

    /// <summary>Disables a subscription, keeping the reason; pending deliveries to it are cancelled.</summary>
    Task DisableAsync(SubscriptionId id, string reason, CancellationToken ct);

    /// <summary>
    /// Sets the language of the subscription's alerts (<c>id</c>, <c>en</c>; null: <c>Airspace:Chat:Language</c> at
    /// send time). False for an unknown or removed id.
    /// </summary>
    Task<bool> SetLanguageAsync(SubscriptionId id, string? language, CancellationToken ct);

    /// <summary>Moves a subscription (and its pending deliveries) to a new address, e.g. a Telegram group upgraded to a supergroup.</summary>
    Task MoveAsync(SubscriptionId id, ChannelAddress newAddress, CancellationToken ct);

    /// <summary>
    /// Replaces the live subscription's schedule (digest, quiet hours, time zone); null when the address has none.
    /// A new or changed digest time counts from now: the first digest is the next one to come.
    /// </summary>
    Task<Subscription?> SetScheduleAsync(ChannelAddress address, SubscriptionSchedule schedule, CancellationToken ct);
}
