using Airspace.Testing;
using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;

namespace Airspace.Storage.Contract;

/// <summary>The outbox gauges' read (<see cref="IOutboxStatistics"/>): pending rows per platform with the oldest creation.</summary>
public abstract class OutboxStatisticsContract(StoreHarness db) : IDisposable
{
    private readonly StoreHarness _db = db;
    private readonly CancellationToken _ct = CancellationToken.None;

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task PendingByPlatformAsync_MixedOutbox_CountsPendingPerPlatformWithOldestCreation()
    {
        Assert.Empty(await _db.OutboxStatistics.PendingByPlatformAsync(_ct));
        await _db.Subscriptions.AddAsync(ChannelAddress.ForDiscord(100), [], 0, _ct);
        await _db.Subscriptions.AddAsync(ChannelAddress.ForTelegram(-1005), [], 0, _ct);
        await _db.Articles.UpsertAsync(TestArticles.NewArticle("First"), _ct);
        await _db.Deliveries.PlanAsync(100, (_, _) => true, _ct);
        _db.Time.Advance(TimeSpan.FromMinutes(1));
        await _db.Articles.UpsertAsync(TestArticles.NewArticle("Second"), _ct);
        await _db.Deliveries.PlanAsync(100, (_, _) => true, _ct);
        var oldestDiscord = (await _db.Deliveries.ListAsync(DeliveryStatus.Pending, 10, _ct)).Where(d => d.Address.Platform == "discord").MinBy(d => d.Id.Value)!;
        await _db.Deliveries.MarkSentAsync(oldestDiscord.Id, "m1", _db.Time.GetUtcNow(), _ct);

        var depth = await _db.OutboxStatistics.PendingByPlatformAsync(_ct);

        Assert.Equal(
            [new OutboxDepth("discord", 1, StoreHarness.Start.AddMinutes(1)), new OutboxDepth("telegram", 2, StoreHarness.Start)],
            depth);
    }
}
