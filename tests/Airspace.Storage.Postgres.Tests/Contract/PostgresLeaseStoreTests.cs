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
            return await leases.TryAcquireOrRenewAsync(SingletonRoles.Publisher, $"replica-{i}", TimeSpan.FromSeconds(15), StoreHarness.Start, default);
        })).ToList();
        start.Set();
        var granted = (await Task.WhenAll(attempts)).Where(lease => lease is not null).ToList();

        var winner = Assert.Single(granted);
        Assert.Equal(1, await Db.Int64Async("SELECT COUNT(*) FROM role_leases WHERE role = 'publisher' AND owner = '" + winner!.Owner + "'"));
    }
}
