using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;
using Airspace.Testing;

namespace Airspace.Storage.Contract;

/// <summary>Subscriptions that choose their sources: stored, replaced on re-adding, planned for, and migrated.</summary>
public abstract class SubscriptionSourcesContract(StoreHarness db) : IDisposable
{
    private static readonly ChannelAddress Antara = ChannelAddress.ForTelegram(-1001);
    private static readonly ChannelAddress Inbox = ChannelAddress.ForTelegram(-1002);
    private static readonly ChannelAddress Everything = ChannelAddress.ForDiscord(55);
    private static readonly ChannelAddress Orphan = ChannelAddress.ForDiscord(56);
    private static readonly IReadOnlySet<string> Feeds = new HashSet<string>(["antara"], StringComparer.OrdinalIgnoreCase);
    protected static readonly DeliveryFilter Filter = (article, subscription) => SubscriptionFilter.Matches(article, subscription, Feeds);

    private readonly StoreHarness _db = db;
    private readonly CancellationToken _ct = CancellationToken.None;

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task AddAsync_SameAddressAgain_ReplacesSourcesKeepingOneSubscription()
    {
        var first = await _db.Subscriptions.AddAsync(Antara, ["F-16"], ["antara", " inbox ", "ANTARA"], 0, _ct);
        var again = await _db.Subscriptions.AddAsync(Antara, [], ["inbox"], 0, _ct);
        var all = await _db.Subscriptions.AddAsync(Antara, [], 0, _ct);

        Assert.Equal(["antara", "inbox"], first.Sources);
        Assert.Equal(first.Id, again.Id);
        Assert.Equal(["inbox"], again.Sources);
        Assert.Empty(again.Keywords);
        Assert.Null(all.Sources);
        Assert.Equal(first.Id, Assert.Single(await _db.Subscriptions.ListAsync(_ct)).Id);
    }

    [Fact]
    public async Task PlanAsync_PerSourceSubscriptions_EachGetsOnlyItsSources()
    {
        await _db.Subscriptions.AddAsync(Antara, [], ["antara"], 0, _ct);
        await _db.Subscriptions.AddAsync(Inbox, [], ["inbox"], 0, _ct);
        await _db.Subscriptions.AddAsync(Everything, [], 0, _ct);
        await _db.Subscriptions.AddAsync(Orphan, [], ["removed-feed"], 0, _ct);
        var fromFeed = (await _db.Articles.UpsertAsync(TestArticles.NewArticle("From the feed", source: "antara"), _ct)).Id;
        var imported = (await _db.Articles.UpsertAsync(TestArticles.NewArticle("Imported by hand", source: "kompas.com"), _ct)).Id;

        await _db.Deliveries.PlanAsync(100, Filter, _ct);

        var pending = await _db.Deliveries.ListAsync(DeliveryStatus.Pending, 10, _ct);
        Assert.Equal([fromFeed], pending.Where(d => d.Address == Antara).Select(d => d.ArticleId));
        Assert.Equal([imported], pending.Where(d => d.Address == Inbox).Select(d => d.ArticleId));
        Assert.Equal(2, pending.Count(d => d.Address == Everything));
        Assert.DoesNotContain(pending, d => d.Address == Orphan);
    }

}
