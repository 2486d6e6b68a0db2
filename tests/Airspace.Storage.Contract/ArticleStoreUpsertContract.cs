using Airspace.Core.Articles;

namespace Airspace.Storage.Contract;

public abstract class ArticleStoreUpsertContract(StoreHarness db) : IDisposable
{
    private readonly StoreHarness _db = db;
    private readonly CancellationToken _ct = CancellationToken.None;

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task UpsertAsync_NewArticle_InsertsItAndAppendsCreatedEvent()
    {
        var article = TestArticles.NewArticle(externalId: "101", url: "https://airspace.test/rafale", categories: ["Defence", "Udara"]);

        var outcome = await _db.Articles.UpsertAsync(article, _ct);

        Assert.Equal(UpsertKind.Inserted, outcome.Kind);
        var stored = await _db.Articles.GetAsync(outcome.Id, _ct);
        Assert.NotNull(stored);
        Assert.Equal(article.Title, stored.Title);
        Assert.Equal(article.Body, stored.Body);
        Assert.Equal(["Defence", "Udara"], stored.Categories);
        Assert.Equal(article.Published, stored.Published);
        Assert.Equal(TimeSpan.Zero, stored.Published.Offset);
        Assert.Equal(StoreHarness.Start, stored.IngestedAt);
        Assert.Equal([new ArticleEvent(1, outcome.Id, ArticleEventKind.Created)], await _db.Articles.ReadEventsAsync(0, 10, _ct));
    }

    [Fact]
    public async Task UpsertAsync_SameExternalIdIdentical_ReturnsUnchangedWithoutEvent()
    {
        var first = await _db.Articles.UpsertAsync(TestArticles.NewArticle(externalId: "101"), _ct);

        var second = await _db.Articles.UpsertAsync(TestArticles.NewArticle(externalId: "101"), _ct);

        Assert.Equal(new UpsertOutcome(UpsertKind.Unchanged, first.Id), second);
        Assert.Equal(1, await _db.Articles.LastSequenceAsync(_ct));
    }

    [Fact]
    public async Task UpsertAsync_SameExternalIdNewTitle_UpdatesRowAndAppendsUpdatedEvent()
    {
        var first = await _db.Articles.UpsertAsync(TestArticles.NewArticle(externalId: "101", body: "Same body."), _ct);

        var second = await _db.Articles.UpsertAsync(TestArticles.NewArticle("Corrected title", externalId: "101", body: "Same body."), _ct);

        Assert.Equal(new UpsertOutcome(UpsertKind.Updated, first.Id), second);
        Assert.Equal("Corrected title", (await _db.Articles.GetAsync(first.Id, _ct))!.Title);
        Assert.Equal(1, await _db.Articles.CountAsync(_ct));
        var events = await _db.Articles.ReadEventsAsync(0, 10, _ct);
        Assert.Equal([ArticleEventKind.Created, ArticleEventKind.Updated], events.Select(e => e.Kind));
        Assert.True(events[1].Sequence > events[0].Sequence);
    }

    [Fact]
    public async Task UpsertAsync_OnlyUpdatedTimeChanged_ReturnsUpdated()
    {
        var first = await _db.Articles.UpsertAsync(TestArticles.NewArticle(externalId: "101"), _ct);

        var second = await _db.Articles.UpsertAsync(
            TestArticles.NewArticle(externalId: "101") with { Updated = TestArticles.Published.AddHours(2) }, _ct);

        Assert.Equal(new UpsertOutcome(UpsertKind.Updated, first.Id), second);
        Assert.Equal(TestArticles.Published.AddHours(2), (await _db.Articles.GetAsync(first.Id, _ct))!.Updated);
    }

    [Fact]
    public async Task UpsertAsync_SubMillisecondDifferenceOnly_ReturnsUnchanged()
    {
        await _db.Articles.UpsertAsync(TestArticles.NewArticle(externalId: "101"), _ct);

        var second = await _db.Articles.UpsertAsync(
            TestArticles.NewArticle(externalId: "101", published: TestArticles.Published.AddTicks(10)), _ct);

        Assert.Equal(UpsertKind.Unchanged, second.Kind);
    }

    [Fact]
    public async Task UpsertAsync_SameUrlIdentical_ReturnsUnchanged()
    {
        var first = await _db.Articles.UpsertAsync(TestArticles.NewArticle(url: "https://airspace.test/a"), _ct);

        var second = await _db.Articles.UpsertAsync(TestArticles.NewArticle(url: "https://airspace.test/a"), _ct);

        Assert.Equal(new UpsertOutcome(UpsertKind.Unchanged, first.Id), second);
    }

    [Fact]
    public async Task UpsertAsync_SameUrlChangedBody_UpdatesAndAdoptsExternalId()
    {
        var first = await _db.Articles.UpsertAsync(TestArticles.NewArticle(url: "https://airspace.test/a", body: "Draft."), _ct);

        var second = await _db.Articles.UpsertAsync(
            TestArticles.NewArticle(url: "https://airspace.test/a", body: "Final.", externalId: "7"), _ct);

        Assert.Equal(new UpsertOutcome(UpsertKind.Updated, first.Id), second);
        var stored = await _db.Articles.FindByUrlAsync("https://airspace.test/a", _ct);
        Assert.Equal("Final.", stored!.Body);
        Assert.Equal("7", stored.ExternalId);
    }

    [Fact]
    public async Task UpsertAsync_SameContentHashIdentical_ReturnsUnchanged()
    {
        var first = await _db.Articles.UpsertAsync(TestArticles.NewArticle(body: "Inbox text."), _ct);

        var second = await _db.Articles.UpsertAsync(TestArticles.NewArticle(body: "Inbox text."), _ct);

        Assert.Equal(new UpsertOutcome(UpsertKind.Unchanged, first.Id), second);
    }

    [Fact]
    public async Task UpsertAsync_SameContentHashNewTitle_Updates()
    {
        var first = await _db.Articles.UpsertAsync(TestArticles.NewArticle("Draft title", body: "Inbox text."), _ct);

        var second = await _db.Articles.UpsertAsync(TestArticles.NewArticle("Final title", body: "Inbox text."), _ct);

        Assert.Equal(new UpsertOutcome(UpsertKind.Updated, first.Id), second);
        Assert.Equal("Final title", (await _db.Articles.GetAsync(first.Id, _ct))!.Title);
    }

    [Fact]
    public async Task UpsertAsync_SameContentHashFromAnotherSource_ReturnsUnchangedAndKeepsOriginal()
    {
        var first = await _db.Articles.UpsertAsync(TestArticles.NewArticle("Original", body: "Shared text.", source: "feed"), _ct);

        var second = await _db.Articles.UpsertAsync(TestArticles.NewArticle("Copy", body: "Shared text.", source: "inbox"), _ct);

        Assert.Equal(new UpsertOutcome(UpsertKind.Unchanged, first.Id), second);
        Assert.Equal("Original", (await _db.Articles.GetAsync(first.Id, _ct))!.Title);
        Assert.Equal(1, await _db.Articles.CountAsync(_ct));
    }

    [Fact]
    public async Task UpsertAsync_SameUrlFromAnotherSource_ReturnsUnchanged()
    {
        var first = await _db.Articles.UpsertAsync(TestArticles.NewArticle(source: "feed", url: "https://airspace.test/a", body: "Feed text."), _ct);

        var second = await _db.Articles.UpsertAsync(TestArticles.NewArticle(source: "import", url: "https://airspace.test/a", body: "File text."), _ct);

        Assert.Equal(new UpsertOutcome(UpsertKind.Unchanged, first.Id), second);
        Assert.Equal("Feed text.", (await _db.Articles.GetAsync(first.Id, _ct))!.Body);
    }

    [Fact]
    public async Task UpsertAsync_SameContentHashButDifferentExternalIds_ReturnsUnchangedDuplicate()
    {
        var first = await _db.Articles.UpsertAsync(TestArticles.NewArticle("Post A", body: "Same text.", externalId: "1"), _ct);

        var second = await _db.Articles.UpsertAsync(TestArticles.NewArticle("Post B", body: "Same text.", externalId: "2"), _ct);

        Assert.Equal(new UpsertOutcome(UpsertKind.Unchanged, first.Id), second);
        Assert.Equal("Post A", (await _db.Articles.GetAsync(first.Id, _ct))!.Title);
    }

    [Fact]
    public async Task UpsertAsync_DifferentArticles_InsertsEachWithIncreasingSequence()
    {
        var a = await _db.Articles.UpsertAsync(TestArticles.NewArticle("A", externalId: "1", url: "https://airspace.test/a"), _ct);
        var b = await _db.Articles.UpsertAsync(TestArticles.NewArticle("B", externalId: "2", url: "https://airspace.test/b"), _ct);
        await _db.Articles.UpsertAsync(TestArticles.NewArticle("A2", externalId: "1", url: "https://airspace.test/a"), _ct);

        var events = await _db.Articles.ReadEventsAsync(0, 10, _ct);

        Assert.Equal([1L, 2L, 3L], events.Select(e => e.Sequence));
        Assert.Equal([a.Id, b.Id, a.Id], events.Select(e => e.ArticleId));
        Assert.Equal(3, await _db.Articles.LastSequenceAsync(_ct));
        Assert.Equal([events[2]], await _db.Articles.ReadEventsAsync(2, 10, _ct));
        Assert.Single(await _db.Articles.ReadEventsAsync(0, 1, _ct));
    }

    [Fact]
    public async Task UpsertAsync_TwoProcessesUpsertSameArticle_EndWithOneRow()
    {
        var stores = Enumerable.Range(0, 4).Select(_ => _db.Reopen().Articles).ToList();
        var article = TestArticles.NewArticle(externalId: "42", url: "https://airspace.test/42");

        var outcomes = await Task.WhenAll(stores.Select(store => Task.Run(() => store.UpsertAsync(article, _ct))));

        Assert.Single(outcomes, o => o.Kind == UpsertKind.Inserted);
        Assert.Single(outcomes.Select(o => o.Id).Distinct());
        Assert.Equal(1, await _db.Articles.CountAsync(_ct));
        Assert.Equal(1, await _db.Articles.LastSequenceAsync(_ct));
    }

}
