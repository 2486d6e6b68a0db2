using System.Collections.Concurrent;
using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;

namespace Airspace.Storage.Contract;

public abstract class DeliveryStoreDispatchContract(StoreHarness db) : IDisposable
{
    private static readonly DeliveryFilter All = (_, _) => true;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private readonly StoreHarness _db = db;
    private readonly CancellationToken _ct = CancellationToken.None;

    public void Dispose() => _db.Dispose();

    private DateTimeOffset Now => _db.Time.GetUtcNow();

    [Fact]
    public async Task ClaimDueAsync_DueDeliveries_ReturnsOldestFirstWithOwnerAndLeaseButNoAttempt()
    {
        await Plan(subscriptions: 1, articles: 3);

        var claimed = await _db.Deliveries.ClaimDueAsync(Now, 2, Lease, _ct);

        Assert.Equal(2, claimed.Count);
        Assert.True(claimed[0].Id.Value < claimed[1].Id.Value);
        Assert.All(claimed, d => Assert.Equal(0, d.Attempts));
        Assert.All(claimed, d => Assert.Equal(DeliveryStoreClaims.TestOwner, d.ClaimedBy));
        Assert.All(claimed, d => Assert.Equal(Now + Lease, d.DueAt));
        Assert.All(claimed, d => Assert.Equal(DeliveryStatus.Pending, d.Status));
        Assert.Equal(Now, await _db.Deliveries.NextDueAsync(_ct));
    }

    [Fact]
    public async Task ClaimDueAsync_WithinLease_DoesNotClaimAgainButDoesAfterExpiry()
    {
        await Plan(subscriptions: 1, articles: 1);
        var first = Assert.Single(await _db.Deliveries.ClaimDueAsync(Now, 10, Lease, _ct));

        _db.Time.Advance(Lease - TimeSpan.FromSeconds(1));
        Assert.Empty(await _db.Deliveries.ClaimDueAsync(Now, 10, Lease, _ct));

        _db.Time.Advance(TimeSpan.FromSeconds(1));
        var again = Assert.Single(await _db.Deliveries.ClaimDueAsync(Now, 10, Lease, _ct));
        Assert.Equal(first.Id, again.Id);
        Assert.Equal(0, again.Attempts);
    }

    [Fact]
    public async Task ClaimDueAsync_RescheduledIntoFuture_NotClaimedUntilDue()
    {
        await Plan(subscriptions: 1, articles: 1);
        var claimed = Assert.Single(await _db.Deliveries.ClaimDueAsync(Now, 10, Lease, _ct));

        await _db.Deliveries.RescheduleAsync(claimed.Id, Now.AddSeconds(30), "429: retry after 30 s", _ct);

        Assert.Equal(Now.AddSeconds(30), await _db.Deliveries.NextDueAsync(_ct));
        Assert.Empty(await _db.Deliveries.ClaimDueAsync(Now.AddSeconds(29), 10, Lease, _ct));
        var retried = Assert.Single(await _db.Deliveries.ClaimDueAsync(Now.AddSeconds(30), 10, Lease, _ct));
        Assert.Equal("429: retry after 30 s", retried.LastError);
        Assert.Equal(1, retried.Attempts);
    }

    [Fact]
    public async Task ClaimDueAsync_TwoDatabasesClaimingInParallel_NeverReturnSameDelivery()
    {
        await Plan(subscriptions: 4, articles: 15);
        var stores = new[] { _db.Reopen(), _db.Reopen() }.Select(stores => stores.Deliveries).ToArray();
        var seen = new ConcurrentBag<long>();
        var now = Now;

        await Task.WhenAll(stores.Select(store => Task.Run(async () =>
        {
            while (await store.ClaimDueAsync(now, 3, Lease, _ct) is { Count: > 0 } batch)
            {
                foreach (var delivery in batch)
                {
                    seen.Add(delivery.Id.Value);
                }
            }
        })));

        Assert.Equal(60, seen.Count);
        Assert.Equal(60, seen.Distinct().Count());
    }

    [Fact]
    public async Task MarkSentAsync_Claimed_RecordsMessageIdAndLeavesNothingDue()
    {
        await Plan(subscriptions: 1, articles: 1);
        var claimed = Assert.Single(await _db.Deliveries.ClaimDueAsync(Now, 10, Lease, _ct));

        await _db.Deliveries.MarkSentAsync(claimed.Id, "1234", Now, _ct);

        var sent = Assert.Single(await _db.Deliveries.ListAsync(DeliveryStatus.Sent, 10, _ct));
        Assert.Equal("1234", sent.MessageId);
        Assert.Null(await _db.Deliveries.NextDueAsync(_ct));
        _db.Time.Advance(Lease * 2);
        Assert.Empty(await _db.Deliveries.ClaimDueAsync(Now, 10, Lease, _ct));
    }

    [Fact]
    public async Task MarkFailedAsync_Claimed_KeepsReasonAndIsNotClaimedAgain()
    {
        await Plan(subscriptions: 1, articles: 1);
        var claimed = Assert.Single(await _db.Deliveries.ClaimDueAsync(Now, 10, Lease, _ct));

        await _db.Deliveries.MarkFailedAsync(claimed.Id, "400: message too long", _ct);

        var failed = Assert.Single(await _db.Deliveries.ListAsync(DeliveryStatus.Failed, 10, _ct));
        Assert.Equal("400: message too long", failed.LastError);
        _db.Time.Advance(Lease * 2);
        Assert.Empty(await _db.Deliveries.ClaimDueAsync(Now, 10, Lease, _ct));
    }

    [Fact]
    public async Task RetryFailedAsync_FailedDeliveries_BackToPendingDueNowWithAttemptsReset()
    {
        await Plan(subscriptions: 1, articles: 2);
        foreach (var claimed in await _db.Deliveries.ClaimDueAsync(Now, 10, Lease, _ct))
        {
            await _db.Deliveries.MarkFailedAsync(claimed.Id, "boom", _ct);
        }

        _db.Time.Advance(TimeSpan.FromHours(1));
        var retried = await _db.Deliveries.RetryFailedAsync(Now, _ct);

        Assert.Equal(2, retried);
        Assert.Empty(await _db.Deliveries.ListAsync(DeliveryStatus.Failed, 10, _ct));
        Assert.Equal(Now, await _db.Deliveries.NextDueAsync(_ct));
        var again = await _db.Deliveries.ClaimDueAsync(Now, 10, Lease, _ct);
        Assert.Equal(2, again.Count);
        Assert.All(again, d => Assert.Equal(0, d.Attempts));
    }

    [Fact]
    public async Task RetryFailedAsync_SubscriptionRemoved_LeavesItsFailuresFailed()
    {
        await Plan(subscriptions: 1, articles: 1);
        var claimed = Assert.Single(await _db.Deliveries.ClaimDueAsync(Now, 10, Lease, _ct));
        await _db.Deliveries.MarkFailedAsync(claimed.Id, "boom", _ct);
        await _db.Subscriptions.RemoveAsync(claimed.Address, _ct);

        Assert.Equal(0, await _db.Deliveries.RetryFailedAsync(Now, _ct));
        Assert.Single(await _db.Deliveries.ListAsync(DeliveryStatus.Failed, 10, _ct));
    }

    [Fact]
    public async Task ListAsync_ManyDeliveries_ReturnsNewestFirstUpToMax()
    {
        await Plan(subscriptions: 1, articles: 1);
        _db.Time.Advance(TimeSpan.FromMinutes(1));
        await _db.Articles.UpsertAsync(TestArticles.NewArticle("Later"), _ct);
        await _db.Deliveries.PlanAsync(100, All, _ct);

        var listed = await _db.Deliveries.ListAsync(DeliveryStatus.Pending, 1, _ct);

        var newest = Assert.Single(listed);
        Assert.Equal(Now, newest.CreatedAt);
    }

    [Fact]
    public async Task RemoveAsync_DeliveryInFlight_CancelledButSendStillRecorded()
    {
        await Plan(subscriptions: 1, articles: 1);
        var claimed = Assert.Single(await _db.Deliveries.ClaimDueAsync(Now, 10, Lease, _ct));
        await _db.Subscriptions.RemoveAsync(claimed.Address, _ct);

        await _db.Deliveries.MarkSentAsync(claimed.Id, "99", Now, _ct);

        Assert.Equal("99", Assert.Single(await _db.Deliveries.ListAsync(DeliveryStatus.Sent, 10, _ct)).MessageId);
    }

    [Fact]
    public async Task NextDueAsync_NothingPending_ReturnsNull()
    {
        Assert.Null(await _db.Deliveries.NextDueAsync(_ct));
    }

    private async Task Plan(int subscriptions, int articles)
    {
        for (var i = 0; i < subscriptions; i++)
        {
            await _db.Subscriptions.AddAsync(ChannelAddress.ForDiscord((ulong)(100 + i)), [], 0, _ct);
        }

        for (var i = 0; i < articles; i++)
        {
            await _db.Articles.UpsertAsync(TestArticles.NewArticle($"Article {i}"), _ct);
        }

        Assert.Equal(subscriptions * articles, await _db.Deliveries.PlanAsync(1000, All, _ct));
    }
}
