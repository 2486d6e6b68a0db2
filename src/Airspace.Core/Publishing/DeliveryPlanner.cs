namespace Airspace.Core.Publishing;

/// <summary>
/// The planner: follows the store's change log and turns each new (or changed) article into outbox rows, one per
/// subscribed channel, in the same transaction that advances its cursor — so a crash can neither skip nor repeat.
/// </summary>
public sealed class DeliveryPlanner(
    IArticleStore articles,
    IStateStore state,
    IDeliveryStore deliveries,
    IDemoMode demo,
    ISourceCatalog sources,
    StoreSignals signals,
    IOptions<PlannerOptions> options,
    SubscriptionClock clock,
    TimeProvider time,
    ILogger<DeliveryPlanner> logger,
    Roles.RoleLeases? roles = null)
{
    /// <summary>
    /// How far the change log is planned. <see cref="IDeliveryStore.PlanAsync"/> advances it in the transaction that
    /// writes the outbox rows, and this loop reads it to know when it is done. Stored as "publisher", the planner's
    /// earlier name.
    /// </summary>
    public static readonly StateKey<long> Cursor = StateKey.Number("publisher");

    /// <summary>Plans until the cursor reaches the end of the change log; returns the number of deliveries planned.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        // Which source an article belongs to depends on the sources followed now: read once per run.
        var feeds = (await sources.ListAsync(ct).ConfigureAwait(false)).Select(s => s.Definition.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);

        // Outside a demo run the demo articles are planned nowhere, not even for the console (the store itself never
        // posts them to anything but the console).
        var demoRun = await demo.IsActiveAsync(ct).ConfigureAwait(false);
        DeliveryFilter filter = (article, subscription) => (demoRun || !article.Demo) && SubscriptionFilter.Matches(article, subscription, feeds);
        DeliveryHold hold = clock.HoldUntil;
        var total = 0;
        while (true)
        {
            // Fenced with the publisher role's lease when this process runs the role: a deposed planner writes nothing.
            total += await deliveries.PlanAsync(options.Value.BatchSize, filter, hold, roles?.Current(Roles.SingletonRoles.Publisher), ct).ConfigureAwait(false);
            var cursor = await state.GetAsync(Cursor, ct).ConfigureAwait(false);
            if (cursor >= await articles.LastSequenceAsync(ct).ConfigureAwait(false))
            {
                break;
            }
        }

        if (total > 0)
        {
            CoreLog.DeliveriesPlanned(logger, total);
            signals.Deliveries.Notify();
        }

        return total;
    }

    public Task RunAsync(CancellationToken ct) =>
        ChangeLogLoop.RunAsync("Planner", signals, RunOnceAsync, () => options.Value.PollInterval, time, logger, ct);
}
