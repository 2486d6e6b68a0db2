using Airspace.Search.Tests.Support;

namespace Airspace.Search.Tests;

/// <summary>The Indonesian analysis tuned for aviation and defence news: stem fixes, verb/noun pairs, designations.</summary>
public sealed class DomainAnalysisTests : IDisposable
{
    private readonly TempIndex index = new();

    public void Dispose() => index.Dispose();

    [Theory]
    [InlineData("Presiden memimpin rapat kabinet di istana.", "pemimpin")]
    [InlineData("Rapat itu dipimpin langsung oleh presiden.", "pemimpin")]
    [InlineData("Pemimpin Korea Utara tiba di Rusia.", "pimpinan")]
    [InlineData("Pesawatnya mendarat darurat di Halim.", "pesawat")]
    [InlineData("Kunjungan presiden ke pabrik berlangsung singkat.", "mengunjungi")]
    [InlineData("Presiden mengunjungi pabrik pesawat.", "kunjungan")]
    [InlineData("Pengebom strategis itu terbang di atas Laut Jepang.", "bom")]
    public async Task SearchAsync_RelatedIndonesianForm_FindsArticle(string body, string query)
    {
        await index.AddAsync(TestArticles.Article(1, "Berita", body));

        var results = await index.SearchAsync(query);

        Assert.Single(results.Hits);
    }

    [Theory]
    [InlineData("Polisi memindahkan tahanan ke penjara baru.", "pertahanan")]
    [InlineData("Kementerian Pertahanan membeli radar baru.", "tahanan")]
    [InlineData("Ia datang sebagai peserta lomba.", "serta")]
    [InlineData("Warga menyisir pantai mencari sampah.", "pesisir")]
    public async Task SearchAsync_WordTheStockStemmerWouldMerge_FindsNothing(string body, string query)
    {
        await index.AddAsync(TestArticles.Article(1, "Berita", body));

        var results = await index.SearchAsync(query);

        Assert.Empty(results.Hits);
    }

    [Theory]
    [InlineData("Su-35S")]
    [InlineData("su35s")]
    [InlineData("SU 35S")]
    [InlineData("Su-35")]
    [InlineData("35S")]
    [InlineData("F-16")]
    [InlineData("F16")]
    [InlineData("KF-21")]
    [InlineData("KF21")]
    [InlineData("KF")]
    public async Task SearchAsync_DesignationWholeOrByParts_FindsArticle(string query)
    {
        await index.AddAsync(TestArticles.Article(
            1, "Jet tempur di Asia", "TNI AU membandingkan Su-35S, F-16V Block 72 dan KF-21 Boramae dalam latihan."));

        var results = await index.SearchAsync(query);

        Assert.Single(results.Hits);
    }

    [Theory]
    [InlineData("Su-35S")]
    [InlineData("F-16V")]
    [InlineData("Su-3")]
    public async Task SearchAsync_MoreSpecificDesignationThanInArticle_FindsNothing(string query)
    {
        await index.AddAsync(TestArticles.Article(1, "Jet tempur", "Rusia memamerkan Su-35 dan F-16 bekas di pameran."));

        var results = await index.SearchAsync(query);

        Assert.Empty(results.Hits);
    }

    [Fact]
    public async Task SearchAsync_DesignationQuery_SnippetHighlightsWholeDesignation()
    {
        await index.AddAsync(SearchSamples.KimJongUnKnaaz());

        var results = await index.SearchAsync("Su-35");

        var hit = Assert.Single(results.Hits);
        Assert.Contains(hit.Snippet.Runs, r => r.Highlighted && r.Text.StartsWith("Su-35", StringComparison.Ordinal));
    }
}
