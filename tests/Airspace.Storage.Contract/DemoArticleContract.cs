using Airspace.Core.Articles;
using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;

namespace Airspace.Storage.Contract;

/// <summary>Demo articles (the bundled samples a first run seeds) are never posted to a chat, never backfilled, and can be deleted.</summary>
public abstract class DemoArticleContract(StoreHarness db) : IDisposable
{
    private static readonly ChannelAddress Group = ChannelAddress.ForTelegram(-1001);
    private static readonly DeliveryFilter All = (_, _) => true;

    private readonly StoreHarness _db = db;
    private readonly CancellationToken _ct = CancellationToken.None;

    public void Dispose() => _db.Dispose();

    private static NewArticle Demo(string title, bool quiet = false) =>
        TestArticles.NewArticle(title, url: "https://example.test/" + Uri.EscapeDataString(title)) with { Demo = true, Quiet = quiet };

    [Fact]
    public async Task PlanAsync_DemoSampleWithAChatSubscribedFirst_PlansItForTheConsoleOnly()
    {
        await _db.Subscriptions.AddAsync(Group, [], 0, _ct);
        await _db.Subscriptions.AddAsync(ChannelAddress.ConsoleChannel, [], 0, _ct);
        var sample = await _db.Articles.UpsertAsync(Demo("Kim Jong Un visits KnAAZ"), _ct);

        var planned = await _db.Deliveries.PlanAsync(100, All, _ct);

        Assert.Equal(1, planned);
        var post = Assert.Single(await _db.Deliveries.ListAsync(DeliveryStatus.Pending, 10, _ct));
        Assert.Equal(ChannelAddress.ConsoleChannel, post.Address);
        Assert.Equal(sample.Id, post.ArticleId);
    }

    [Fact]
    public async Task PlanAsync_DemoArchiveWithConsoleAndChatSubscribedFirst_PlansNothing()
    {
        await _db.Subscriptions.AddAsync(Group, [], 0, _ct);
        await _db.Subscriptions.AddAsync(ChannelAddress.ConsoleChannel, [], 0, _ct);
        for (var i = 0; i < 5; i++)
        {
            await _db.Articles.UpsertAsync(Demo($"Archive {i}", quiet: true), _ct);
        }

        Assert.Equal(0, await _db.Deliveries.PlanAsync(100, All, _ct));
        Assert.Empty(await _db.Deliveries.ListAsync(DeliveryStatus.Pending, 10, _ct));
    }

    [Fact]
    public async Task AddAsync_BackfillOverDemoAndArchivedArticles_PlansOnlyTheRealOnes()
    {
        var archived = await _db.Articles.UpsertAsync(TestArticles.NewArticle("First poll archive", url: "https://example.test/a") with { Quiet = true }, _ct);
        await _db.Articles.UpsertAsync(Demo("Demo archive", quiet: true), _ct);
        await _db.Articles.UpsertAsync(Demo("Demo sample"), _ct);
        await _db.Deliveries.PlanAsync(100, All, _ct);

        await _db.Subscriptions.AddAsync(Group, [], backfill: 1, _ct);
        var planned = await _db.Deliveries.PlanAsync(100, All, _ct);

        // --backfill 1 means the latest real article, not the latest demo one; the first-poll archive stays backfillable.
        Assert.Equal(1, planned);
        Assert.Equal(archived.Id, Assert.Single(await _db.Deliveries.ListAsync(DeliveryStatus.Pending, 10, _ct)).ArticleId);
    }

    [Fact]
    public async Task AddAsync_ConsoleBackfillOverDemoArticles_PlansNone()
    {
        await _db.Articles.UpsertAsync(Demo("Demo archive", quiet: true), _ct);
        await _db.Articles.UpsertAsync(Demo("Demo sample"), _ct);
        await _db.Deliveries.PlanAsync(100, All, _ct);

        await _db.Subscriptions.AddAsync(ChannelAddress.ConsoleChannel, [], backfill: 10, _ct);

        Assert.Equal(0, await _db.Deliveries.PlanAsync(100, All, _ct));
    }

    [Fact]
    public async Task LatestAsync_DemoArticles_LeftOutUnlessAskedFor()
    {
        var real = await _db.Articles.UpsertAsync(TestArticles.NewArticle("Real", url: "https://example.test/real", published: TestArticles.Published.AddDays(-1)), _ct);
        var demo = await _db.Articles.UpsertAsync(Demo("Demo"), _ct);

        Assert.Equal([real.Id], (await _db.Articles.LatestAsync(10, _ct)).Select(a => a.Id));
        Assert.Equal([demo.Id, real.Id], (await _db.Articles.LatestAsync(10, includeDemo: true, _ct)).Select(a => a.Id));
        Assert.True((await _db.Articles.GetAsync(demo.Id, _ct))!.Demo);
        Assert.False((await _db.Articles.GetAsync(real.Id, _ct))!.Demo);
    }

    [Fact]
    public async Task UpsertAsync_DemoArticleImportedAgainWithoutTheMark_StaysDemo()
    {
        var demo = await _db.Articles.UpsertAsync(Demo("Demo"), _ct);

        var again = await _db.Articles.UpsertAsync(Demo("Demo") with { Demo = false }, _ct);

        Assert.Equal(UpsertKind.Unchanged, again.Kind);
        Assert.True((await _db.Articles.GetAsync(demo.Id, _ct))!.Demo);
    }

    [Fact]
    public async Task RemoveDemoAsync_AfterASentConsolePost_DeletesDemoArticlesAndDeliveriesAndLogsDeletions()
    {
        await _db.Subscriptions.AddAsync(ChannelAddress.ConsoleChannel, [], 0, _ct);
        var archive = await _db.Articles.UpsertAsync(Demo("Demo archive", quiet: true), _ct);
        var sample = await _db.Articles.UpsertAsync(Demo("Demo sample"), _ct);
        var real = await _db.Articles.UpsertAsync(TestArticles.NewArticle("Real", url: "https://example.test/real"), _ct);
        await _db.Deliveries.PlanAsync(100, All, _ct);
        foreach (var claimed in await _db.Deliveries.ClaimDueAsync(_db.Time.GetUtcNow(), 10, TimeSpan.FromMinutes(1), _ct))
        {
            await _db.Deliveries.MarkSentAsync(claimed.Id, "m-" + claimed.ArticleId, _db.Time.GetUtcNow(), _ct);
        }

        var before = await _db.Articles.LastSequenceAsync(_ct);
        var removed = await _db.Articles.RemoveDemoAsync(_ct);

        Assert.Equal(2, removed);
        Assert.Equal(1, await _db.Articles.CountAsync(_ct));
        Assert.Null(await _db.Articles.GetAsync(archive.Id, _ct));
        Assert.Null(await _db.Articles.GetAsync(sample.Id, _ct));
        var deleted = await _db.Articles.ReadEventsAsync(before, 10, _ct);
        Assert.Equal([archive.Id, sample.Id], deleted.Select(e => e.ArticleId));
        Assert.All(deleted, e => Assert.Equal(ArticleEventKind.Deleted, e.Kind));
        Assert.Equal(real.Id, Assert.Single(await _db.Deliveries.ListAsync(DeliveryStatus.Sent, 10, _ct)).ArticleId);
        Assert.Equal(0, await _db.Deliveries.PlanAsync(100, All, _ct));
        Assert.Equal(0, await _db.Articles.RemoveDemoAsync(_ct));
    }

    [Fact]
    public async Task RemoveDemoAsync_ThenANewArticle_GetsAnIdNoArticleHadBefore()
    {
        var sample = await _db.Articles.UpsertAsync(Demo("Demo sample"), _ct);
        await _db.Articles.RemoveDemoAsync(_ct);

        var real = await _db.Articles.UpsertAsync(TestArticles.NewArticle("Real", url: "https://example.test/real"), _ct);

        Assert.True(real.Id.Value > sample.Id.Value, $"new id {real.Id.Value}, removed id {sample.Id.Value}");
    }

    [Fact]
    public async Task AddAsync_BackfillTwoAfterDemoRemove_PlansBothRealArticles()
    {
        var first = await _db.Articles.UpsertAsync(TestArticles.NewArticle("First", url: "https://example.test/first"), _ct);
        await _db.Articles.UpsertAsync(Demo("Demo sample"), _ct);
        await _db.Articles.RemoveDemoAsync(_ct);
        var second = await _db.Articles.UpsertAsync(TestArticles.NewArticle("Second", url: "https://example.test/second"), _ct);

        await _db.Subscriptions.AddAsync(Group, [], backfill: 2, _ct);
        await _db.Deliveries.PlanAsync(100, All, _ct);

        var planned = await _db.Deliveries.ListAsync(DeliveryStatus.Pending, 10, _ct);
        Assert.Equal([first.Id.Value, second.Id.Value], planned.Select(d => d.ArticleId.Value).Order());
    }

    [Fact]
    public async Task UpsertAsync_UndatedArticleImportedAgainLater_IsUnchanged()
    {
        var undated = TestArticles.NewArticle("Undated", externalId: "undated-note") with { PublishedAssumed = true };
        var first = await _db.Articles.UpsertAsync(undated, _ct);
        var last = await _db.Articles.LastSequenceAsync(_ct);

        var again = await _db.Articles.UpsertAsync(undated with { Published = undated.Published.AddHours(5) }, _ct);

        Assert.Equal(UpsertKind.Unchanged, again.Kind);
        Assert.Equal(last, await _db.Articles.LastSequenceAsync(_ct));
        Assert.Equal(undated.Published, (await _db.Articles.GetAsync(first.Id, _ct))!.Published);
    }

    [Fact]
    public async Task UpsertAsync_UndatedArticleWithNewText_UpdatesButKeepsTheFirstDate()
    {
        var undated = TestArticles.NewArticle("Undated", externalId: "undated-note") with { PublishedAssumed = true };
        var first = await _db.Articles.UpsertAsync(undated, _ct);

        var edited = await _db.Articles.UpsertAsync(
            TestArticles.NewArticle("Undated", body: "A corrected body.", externalId: "undated-note") with { PublishedAssumed = true, Published = undated.Published.AddHours(5) }, _ct);

        Assert.Equal(UpsertKind.Updated, edited.Kind);
        Assert.Equal(undated.Published, (await _db.Articles.GetAsync(first.Id, _ct))!.Published);
    }
}
