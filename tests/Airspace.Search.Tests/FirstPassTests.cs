using Airspace.Core.Search;
using Airspace.Search.Querying;
using Airspace.Search.Tests.Support;

namespace Airspace.Search.Tests;

/// <summary>
/// When at least a window's worth of articles have every word, the first pass looks only among them
/// (<see cref="RankingWeights.AllWordsFirst"/>): the hits are those of the whole disjunction, and the count still
/// includes the articles with only some of the words, within the filters.
/// </summary>
public sealed class FirstPassTests : IDisposable
{
    private readonly TempIndex index = new();

    public void Dispose() => index.Dispose();

    [Fact]
    public async Task SearchAsync_MoreArticlesWithEveryWordThanTheWindow_SameHitsAndCountsArticlesWithSomeWords()
    {
        await AddAsync();
        var fast = index.Open(RankingWeights.Default with { RescoreWindow = 4 });
        var whole = index.Open(RankingWeights.Default with { RescoreWindow = 4, AllWordsFirst = false });

        var found = await fast.SearchAsync(new SearchQuery("kapal selam"), CancellationToken.None);
        var expected = await whole.SearchAsync(new SearchQuery("kapal selam"), CancellationToken.None);

        Assert.Equal(11, found.TotalHits);
        Assert.Equal(expected.TotalHits, found.TotalHits);
        Assert.Equal(expected.Hits.Select(h => h.ArticleId.Value), found.Hits.Select(h => h.ArticleId.Value));
        Assert.All(found.Hits, h => Assert.InRange(h.ArticleId.Value, 1, 6));
    }

    [Fact]
    public async Task SearchAsync_ManyWithEveryWordAndAFilter_CountsOnlyWhatTheFilterLetsThrough()
    {
        await AddAsync();
        var fast = index.Open(RankingWeights.Default with { RescoreWindow = 2 });

        var found = await fast.SearchAsync(new SearchQuery("kapal selam source:navy.example", 0, 2), CancellationToken.None);

        // Articles 1–4 have both words, 7 and 10 one of them; all on navy.example.
        Assert.Equal(6, found.TotalHits);
        Assert.All(found.Hits, h => Assert.InRange(h.ArticleId.Value, 1, 4));
    }

    [Fact]
    public async Task SearchAsync_ManyWithEveryWordAndDemoArticles_CountsNoDemoArticle()
    {
        await AddAsync();
        await index.AddAsync(
            TestArticles.Article(20, "Demo", "Kapal selam demo.") with { Demo = true },
            TestArticles.Article(21, "Demo", "Kapal demo.") with { Demo = true });
        var fast = index.Open(RankingWeights.Default with { RescoreWindow = 4 });

        var found = await fast.SearchAsync(new SearchQuery("kapal selam"), CancellationToken.None);

        Assert.Equal(11, found.TotalHits);
        Assert.DoesNotContain(found.Hits, h => h.ArticleId.Value >= 20);
    }

    /// <summary>Six articles with both words (1–4 on navy.example), five with one of them (7 and 10 on navy.example), two with neither.</summary>
    private Task AddAsync() => index.AddAsync(
    [
        .. Enumerable.Range(1, 6).Select(i => TestArticles.Article(
            i, "Berita", $"Kapal selam tiba. {SearchSamples.Filler(i % 3)}", source: i <= 4 ? "navy.example" : "other.example")),
        .. Enumerable.Range(7, 3).Select(i => TestArticles.Article(
            i, "Berita", $"Kapal tiba. {SearchSamples.Filler(1)}", source: i == 7 ? "navy.example" : "other.example")),
        .. Enumerable.Range(10, 2).Select(i => TestArticles.Article(
            i, "Berita", $"Penyelam selam malam. {SearchSamples.Filler(1)}", source: i == 10 ? "navy.example" : "other.example")),
        TestArticles.Article(12, "Berita", $"Cuaca cerah. {SearchSamples.Filler(1)}"),
        TestArticles.Article(13, "Berita", $"Pasar ramai. {SearchSamples.Filler(2)}"),
    ]);
}
