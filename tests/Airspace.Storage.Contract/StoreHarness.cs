using Airspace.Core.Articles;
using Airspace.Core.Interactions;
using Airspace.Core.Publishing;
using Airspace.Core.Sources;
using Airspace.Core.State;
using Airspace.Core.Subscriptions;
using Microsoft.Extensions.Time.Testing;

namespace Airspace.Storage.Contract;

/// <summary>
/// A fresh, empty store of one provider for one test, and a fake clock. The contract classes see only the ports,
/// plus a few portable SQL statements for checks the ports do not expose.
/// </summary>
public abstract class StoreHarness : IDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private StoreSet? _main;

    public FakeTimeProvider Time { get; } = new(Start);

    public IArticleStore Articles => Main.Articles;

    public ISubscriptionStore Subscriptions => Main.Subscriptions;

    public IDeliveryStore Deliveries => Main.Deliveries;

    public IStateStore State => Main.State;

    public ISeenInteractionStore SeenInteractions => Main.SeenInteractions;

    public ISourceStore Sources => Main.Sources;

    public ISourceStateStore SourceStates => Main.SourceStates;

    public IOutboxStatistics OutboxStatistics => Main.OutboxStatistics;

    public Core.Roles.ILeaseStore Leases => Main.Leases;

    private StoreSet Main => _main ??= CreateMain();

    /// <summary>Another handle on the same store, as a second process (or a restarted one) would have.</summary>
    public abstract StoreSet Reopen();

    /// <summary>Another handle on the store's shared chat state (paging keys, command rates, chat turns), as a second process would have.</summary>
    public abstract ChatStores OpenChatStores();

    /// <summary>Runs portable SQL (plain INSERT/UPDATE) against the store, migrated first.</summary>
    public abstract Task ExecuteAsync(string sql);

    /// <summary>The first column of the first row of portable SQL, migrated first.</summary>
    public abstract Task<long> Int64Async(string sql);

    public Task<long> CountAsync(string table) => Int64Async($"SELECT COUNT(*) FROM {table}");

    /// <summary>
    /// Lets <paramref name="span"/> pass on the store's own clock (leases, fences, heartbeats): the fake clock where the
    /// store keeps time with it, real time where the database keeps its own (PostgreSQL's clock cannot be faked).
    /// </summary>
    public virtual Task ElapseOnStoreClockAsync(TimeSpan span)
    {
        Time.Advance(span);
        return Task.CompletedTask;
    }

    /// <summary>Inserts <paramref name="count"/> articles ids 1… ('Title i', source 'bulk') in one statement.</summary>
    public abstract Task InsertBulkArticlesAsync(int count);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>The handle the harness's own ports use.</summary>
    protected abstract StoreSet CreateMain();

    protected abstract void Dispose(bool disposing);
}
