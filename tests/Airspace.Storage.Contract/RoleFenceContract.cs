using Airspace.Core.Publishing;
using Airspace.Core.Roles;
using Airspace.Core.Schedules;
using Airspace.Core.Subscriptions;

namespace Airspace.Storage.Contract;

/// <summary>
/// Role-owned writes carry their writer's lease and write only while it is the role's current, unexpired lease on the
/// store's clock: the planner's plan-and-advance-cursor transaction (<c>publisher</c>) and the digest close
/// (<c>digest</c>). A stale fence changes nothing.
/// </summary>
public abstract class RoleFenceContract(StoreHarness db) : IDisposable
{
    private static readonly ChannelAddress Telegram = ChannelAddress.ForTelegram(-1001);
    private static readonly DeliveryFilter All = (_, _) => true;
    private static readonly DeliveryHold Now = static (_, now) => now;
    private static readonly TimeSpan Ttl = TimeSpan.FromSeconds(15);

    private readonly StoreHarness _db = db;
    private readonly CancellationToken _ct = CancellationToken.None;

    public void Dispose()
    {
        _db.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task PlanAsync_CurrentFence_PlansAndAdvancesTheCursor()
    {
        await SubscribeAndInsertAsync();
        var lease = await _db.Leases.TryAcquireOrRenewAsync(SingletonRoles.Publisher, "a", Ttl, _ct);

        Assert.Equal(1, await _db.Deliveries.PlanAsync(100, All, Now, lease, _ct));

        Assert.Equal(1, await _db.State.GetAsync(DeliveryPlanner.Cursor, _ct));
    }

    [Fact]
    public async Task PlanAsync_FenceOfAHolderThatLostTheRole_WritesNothingAndTheNewHolderPlans()
    {
        await SubscribeAndInsertAsync();
        var deposed = await _db.Leases.TryAcquireOrRenewAsync(SingletonRoles.Publisher, "a", Ttl, _ct);
        await ExpireAsync(SingletonRoles.Publisher); // "a" stalled past its lease
        var holder = await _db.Reopen().Leases.TryAcquireOrRenewAsync(SingletonRoles.Publisher, "b", Ttl, _ct);

        var refused = await Assert.ThrowsAsync<FencedOutException>(() => _db.Deliveries.PlanAsync(100, All, Now, deposed, _ct));

        Assert.Equal(deposed, refused.Lease);
        Assert.Equal(0, await _db.CountAsync("deliveries"));
        Assert.Equal(0, await _db.State.GetAsync(DeliveryPlanner.Cursor, _ct));
        Assert.Equal(1, await _db.Reopen().Deliveries.PlanAsync(100, All, Now, holder, _ct));
    }

    [Fact]
    public async Task PlanAsync_LeaseRanOutOnTheStoreClockAndNobodyTookIt_WritesNothing()
    {
        await SubscribeAndInsertAsync();
        var lease = await _db.Leases.TryAcquireOrRenewAsync(SingletonRoles.Publisher, "a", TimeSpan.FromSeconds(1), _ct);

        await _db.ElapseOnStoreClockAsync(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAsync<FencedOutException>(() => _db.Deliveries.PlanAsync(100, All, Now, lease, _ct));
        Assert.Equal(0, await _db.CountAsync("deliveries"));
    }

    [Fact]
    public async Task PlanAsync_FenceOfAnotherRole_WritesNothing()
    {
        await SubscribeAndInsertAsync();
        var digest = await _db.Leases.TryAcquireOrRenewAsync(SingletonRoles.Digest, "a", Ttl, _ct);

        await Assert.ThrowsAsync<FencedOutException>(() => _db.Deliveries.PlanAsync(100, All, Now, digest! with { Role = SingletonRoles.Publisher }, _ct));
    }

    [Fact]
    public async Task CloseDigestAsync_FenceOfAHolderThatLostTheRole_ClosesNothingAndTheNewHolderCloses()
    {
        var subscription = await SubscribeAndInsertAsync(new SubscriptionSchedule { Digest = new TimeOnly(7, 0) });
        await _db.Deliveries.PlanAsync(100, All, Now, _ct); // kept for the digest
        Assert.Equal(0, await _db.CountAsync("deliveries"));
        var deposed = await _db.Leases.TryAcquireOrRenewAsync(SingletonRoles.Digest, "a", Ttl, _ct);
        await ExpireAsync(SingletonRoles.Digest);
        var holder = await _db.Reopen().Leases.TryAcquireOrRenewAsync(SingletonRoles.Digest, "b", Ttl, _ct);
        var slot = StoreHarness.Start.AddDays(1);

        await Assert.ThrowsAsync<FencedOutException>(() => _db.Deliveries.CloseDigestAsync(subscription.Id, slot, deposed, _ct));

        Assert.Equal(0, await _db.CountAsync("deliveries"));
        Assert.NotNull(await _db.Reopen().Deliveries.CloseDigestAsync(subscription.Id, slot, holder, _ct));
    }

    /// <summary>The lease runs out on the store's clock, as after a long stall of its holder.</summary>
    private Task ExpireAsync(string role) => _db.ExecuteAsync($"UPDATE role_leases SET expires_at = 0 WHERE role = '{role}'");

    private async Task<Subscription> SubscribeAndInsertAsync(SubscriptionSchedule? schedule = null)
    {
        await _db.Subscriptions.AddAsync(Telegram, [], 0, _ct);
        var subscription = schedule is null
            ? Assert.Single(await _db.Subscriptions.ListAsync(_ct))
            : await _db.Subscriptions.SetScheduleAsync(Telegram, schedule, _ct) ?? throw new InvalidOperationException("The subscription vanished.");
        await _db.Articles.UpsertAsync(TestArticles.NewArticle("Pesawat baru"), _ct);
        return subscription;
    }
}
