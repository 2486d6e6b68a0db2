using Airspace.Search.Tests.Support;

namespace Airspace.Search.Tests;

public sealed class SearchMatchingTests : IDisposable
{
    private readonly TempIndex index = new();

    public void Dispose() => index.Dispose();

    [Theory]
    [InlineData("dikunjungi")]
    [InlineData("mengunjungi")]
    [InlineData("kunjungan")]
    [InlineData("DIKUNJUNGI")]
    public async Task SearchAsync_InflectedIndonesianWord_FindsArticle(string query)
    {
        await index.AddAsync(SearchSamples.KimJongUnKnaaz(id: 7));

        var results = await index.SearchAsync(query);

        Assert.Equal(7, Assert.Single(results.Hits).ArticleId.Value);
    }

    [Theory]
    [InlineData("Presiden mengunjungi pangkalan udara.", "dikunjungi")]
    [InlineData("Pangkalan udara dikunjungi presiden.", "mengunjungi")]
    [InlineData("Wartawan menulis laporan panjang.", "ditulis")]
    [InlineData("Pabrik itu memukul mundur pesaing.", "dipukul")]
    [InlineData("Pengiriman jet tempur tertunda.", "dikirim")]
    public async Task SearchAsync_OtherVoiceOfNasalPrefixVerb_FindsArticle(string body, string query)
    {
        await index.AddAsync(TestArticles.Article(1, "Berita", body));

        var results = await index.SearchAsync(query);

        Assert.Single(results.Hits);
    }

    [Theory]
    [InlineData("Su-57")]
    [InlineData("Su-35S")]
    [InlineData("su-35s")]
    [InlineData("KnAAZ")]
    [InlineData("Komsomolsk-on-Amur")]
    public async Task SearchAsync_DesignationInArticle_FindsArticle(string query)
    {
        await index.AddAsync(SearchSamples.KimJongUnKnaaz());

        var results = await index.SearchAsync(query);

        Assert.Single(results.Hits);
    }

    [Theory]
    [InlineData("F-16")]
    [InlineData("Su-27")]
    [InlineData("KF-21")]
    public async Task SearchAsync_DesignationNotInArticle_FindsNothing(string query)
    {
        await index.AddAsync(SearchSamples.KimJongUnKnaaz());

        var results = await index.SearchAsync(query);

        Assert.Equal(0, results.TotalHits);
        Assert.Empty(results.Hits);
    }

    [Fact]
    public async Task SearchAsync_DesignationPartsFarApart_FindsNothing()
    {
        await index.AddAsync(TestArticles.Article(1, "Latihan", "Pesawat Su-30 terbang 57 kali bersama F-15."));

        var results = await index.SearchAsync("Su-57");

        Assert.Empty(results.Hits);
    }

    [Theory]
    [InlineData("\"kerja sama\"")]
    [InlineData("\u201Ckerja sama\u201D")]
    [InlineData("\"kerja sama militer\"")]
    public async Task SearchAsync_QuotedPhraseInOrder_FindsArticle(string query)
    {
        await index.AddAsync(SearchSamples.KimJongUnKnaaz());

        var results = await index.SearchAsync(query);

        Assert.Single(results.Hits);
    }

    [Theory]
    [InlineData("\"sama kerja\"")]
    [InlineData("\u201Csama kerja\u201D")]
    [InlineData("\"militer kerja sama\"")]
    public async Task SearchAsync_QuotedPhraseOutOfOrder_FindsNothing(string query)
    {
        await index.AddAsync(SearchSamples.KimJongUnKnaaz());

        var results = await index.SearchAsync(query);

        Assert.Equal(0, results.TotalHits);
    }

    [Theory]
    [InlineData("engine")]
    [InlineData("engines")]
    [InlineData("upgrading")]
    public async Task SearchAsync_EnglishInflection_FindsEnglishArticle(string query)
    {
        await index.AddAsync(
            SearchSamples.KimJongUnKnaaz(id: 1),
            TestArticles.Article(2, "Typhoon upgrade", "The Eurofighter engines were upgraded last year.", language: "en"));

        var results = await index.SearchAsync(query);

        Assert.Equal(2, Assert.Single(results.Hits).ArticleId.Value);
    }

    [Fact]
    public async Task SearchAsync_EnglishStopWordsAroundWord_FindsArticle()
    {
        await index.AddAsync(TestArticles.Article(2, "Typhoon", "The engines of the Eurofighter were upgraded.", language: "en"));

        var results = await index.SearchAsync("the engine of a typhoon");

        Assert.Single(results.Hits);
        Assert.Null(results.Notice);
    }

    [Fact]
    public async Task SearchAsync_NoIndexYet_ReturnsEmpty()
    {
        var results = await index.SearchAsync("Su-57");

        Assert.Equal(0, results.TotalHits);
        Assert.Empty(results.Hits);
    }

    [Fact]
    public async Task CountAsync_NoIndexYet_ReturnsZero()
    {
        Assert.Equal(0, await index.Index.CountAsync(CancellationToken.None));
    }
}
