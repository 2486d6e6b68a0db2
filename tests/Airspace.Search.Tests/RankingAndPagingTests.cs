using Airspace.Core.Search;
using Airspace.Search.Tests.Support;

namespace Airspace.Search.Tests;

public sealed class RankingAndPagingTests : IDisposable
{
    private readonly TempIndex index = new();

    public void Dispose() => index.Dispose();

    [Fact]
    public async Task SearchAsync_WordInOneTitleAndAnotherBody_TitleMatchRanksFirst()
    {
        // The body match is indexed first, so a tie would put it first.
        await index.AddAsync(
            TestArticles.Article(1, "Latihan bersama di Natuna", SearchSamples.Filler(3) + " Radar baru ikut diuji."),
            TestArticles.Article(2, "Radar baru untuk TNI AU", SearchSamples.Filler(3)));

        var results = await index.SearchAsync("radar");

        Assert.Equal([2L, 1L], results.Hits.Select(h => h.ArticleId.Value));
    }

    [Fact]
    public async Task SearchAsync_OneDocumentHasAllTerms_ItRanksAboveDocumentsWithSomeTerms()
    {
        // Article 1 is saturated with one term (title and body); article 3 mentions both terms once in a long body.
        await index.AddAsync(
            TestArticles.Article(1, "Rafale Rafale", string.Join(' ', Enumerable.Repeat("Rafale", 30))),
            TestArticles.Article(2, "Meteor", "Rudal Meteor Meteor diuji."),
            TestArticles.Article(3, "Berita", SearchSamples.Filler(10) + " Rafale membawa Meteor. " + SearchSamples.Filler(10)));

        var results = await index.SearchAsync("rafale meteor");

        Assert.Equal(3, results.TotalHits);
        Assert.Equal(3, results.Hits[0].ArticleId.Value);
    }

    [Fact]
    public async Task SearchAsync_MoreMatchedTerms_RankHigher()
    {
        await index.AddAsync(
            TestArticles.Article(1, "Rafale", "Rafale Rafale Rafale."),
            TestArticles.Article(2, "Berita", SearchSamples.Filler(5) + " Rafale dan Meteor."),
            TestArticles.Article(3, "Berita", SearchSamples.Filler(5) + " Rafale, Meteor dan Scalp."));

        var results = await index.SearchAsync("rafale meteor scalp");

        Assert.Equal([3L, 2L, 1L], results.Hits.Select(h => h.ArticleId.Value));
    }

    [Fact]
    public async Task SearchAsync_SkipAndTake_PagesThroughAllHits()
    {
        await index.AddAsync(Drones(7));

        var first = await index.SearchAsync("drone", skip: 0, take: 3);
        var second = await index.SearchAsync("drone", skip: 3, take: 3);
        var third = await index.SearchAsync("drone", skip: 6, take: 3);
        var beyond = await index.SearchAsync("drone", skip: 10, take: 3);

        Assert.All([first, second, third, beyond], r => Assert.Equal(7, r.TotalHits));
        Assert.Equal([3, 3, 1, 0], new[] { first, second, third, beyond }.Select(r => r.Hits.Count));
        var ids = new[] { first, second, third }.SelectMany(r => r.Hits).Select(h => h.ArticleId.Value).ToList();
        Assert.Equal(7, ids.Distinct().Count());
    }

    [Theory]
    [InlineData(0, 0, 1)]
    [InlineData(0, -3, 1)]
    [InlineData(0, 500, 50)]
    [InlineData(-5, 2, 2)]
    [InlineData(int.MaxValue, 5, 0)]
    public async Task SearchAsync_OutOfRangePaging_IsClamped(int skip, int take, int expectedHits)
    {
        await index.AddAsync(Drones(60));

        var results = await index.SearchAsync("drone", skip, take);

        Assert.Equal(60, results.TotalHits);
        Assert.Equal(expectedHits, results.Hits.Count);
    }

    [Fact]
    public async Task SearchAsync_Hits_AreOrderedByScore()
    {
        await index.AddAsync(
            SearchSamples.KimJongUnKnaaz(1),
            TestArticles.Article(2, "Putin", "Putin bertemu Kim."),
            TestArticles.Article(3, "Berita", SearchSamples.Filler(4) + " Kim hadir."));

        var results = await index.SearchAsync("Kim Putin");

        Assert.Equal(results.Hits.OrderByDescending(h => h.Score).Select(h => h.ArticleId), results.Hits.Select(h => h.ArticleId));
    }

    private static Core.Articles.Article[] Drones(int count) =>
        Enumerable.Range(1, count)
            .Select(i => TestArticles.Article(i, $"Berita {i}", $"Drone nomor {i} terbang. " + SearchSamples.Filler(i % 4)))
            .ToArray();
}
