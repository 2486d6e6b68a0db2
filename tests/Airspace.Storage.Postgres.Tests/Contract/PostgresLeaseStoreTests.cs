using Airspace.Core.Roles;
using Airspace.Storage.Contract;

namespace Airspace.Storage.Postgres.Tests.Contract;

/// <summary>The storage contract <see cref="LeaseStoreContract"/> on a real PostgreSQL database, and replicas racing for a role.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresLeaseStoreTests(PostgresCluster cluster) : LeaseStoreContract(new PostgresTestDatabase(cluster))
{
    [Fact]
    public async Task TryAcquireOrRenewAsync_OwnersRacingOnSeparateConnections_ExactlyOneGetsTheRole()
    {
        var replicas = Enumerable.Range(0, 8).Select(_ => Db.Reopen().Leases).ToList();
        using var start = new ManualResetEventSlim();

        var attempts = replicas.Select((leases, i) => Task.Run(async () =>
        {
            start.Wait();
            return await leases.TryAcquireOrRenewAsync(SingletonRoles.Publisher, $"replica-{i}", TimeSpan.FromSeconds(15), default);
        })).ToList();
        start.Set();
        var granted = (await Task.WhenAll(attempts)).Where(lease => lease is not null).ToList();

        var winner = Assert.Single(granted);
        Assert.Equal(1, await Db.Int64Async("SELECT COUNT(*) FROM role_leases WHERE role = 'publisher' AND owner = '" + winner!.Owner + "'"));
    }

    [Fact]
    public async Task TryAcquireOrRenewAsync_CallersClockAnHourAhead_LeaseStillExpiresOnTheDatabaseClockOnly()
    {
        var held = await Db.Leases.TryAcquireOrRenewAsync(SingletonRoles.Publisher, "a", TimeSpan.FromSeconds(1), default);

        // Every replica-side clock of this harness jumps an hour: nothing about the lease changes.
        Db.Time.Advance(TimeSpan.FromHours(1));
        Assert.Null(await Db.Reopen().Leases.TryAcquireOrRenewAsync(SingletonRoles.Publisher, "b", TimeSpan.FromSeconds(8), default));

        await Db.ElapseOnStoreClockAsync(TimeSpan.FromSeconds(1));
        var taken = await Db.Reopen().Leases.TryAcquireOrRenewAsync(SingletonRoles.Publisher, "b", TimeSpan.FromSeconds(8), default);
        Assert.True(taken!.Fence > held!.Fence);
        var stamped = await Db.Int64Async("SELECT expires_at - (extract(epoch FROM clock_timestamp()) * 1000)::bigint FROM role_leases WHERE role = 'publisher'");
        Assert.InRange(stamped, 0, 8000);
    }
}
