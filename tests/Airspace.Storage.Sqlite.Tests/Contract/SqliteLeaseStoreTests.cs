using Airspace.Core.Roles;
using Airspace.Storage.Contract;

namespace Airspace.Storage.Sqlite.Tests.Contract;

/// <summary>The storage contract <see cref="LeaseStoreContract"/> on a real SQLite file, whose clock is the injected one.</summary>
public sealed class SqliteLeaseStoreTests() : LeaseStoreContract(new TestDatabase())
{
    [Fact]
    public async Task TryAcquireOrRenewAsync_FreeRole_ExpiresTheLeaseDurationAfterTheInjectedClocksNow()
    {
        Db.Time.Advance(TimeSpan.FromMinutes(3));

        var lease = await Db.Leases.TryAcquireOrRenewAsync(SingletonRoles.Publisher, "a", TimeSpan.FromSeconds(8), default);

        Assert.Equal(StoreHarness.Start.AddMinutes(3).AddSeconds(8), lease!.ExpiresAt);
    }
}
