using Airspace.Search.Tests.Support;

namespace Airspace.Search.Tests;

/// <summary>
/// The short-query preferences of issue 12 on small hand-made indexes. In each test the article that should lose is
/// indexed first, so an exact tie (which keeps index order) would put it first.
/// </summary>
public sealed class RankingPreferenceTests : IDisposable
{
    private readonly TempIndex index = new();

    public void Dispose() => index.Dispose();

    [Fact]
    public async Task SearchAsync_WordAsTypedAndOnlyItsStem_ExactFormRanksFirst()
    {
        // "terhubung" (connected) and "perhubungan" (transport) share the stem "hubung"; the stemmed-only article
        // says it more often and is much shorter, which is what BM25 rewards.
        await index.AddAsync(
            TestArticles.Article(1, "Jaringan desa", "Desa itu kini terhubung. Sekolah terhubung, kantor terhubung."),
            TestArticles.Article(2, "Jalan baru", SearchSamples.Filler(8) + " Pejabat perhubungan meninjau jalan itu."));
        await AddOthersAsync();

        var results = await index.SearchAsync("perhubungan");

        Assert.Equal([2L, 1L], results.Hits.Select(h => h.ArticleId.Value));
    }

    [Fact]
    public async Task SearchAsync_AllWordsAsTypedAgainstOneOnlyStemmed_AllAsTypedRanksFirst()
    {
        await index.AddAsync(
            TestArticles.Article(1, "Desa dan internet", "Kementerian memastikan desa terhubung. Sekolah terhubung, kantor terhubung."),
            TestArticles.Article(2, "Rapat di Jakarta", SearchSamples.Filler(4) + " Kementerian mengundang dinas perhubungan ke rapat."));
        await AddOthersAsync();

        var results = await index.SearchAsync("kementerian perhubungan");

        Assert.Equal(2, results.Hits[0].ArticleId.Value);
    }

    [Fact]
    public async Task SearchAsync_QueryWordsAdjacentInOneArticleScatteredInAnother_AdjacentRanksFirst()
    {
        var filler = SearchSamples.Filler(3);
        await index.AddAsync(
            TestArticles.Article(1, "Berita", $"Kapal itu berlayar. {filler} Penyelam melihat selam malam."),
            TestArticles.Article(2, "Berita", $"Kapal selam itu berlayar. {filler} Penyelam melihat malam."));

        var results = await index.SearchAsync("kapal selam");

        Assert.Equal([2L, 1L], results.Hits.Select(h => h.ArticleId.Value));
    }

    [Fact]
    public async Task SearchAsync_QueryWithStopWordInOrderInOneArticle_ThatArticleRanksFirst()
    {
        // "dalam" is a stop word: it matches no word group, but the phrase of the query as typed keeps it, so
        // "menteri dalam negeri" beats an article that says "menteri" and "negeri" more often, near each other.
        var filler = SearchSamples.Filler(3);
        await index.AddAsync(
            TestArticles.Article(1, "Berita", $"Menteri luar negeri bertemu menteri negeri tetangga. {filler}"),
            TestArticles.Article(2, "Berita", $"{filler} Menteri dalam negeri meninjau desa."));
        await AddOthersAsync();

        var results = await index.SearchAsync("menteri dalam negeri");

        Assert.Equal([2L, 1L], results.Hits.Select(h => h.ArticleId.Value));
    }

    [Fact]
    public async Task SearchAsync_QueryAsTypedInOneArticlesLead_ThatArticleRanksFirst()
    {
        var filler = SearchSamples.Filler(2);
        await index.AddAsync(
            TestArticles.Article(1, "Berita", $"{filler} Kapal selam itu berlayar. Kapal baru dan kapal lama ikut."),
            TestArticles.Article(2, "Berita", $"Kapal selam itu berlayar. {filler} Kapal lain menunggu."));
        await AddOthersAsync();

        var results = await index.SearchAsync("kapal selam");

        Assert.Equal([2L, 1L], results.Hits.Select(h => h.ArticleId.Value));
    }

    [Fact]
    public async Task SearchAsync_WordInTitleAgainstWordOftenInBody_TitleMatchRanksFirst()
    {
        await index.AddAsync(
            TestArticles.Article(1, "Latihan di Natuna", SearchSamples.Filler(2) + " Radar, radar, radar dan radar lagi diuji di sana."),
            TestArticles.Article(2, "Radar baru TNI AU", SearchSamples.Filler(2) + " Radar itu diuji."));

        var results = await index.SearchAsync("radar");

        Assert.Equal([2L, 1L], results.Hits.Select(h => h.ArticleId.Value));
    }

    [Fact]
    public async Task SearchAsync_NoArticleHasEveryWord_PartialMatchesStillReturned()
    {
        await index.AddAsync(
            TestArticles.Article(1, "Rafale", "Rafale tiba di Indonesia."),
            TestArticles.Article(2, "Meteor", "Rudal Meteor diuji."));

        var results = await index.SearchAsync("rafale meteor boramae");

        Assert.Equal(2, results.TotalHits);
    }

    [Fact]
    public async Task SearchAsync_SameTextPublishedOnDifferentDays_NewerRanksFirst()
    {
        var body = SearchSamples.Filler(2) + " Rafale tiba di Indonesia.";
        await index.AddAsync(
            TestArticles.Article(1, "Rafale tiba", body, published: new DateTimeOffset(2024, 1, 1, 8, 0, 0, TimeSpan.Zero)),
            TestArticles.Article(2, "Rafale tiba", body, published: new DateTimeOffset(2024, 3, 1, 8, 0, 0, TimeSpan.Zero)));

        var results = await index.SearchAsync("rafale");

        Assert.Equal([2L, 1L], results.Hits.Select(h => h.ArticleId.Value));
    }

    /// <summary>Articles with none of the query words, half as long as the long article under test.</summary>
    private Task AddOthersAsync() => index.AddAsync(
        [.. Enumerable.Range(100, 20).Select(id => TestArticles.Article(id, "Cuaca hari ini", SearchSamples.Filler(4)))]);
}
