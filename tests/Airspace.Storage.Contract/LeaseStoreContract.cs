using Airspace.Core.Roles;

namespace Airspace.Storage.Contract;

public abstract class LeaseStoreContract(StoreHarness db) : IDisposable
{
    private static readonly TimeSpan Ttl = TimeSpan.FromSeconds(15);
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
    public async Task TryAcquireOrRenewAsync_FreeRole_GrantsUntilTtl()
    {
        var lease = await _db.Leases.TryAcquireOrRenewAsync(SingletonRoles.Publisher, "a", Ttl, StoreHarness.Start, _ct);

        Assert.NotNull(lease);
        Assert.Equal(("publisher", "a", StoreHarness.Start + Ttl), (lease.Role, lease.Owner, lease.ExpiresAt));
    }

    [Fact]
    public async Task TryAcquireOrRenewAsync_SameOwnerRenews_KeepsFenceAndExtends()
    {
        var first = await _db.Leases.TryAcquireOrRenewAsync(SingletonRoles.Feeds, "a", Ttl, StoreHarness.Start, _ct);
        var renewed = await _db.Leases.TryAcquireOrRenewAsync(SingletonRoles.Feeds, "a", Ttl, StoreHarness.Start.AddSeconds(5), _ct);

        Assert.NotNull(renewed);
        Assert.Equal(first!.Fence, renewed.Fence);
        Assert.Equal(StoreHarness.Start.AddSeconds(5) + Ttl, renewed.ExpiresAt);
    }

    [Fact]
    public async Task TryAcquireOrRenewAsync_HeldByAnother_RefusedUntilExpiry()
    {
        await _db.Leases.TryAcquireOrRenewAsync(SingletonRoles.Inbox, "a", Ttl, StoreHarness.Start, _ct);

        Assert.Null(await _db.Leases.TryAcquireOrRenewAsync(SingletonRoles.Inbox, "b", Ttl, StoreHarness.Start.AddSeconds(14), _ct));
        Assert.Null(await _db.Reopen().Leases.TryAcquireOrRenewAsync(SingletonRoles.Inbox, "b", Ttl, StoreHarness.Start.AddSeconds(1), _ct));
    }

    [Fact]
    public async Task TryAcquireOrRenewAsync_AfterExpiry_AnotherTakesOverWithHigherFenceAndOldOwnerIsRefused()
    {
        var first = await _db.Leases.TryAcquireOrRenewAsync(SingletonRoles.Digest, "a", Ttl, StoreHarness.Start, _ct);
        var later = StoreHarness.Start + Ttl;

        var taken = await _db.Reopen().Leases.TryAcquireOrRenewAsync(SingletonRoles.Digest, "b", Ttl, later, _ct);

        Assert.NotNull(taken);
        Assert.True(taken.Fence > first!.Fence);
        Assert.Null(await _db.Leases.TryAcquireOrRenewAsync(SingletonRoles.Digest, "a", Ttl, later.AddSeconds(1), _ct));
        var back = await _db.Leases.TryAcquireOrRenewAsync(SingletonRoles.Digest, "a", Ttl, later + Ttl, _ct);
        Assert.True(back!.Fence > taken.Fence);
    }

    [Fact]
    public async Task ReleaseAsync_Holder_AnotherAcquiresAtOnceWithHigherFence()
    {
        var first = await _db.Leases.TryAcquireOrRenewAsync(SingletonRoles.TelegramPolling, "a", Ttl, StoreHarness.Start, _ct);

        await _db.Leases.ReleaseAsync(SingletonRoles.TelegramPolling, "a", _ct);
        var taken = await _db.Leases.TryAcquireOrRenewAsync(SingletonRoles.TelegramPolling, "b", Ttl, StoreHarness.Start.AddSeconds(1), _ct);

        Assert.True(taken!.Fence > first!.Fence);
    }

    [Fact]
    public async Task ReleaseAsync_NotTheHolder_LeavesTheLease()
    {
        await _db.Leases.TryAcquireOrRenewAsync(SingletonRoles.DiscordGateway, "a", Ttl, StoreHarness.Start, _ct);

        await _db.Leases.ReleaseAsync(SingletonRoles.DiscordGateway, "b", _ct);

        Assert.Null(await _db.Leases.TryAcquireOrRenewAsync(SingletonRoles.DiscordGateway, "b", Ttl, StoreHarness.Start.AddSeconds(1), _ct));
    }

    [Fact]
    public async Task TryAcquireOrRenewAsync_Roles_AreIndependent()
    {
        Assert.NotNull(await _db.Leases.TryAcquireOrRenewAsync(SingletonRoles.Publisher, "a", Ttl, StoreHarness.Start, _ct));
        Assert.NotNull(await _db.Leases.TryAcquireOrRenewAsync(SingletonRoles.Feeds, "b", Ttl, StoreHarness.Start, _ct));
    }
}
