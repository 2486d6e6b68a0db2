using Airspace.Core.Articles;
using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;

namespace Airspace.Storage.Contract;

/// <summary>Quiet inserts (a source's first poll, a backfill) archive an article without planning a post for it.</summary>
public abstract class QuietArticleContract(StoreHarness db) : IDisposable
{
    private static readonly ChannelAddress Telegram = ChannelAddress.ForTelegram(-1001);
    private static readonly DeliveryFilter All = (_, _) => true;

    private readonly StoreHarness _db = db;
    private readonly CancellationToken _ct = CancellationToken.None;

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task PlanAsync_QuietCreatedArticle_PlansNoPostButAdvancesTheCursor()
    {
        await _db.Subscriptions.AddAsync(Telegram, [], 0, _ct);
        var quiet = await _db.Articles.UpsertAsync(TestArticles.NewArticle("Old news", url: "https://example.test/old") with { Quiet = true }, _ct);
        var loud = await _db.Articles.UpsertAsync(TestArticles.NewArticle("New news", url: "https://example.test/new"), _ct);

        var planned = await _db.Deliveries.PlanAsync(100, All, _ct);

        Assert.Equal(UpsertKind.Inserted, quiet.Kind);
        Assert.Equal(1, planned);
        var post = Assert.Single(await _db.Deliveries.ListAsync(DeliveryStatus.Pending, 10, _ct));
        Assert.Equal(loud.Id, post.ArticleId);
        Assert.Equal(await _db.Articles.LastSequenceAsync(_ct), await _db.State.GetAsync(DeliveryPlanner.Cursor, _ct));
        Assert.NotNull(await _db.Articles.GetAsync(quiet.Id, _ct));
    }

    [Fact]
    public async Task PlanAsync_QuietArticleEditedLater_PlansNoEditBecauseNothingWasPosted()
    {
        await _db.Subscriptions.AddAsync(Telegram, [], 0, _ct);
        var article = TestArticles.NewArticle("Old news", externalId: "guid-1") with { Quiet = true };
        await _db.Articles.UpsertAsync(article, _ct);
        await _db.Deliveries.PlanAsync(100, All, _ct);

        var edited = await _db.Articles.UpsertAsync(TestArticles.NewArticle("Old news, corrected", externalId: "guid-1"), _ct);
        var planned = await _db.Deliveries.PlanAsync(100, All, _ct);

        Assert.Equal(UpsertKind.Updated, edited.Kind);
        Assert.Equal(0, planned);
    }

    [Fact]
    public async Task AddAsync_BackfillOverQuietArticles_PostsThemBecauseTheUserAskedForThem()
    {
        await _db.Articles.UpsertAsync(TestArticles.NewArticle("Archived one", url: "https://example.test/1") with { Quiet = true }, _ct);
        await _db.Articles.UpsertAsync(TestArticles.NewArticle("Archived two", url: "https://example.test/2") with { Quiet = true }, _ct);
        await _db.Deliveries.PlanAsync(100, All, _ct);

        await _db.Subscriptions.AddAsync(Telegram, [], 2, _ct);
        var planned = await _db.Deliveries.PlanAsync(100, All, _ct);

        Assert.Equal(2, planned);
    }

    [Fact]
    public async Task UpsertAsync_QuietDuplicateOfPostedArticle_ChangesNothing()
    {
        await _db.Subscriptions.AddAsync(Telegram, [], 0, _ct);
        var first = await _db.Articles.UpsertAsync(TestArticles.NewArticle("Story", url: "https://example.test/story", source: "feed-a"), _ct);
        var copy = await _db.Articles.UpsertAsync(TestArticles.NewArticle("Story", url: "https://example.test/story", source: "feed-b") with { Quiet = true }, _ct);

        Assert.Equal(UpsertKind.Unchanged, copy.Kind);
        Assert.Equal(first.Id, copy.Id);
        Assert.Equal(1, await _db.Deliveries.PlanAsync(100, All, _ct));
    }
}
