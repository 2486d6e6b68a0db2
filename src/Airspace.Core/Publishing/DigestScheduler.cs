namespace Airspace.Core.Publishing;

/// <summary>
/// Closes each digest subscription's digest when its local digest time comes: the articles kept since the previous
/// digest become one outbox row (<see cref="IDeliveryStore.CloseDigestAsync"/>), sent by the dispatcher like any
/// delivery. Only the latest digest time that has come is closed, so a bot that was down over several digest times
/// sends one digest at start-up, not one per missed day. Runs on the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class DigestScheduler(
    ISubscriptionStore subscriptions,
    IDeliveryStore deliveries,
    SubscriptionClock clock,
    StoreSignals signals,
    IOptions<ScheduleOptions> options,
    TimeProvider time,
    ILogger<DigestScheduler> logger,
    Roles.RoleLeases? roles = null)
{
    /// <summary>The slot each subscription had closed by this process: the store is asked once per digest time, not per poll.</summary>
    private readonly Dictionary<SubscriptionId, DateTimeOffset> _closed = [];

    /// <summary>Closes every digest whose time has come; returns how many digest deliveries were planned.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var planned = 0;
        foreach (var subscription in await subscriptions.ListAsync(ct).ConfigureAwait(false))
        {
            if (!subscription.Enabled || clock.LastDigestSlot(subscription, now) is not { } slot
                || (_closed.TryGetValue(subscription.Id, out var closed) && closed >= slot))
            {
                continue;
            }

            // Fenced with the digest role's lease when this process runs the role: a deposed holder closes nothing.
            if (await deliveries.CloseDigestAsync(subscription.Id, slot, roles?.Current(Roles.SingletonRoles.Digest), ct).ConfigureAwait(false) is { } id)
            {
                planned++;
                CoreLog.DigestPlanned(logger, id.Value, subscription.Address.ToString(), slot);
            }

            _closed[subscription.Id] = slot;
        }

        if (planned > 0)
        {
            signals.Deliveries.Notify();
        }

        return planned;
    }

    /// <summary>How long to sleep: until the next digest time, at most <see cref="ScheduleOptions.DigestPollInterval"/>.</summary>
    public async Task<TimeSpan> NextWaitAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var wait = options.Value.DigestPollInterval;
        foreach (var subscription in await subscriptions.ListAsync(ct).ConfigureAwait(false))
        {
            if (subscription.Enabled && clock.NextDigestSlot(subscription, now) is { } next && next - now < wait)
            {
                wait = next - now;
            }
        }

        return wait;
    }

    public Task RunAsync(CancellationToken ct) =>
        SignalledLoop.RunAsync("Digests", signals.Articles, async token =>
        {
            await RunOnceAsync(token).ConfigureAwait(false);
            return await NextWaitAsync(token).ConfigureAwait(false);
        }, time, logger, ct);
}
