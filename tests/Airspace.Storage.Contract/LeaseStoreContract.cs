using Airspace.Core.Roles;

namespace Airspace.Storage.Contract;

/// <summary>
/// Role leases on the store's own clock. Expiry is tested by letting time pass on that clock
/// (<see cref="StoreHarness.ElapseOnStoreClockAsync"/>): the fake clock on SQLite, real time on PostgreSQL, whose
/// leases are stamped by the database; hence the short lease in those tests.
/// </summary>
public abstract class LeaseStoreContract(StoreHarness db) : IDisposable
{
    private static readonly TimeSpan Ttl = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan ShortTtl = TimeSpan.FromSeconds(1);
    private readonly StoreHarness _db = db;
    private readonly CancellationToken _ct = CancellationToken.None;

    /// <summary>The store under test, for provider-specific tests.</summary>
    protected StoreHarness Db => _db;

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _db.Dispose();
        }
    }

    [Fact]
    public async Task TryAcquireOrRenewAsync_FreeRole_Grants()
    {
        var lease = await _db.Leases.TryAcquireOrRenewAsync(SingletonRoles.Publisher, "a", Ttl, _ct);

        Assert.NotNull(lease);
        Assert.Equal(("publisher", "a"), (lease.Role, lease.Owner));
        Assert.True(lease.Fence >= 1);
    }

    [Fact]
    public async Task TryAcquireOrRenewAsync_SameOwnerRenews_KeepsFenceAndExtends()
    {
        var first = await _db.Leases.TryAcquireOrRenewAsync(SingletonRoles.Feeds, "a", Ttl, _ct);
        await _db.ElapseOnStoreClockAsync(TimeSpan.FromMilliseconds(50));
        var renewed = await _db.Leases.TryAcquireOrRenewAsync(SingletonRoles.Feeds, "a", Ttl, _ct);

        Assert.NotNull(renewed);
        Assert.Equal(first!.Fence, renewed.Fence);
        Assert.True(renewed.ExpiresAt > first.ExpiresAt);
    }

    [Fact]
    public async Task TryAcquireOrRenewAsync_HeldByAnother_Refused()
    {
        await _db.Leases.TryAcquireOrRenewAsync(SingletonRoles.Inbox, "a", Ttl, _ct);

        Assert.Null(await _db.Leases.TryAcquireOrRenewAsync(SingletonRoles.Inbox, "b", Ttl, _ct));
        Assert.Null(await _db.Reopen().Leases.TryAcquireOrRenewAsync(SingletonRoles.Inbox, "b", Ttl, _ct));
    }

    [Fact]
    public async Task TryAcquireOrRenewAsync_AfterExpiryOnTheStoreClock_AnotherTakesOverWithHigherFenceAndOldOwnerIsRefused()
    {
        var first = await _db.Leases.TryAcquireOrRenewAsync(SingletonRoles.Digest, "a", ShortTtl, _ct);
        await _db.ElapseOnStoreClockAsync(ShortTtl);

        var taken = await _db.Reopen().Leases.TryAcquireOrRenewAsync(SingletonRoles.Digest, "b", ShortTtl, _ct);

        Assert.NotNull(taken);
        Assert.True(taken.Fence > first!.Fence);
        Assert.Null(await _db.Leases.TryAcquireOrRenewAsync(SingletonRoles.Digest, "a", Ttl, _ct));
        await _db.ElapseOnStoreClockAsync(ShortTtl);
        var back = await _db.Leases.TryAcquireOrRenewAsync(SingletonRoles.Digest, "a", Ttl, _ct);
        Assert.True(back!.Fence > taken.Fence);
    }

    [Fact]
    public async Task ReleaseAsync_Holder_AnotherAcquiresAtOnceWithHigherFence()
    {
        var first = await _db.Leases.TryAcquireOrRenewAsync(SingletonRoles.TelegramPolling, "a", Ttl, _ct);

        await _db.Leases.ReleaseAsync(SingletonRoles.TelegramPolling, "a", _ct);
        var taken = await _db.Leases.TryAcquireOrRenewAsync(SingletonRoles.TelegramPolling, "b", Ttl, _ct);

        Assert.True(taken!.Fence > first!.Fence);
    }

    [Fact]
    public async Task ReleaseAsync_NotTheHolder_LeavesTheLease()
    {
        await _db.Leases.TryAcquireOrRenewAsync(SingletonRoles.DiscordGateway, "a", Ttl, _ct);

        await _db.Leases.ReleaseAsync(SingletonRoles.DiscordGateway, "b", _ct);

        Assert.Null(await _db.Leases.TryAcquireOrRenewAsync(SingletonRoles.DiscordGateway, "b", Ttl, _ct));
    }

    [Fact]
    public async Task TryAcquireOrRenewAsync_Roles_AreIndependent()
    {
        Assert.NotNull(await _db.Leases.TryAcquireOrRenewAsync(SingletonRoles.Publisher, "a", Ttl, _ct));
        Assert.NotNull(await _db.Leases.TryAcquireOrRenewAsync(SingletonRoles.Feeds, "b", Ttl, _ct));
    }
}
