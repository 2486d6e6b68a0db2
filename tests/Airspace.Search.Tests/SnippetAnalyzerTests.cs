using Airspace.Search.Analysis;
using Airspace.Search.Tests.Support;

namespace Airspace.Search.Tests;

public sealed class SnippetAnalyzerTests : IDisposable
{
    private readonly SearchAnalyzers analyzers = new();
    private readonly TempIndex index = new();

    public void Dispose()
    {
        analyzers.Dispose();
        index.Dispose();
    }

    [Theory]
    [InlineData("mengunjungi", "kunjung")]
    [InlineData("pemimpin", "pimpin")]
    [InlineData("pesawat", "pesawat")]
    public void Terms_IndonesianWord_ExactFormAndStem(string word, string stem)
    {
        var terms = analyzers.SnippetsIndonesian.Terms(word);

        Assert.Contains(word, terms);
        Assert.Contains(stem, terms);
        Assert.Same(terms, analyzers.SnippetsIndonesian.Terms(word));
    }

    [Theory]
    [InlineData("pemimpin", "memimpin")]
    [InlineData("kunjungan", "mengunjungi")]
    [InlineData("Su-35", "Su-35S")]
    public async Task SearchAsync_RelatedForm_SnippetHighlightsTheWordInTheBody(string query, string highlighted)
    {
        await index.AddAsync(TestArticles.Article(
            1, "Berita", $"{SearchSamples.Filler(2)} Presiden {highlighted} latihan itu bersama Menteri Pertahanan."));

        var results = await index.SearchAsync(query);

        var hit = Assert.Single(results.Hits);
        Assert.Contains(hit.Snippet.Runs, r => r.Highlighted && r.Text == highlighted);
    }
}
