using System.Collections.Concurrent;
using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;

namespace Airspace.Storage.Postgres.Tests;

/// <summary>What only a shared store must do: replicas claiming at once keep each channel's order, and a replica whose heartbeat stops loses its claims in seconds.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresClaimTests(PostgresCluster cluster) : IDisposable
{
    private static readonly DeliveryFilter All = (_, _) => true;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private readonly PostgresTestDatabase _db = new(cluster);
    private readonly CancellationToken _ct = CancellationToken.None;

    public void Dispose() => _db.Dispose();

    private DateTimeOffset Now => _db.Time.GetUtcNow();

    [Fact]
    public async Task ClaimDueAsync_EightReplicasAtOnce_EachChannelHeldByOneOwnerFromItsOldestRow()
    {
        var channels = await PlanAsync(channels: 12, articles: 6);
        var replicas = Enumerable.Range(0, 8).Select(i => (Owner: $"replica-{i}", Store: _db.Reopen().Deliveries)).ToList();
        var claims = new ConcurrentBag<Delivery>();

        // Small batches, claimed concurrently: with row-level skipping alone a replica would take a channel's second
        // row while another holds its first.
        await Task.WhenAll(replicas.Select(replica => Task.Run(async () =>
        {
            for (var round = 0; round < 4; round++)
            {
                foreach (var delivery in await replica.Store.ClaimDueAsync(
                    new DeliveryClaim { Owner = replica.Owner, Lane = null, Now = Now, Max = 2, Lease = Lease }, _ct))
                {
                    claims.Add(delivery);
                }
            }
        })));

        Assert.Equal(claims.Count, claims.Select(d => d.Id).Distinct().Count());
        var all = (await _db.Deliveries.ListAsync(DeliveryStatus.Pending, 1000, _ct)).OrderBy(d => d.Id.Value).ToList();
        foreach (var channel in channels)
        {
            var held = claims.Where(d => d.Address == channel).ToList();
            Assert.True(held.Select(d => d.ClaimedBy).Distinct().Count() <= 1, $"{channel} is held by {string.Join(", ", held.Select(d => d.ClaimedBy).Distinct())}");
            var oldest = all.Where(d => d.Address == channel).Take(held.Count).Select(d => d.Id);
            Assert.Equal(oldest, held.Select(d => d.Id).OrderBy(id => id.Value));
        }
    }

    [Fact]
    public async Task ClaimDueAsync_ChannelHeldByAnotherOwner_SkipsItWholeUntilTheClaimEnds()
    {
        var channels = await PlanAsync([ChannelAddress.ForTelegram(-1001), ChannelAddress.ForDiscord(42)], articles: 3);
        var first = await ClaimAsync("a", DispatchLane.For(channels[0]), max: 1);

        var second = await ClaimAsync("b", lane: null, max: 10);

        Assert.All(second, d => Assert.Equal(channels[1], d.Address));
        await _db.Deliveries.MarkSentAsync(Assert.Single(first).Id, "m-1", Now, _ct);
        var rest = await ClaimAsync("b", DispatchLane.For(channels[0]), max: 10);
        Assert.Equal(2, rest.Count);
    }

    [Fact]
    public async Task ReleaseStaleAsync_OwnerStoppedBeating_ItsClaimsDueAgainInOrderWhileALiveOwnerKeepsHis()
    {
        var channels = await PlanAsync([ChannelAddress.ForTelegram(-1001), ChannelAddress.ForDiscord(42)], articles: 2);
        var heartbeat = _db.Heartbeat();
        await heartbeat.BeatAsync("killed", _ct);
        await heartbeat.BeatAsync("alive", _ct);
        var killed = await ClaimAsync("killed", DispatchLane.For(channels[0]), max: 10);
        var alive = await ClaimAsync("alive", DispatchLane.For(channels[1]), max: 10);
        Assert.Equal(0, await heartbeat.ReleaseStaleAsync(_ct));

        // "killed" last beat longer ago than the HeartbeatTimeout, on the database's clock; "alive" beats on.
        await _db.ExecuteAsync("UPDATE claim_owners SET heartbeat_at = heartbeat_at - 60000 WHERE owner = 'killed'");
        await heartbeat.BeatAsync("alive", _ct);

        Assert.Equal(killed.Count, await heartbeat.ReleaseStaleAsync(_ct));

        var taken = await ClaimAsync("alive", lane: null, max: 10);
        Assert.Equal(killed.Select(d => d.Id), taken.Select(d => d.Id));
        Assert.DoesNotContain(taken, d => alive.Any(a => a.Id == d.Id));
    }

    [Fact]
    public async Task BeatAsync_ReplicaClocksFarApart_HeartbeatsAreStampedAndJudgedByTheDatabaseClock()
    {
        await PlanAsync([ChannelAddress.ForTelegram(-1001)], articles: 1);
        var heartbeat = _db.Heartbeat();
        await heartbeat.BeatAsync("slow-clock", _ct);
        await ClaimAsync("slow-clock", lane: null, max: 10);

        // The harness's replica clock is an hour ahead of the database's: a fresh beat is still fresh.
        _db.Time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(0, await _db.Heartbeat(_db.Open()).ReleaseStaleAsync(_ct));
        Assert.Equal(0, await _db.Reopen().Deliveries.ReleaseClaimsAsync(["starting"], _ct));
        var stamped = await _db.Int64Async("SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint - heartbeat_at FROM claim_owners WHERE owner = 'slow-clock'");
        Assert.InRange(stamped, 0, 8000);
    }

    [Fact]
    public async Task ClaimDueAsync_ClaimersClockPastTheLeaseEnd_NeverTakesTheChannelOfAnOwnerThatBeats()
    {
        var channels = await PlanAsync([ChannelAddress.ForTelegram(-1001)], articles: 2);
        await _db.Heartbeat().BeatAsync("alive", _ct);
        var held = await ClaimAsync("alive", DispatchLane.For(channels[0]), max: 1);

        // A replica whose clock runs past the claim's lease end (replica-clock time) must not take a live claim.
        var skewed = new DeliveryClaim { Owner = "skewed", Lane = null, Now = Now + Lease + TimeSpan.FromHours(1), Max = 10, Lease = Lease };
        Assert.Empty(await _db.Reopen().Deliveries.ClaimDueAsync(skewed, _ct));

        // Once the owner stops beating, its claim is given back and the same replica takes the channel from its head.
        await _db.ExecuteAsync("UPDATE claim_owners SET heartbeat_at = heartbeat_at - 60000 WHERE owner = 'alive'");
        Assert.Equal(1, await _db.Heartbeat().ReleaseStaleAsync(_ct));
        var taken = await _db.Reopen().Deliveries.ClaimDueAsync(skewed, _ct);
        Assert.Equal(Assert.Single(held).Id, taken[0].Id);
    }

    [Fact]
    public async Task ReleaseClaimsAsync_ReplicaStartsBesideALiveOne_KeepsTheClaimsOfOwnersWithAFreshHeartbeat()
    {
        var channels = await PlanAsync([ChannelAddress.ForTelegram(-1001), ChannelAddress.ForDiscord(42)], articles: 1);
        var heartbeat = _db.Heartbeat();
        await heartbeat.BeatAsync("running", _ct);
        await ClaimAsync("running", DispatchLane.For(channels[0]), max: 10);
        var dead = await ClaimAsync("never-beat", DispatchLane.For(channels[1]), max: 10);

        var released = await _db.Reopen().Deliveries.ReleaseClaimsAsync(["starting"], _ct);

        Assert.Equal(dead.Count, released);
        var again = Assert.Single(await ClaimAsync("starting", lane: null, max: 10));
        Assert.Equal(Assert.Single(dead).Id, again.Id);
    }

    private Task<IReadOnlyList<Delivery>> ClaimAsync(string owner, DispatchLane? lane, int max) =>
        _db.Deliveries.ClaimDueAsync(new DeliveryClaim { Owner = owner, Lane = lane, Now = Now, Max = max, Lease = Lease }, _ct);

    private Task<ChannelAddress[]> PlanAsync(int channels, int articles) =>
        PlanAsync([.. Enumerable.Range(1, channels).Select(i => ChannelAddress.ForDiscord(1000UL + (ulong)i))], articles);

    /// <summary>Subscribes each address, then plans the articles to all of them.</summary>
    private async Task<ChannelAddress[]> PlanAsync(ChannelAddress[] addresses, int articles)
    {
        foreach (var address in addresses)
        {
            await _db.Subscriptions.AddAsync(address, [], 0, _ct);
        }

        for (var i = 0; i < articles; i++)
        {
            await _db.Articles.UpsertAsync(TestArticles.NewArticle($"Article {i}"), _ct);
        }

        Assert.Equal(addresses.Length * articles, await _db.Deliveries.PlanAsync(1000, All, _ct));
        return addresses;
    }
}
