using Airspace.Core.Articles;
using Airspace.Core.Search;
using Airspace.Search.Tests.Support;

namespace Airspace.Search.Tests;

/// <summary>Demo articles (the bundled samples) are found only when a demo run asks, and deletions drop them.</summary>
public sealed class DemoArticleTests : IDisposable
{
    private readonly TempIndex _index = new();

    public void Dispose() => _index.Dispose();

    private async Task AddRealAndDemoAsync()
    {
        await _index.AddAsync(
            TestArticles.Article(1, "Su-57 tiba di Kemayoran", "Pesawat tempur Su-57 mendarat di Kemayoran."),
            TestArticles.Article(2, "Su-57 dalam arsip demo", "Arsip demo tentang Su-57 dan pabriknya.") with { Demo = true },
            TestArticles.Article(3, "Su-57 dalam sampel demo", "Sampel demo tentang Su-57.") with { Demo = true });
    }

    [Fact]
    public async Task SearchAsync_DemoArticlesIndexed_LeavesThemOutAndCountsOnlyTheRest()
    {
        await AddRealAndDemoAsync();

        var results = await _index.SearchAsync("Su-57");

        Assert.Equal(1, results.TotalHits);
        Assert.Equal(1, Assert.Single(results.Hits).ArticleId.Value);
    }

    [Fact]
    public async Task SearchAsync_DemoRunAsks_FindsDemoArticlesToo()
    {
        await AddRealAndDemoAsync();

        var results = await _index.Index.SearchAsync(new SearchQuery("Su-57") { IncludeDemo = true }, CancellationToken.None);

        Assert.Equal(3, results.TotalHits);
    }

    [Fact]
    public async Task SearchAsync_FiltersOnlyQuery_LeavesDemoArticlesOut()
    {
        await AddRealAndDemoAsync();

        var results = await _index.SearchAsync("source:" + TestArticles.DefaultSource);

        Assert.Equal([1L], results.Hits.Select(h => h.ArticleId.Value));
    }

    [Fact]
    public async Task DeleteAsync_DeletedArticles_AreGoneForEveryReader()
    {
        await AddRealAndDemoAsync();
        var other = _index.Open();

        await _index.Index.DeleteAsync([new ArticleId(2), new ArticleId(3), new ArticleId(99)], CancellationToken.None);

        Assert.Equal(1, await _index.Index.CountAsync(CancellationToken.None));
        Assert.Equal(1, (await other.SearchAsync(new SearchQuery("Su-57") { IncludeDemo = true }, CancellationToken.None)).TotalHits);
    }
}
