using Airspace.Core.Articles;

namespace Airspace.Storage.Contract;

public abstract class ArticleStoreQueryContract(StoreHarness db) : IDisposable
{
    private readonly StoreHarness _db = db;
    private readonly CancellationToken _ct = CancellationToken.None;

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task LatestAsync_MixedPublishedTimes_ReturnsNewestPublishedFirstThenHigherId()
    {
        var day = TestArticles.Published;
        var old = await Insert("old", day.AddDays(-2));
        var tieFirst = await Insert("tie first", day);
        var newest = await Insert("newest", day.AddDays(1));
        var tieSecond = await Insert("tie second", day);

        var latest = await _db.Articles.LatestAsync(3, _ct);

        Assert.Equal([newest, tieSecond, tieFirst], latest.Select(a => a.Id));
        Assert.DoesNotContain(old, latest.Select(a => a.Id));
    }

    [Fact]
    public async Task LatestAsync_EmptyStore_ReturnsEmpty()
    {
        Assert.Empty(await _db.Articles.LatestAsync(5, _ct));
    }

    [Fact]
    public async Task GetManyAsync_SomeUnknownIds_ReturnsFoundOnesInRequestedOrder()
    {
        var a = await Insert("a", TestArticles.Published);
        var b = await Insert("b", TestArticles.Published);
        var c = await Insert("c", TestArticles.Published);

        var found = await _db.Articles.GetManyAsync([c, new ArticleId(999), a, c], _ct);

        Assert.Equal([c, a], found.Select(x => x.Id));
        Assert.DoesNotContain(b, found.Select(x => x.Id));
    }

    [Fact]
    public async Task FindByUrlAsync_KnownAndUnknownUrl_FindsOnlyTheKnownOne()
    {
        var id = (await _db.Articles.UpsertAsync(TestArticles.NewArticle(url: "https://airspace.test/x"), _ct)).Id;

        Assert.Equal(id, (await _db.Articles.FindByUrlAsync("https://airspace.test/x", _ct))?.Id);
        Assert.Null(await _db.Articles.FindByUrlAsync("https://airspace.test/y", _ct));
        Assert.Null(await _db.Articles.GetAsync(new ArticleId(id.Value + 1), _ct));
    }

    [Fact]
    public async Task ReadAllAsync_MoreThanOnePage_StreamsEveryArticleInIdOrder()
    {
        const int count = 520;
        // Seeded in one statement: the paged walk is under test, not 520 upserts.
        await _db.InsertBulkArticlesAsync(count);

        var ids = new List<long>();
        await foreach (var article in _db.Articles.ReadAllAsync(_ct))
        {
            ids.Add(article.Id.Value);
        }

        Assert.Equal(Enumerable.Range(1, count).Select(i => (long)i), ids);
        Assert.Equal(count, await _db.Articles.CountAsync(_ct));
    }

    [Fact]
    public async Task LastSequenceAsync_EmptyLog_ReturnsZero()
    {
        Assert.Equal(0, await _db.Articles.LastSequenceAsync(_ct));
        Assert.Empty(await _db.Articles.ReadEventsAsync(0, 10, _ct));
    }

    private async Task<ArticleId> Insert(string title, DateTimeOffset published) =>
        (await _db.Articles.UpsertAsync(TestArticles.NewArticle(title, published: published), _ct)).Id;
}
