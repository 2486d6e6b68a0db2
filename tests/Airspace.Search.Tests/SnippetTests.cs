using Airspace.Core.Text;
using Airspace.Search.Tests.Support;

namespace Airspace.Search.Tests;

public sealed class SnippetTests : IDisposable
{
    private readonly TempIndex index = new();

    public void Dispose() => index.Dispose();

    [Theory]
    [InlineData("pabrik", "pabrik")]
    [InlineData("Manturov", "Manturov")]
    [InlineData("Su-57", "Su-57")]
    [InlineData("Su-35S", "Su-35S")]
    [InlineData("\"kerja sama\"", "kerja sama")]
    public async Task SearchAsync_MatchInBody_SnippetHighlightsTheMatch(string query, string expected)
    {
        await index.AddAsync(SearchSamples.KimJongUnKnaaz());

        var snippet = (await index.SearchAsync(query)).Hits.Single().Snippet;

        Assert.Contains(snippet.Runs, r => r.Highlighted && string.Equals(r.Text, expected, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task SearchAsync_StemmedMatch_SnippetHighlightsTheInflectedWord()
    {
        await index.AddAsync(SearchSamples.KimJongUnKnaaz());

        var snippet = (await index.SearchAsync("dikunjungi")).Hits.Single().Snippet;

        var highlighted = snippet.Runs.Where(r => r.Highlighted).Select(r => r.Text.ToLowerInvariant()).ToList();
        Assert.NotEmpty(highlighted);
        Assert.All(highlighted, text => Assert.Contains("unjung", text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SearchAsync_SampleArticle_SnippetIsPlainTextOfSensibleLength()
    {
        var body = SearchSamples.SampleBody();
        await index.AddAsync(SearchSamples.KimJongUnKnaaz());

        var snippet = (await index.SearchAsync("Peskov")).Hits.Single().Snippet;

        var text = snippet.ToString();
        Assert.InRange(text.Length, 160, 230);
        Assert.DoesNotContain('<', text);
        Assert.DoesNotContain('\n', text);
        Assert.Equal(string.Concat(snippet.Runs.Select(r => r.Text)), text);
        foreach (var run in snippet.Runs.Where(r => r.Highlighted))
        {
            Assert.Contains(run.Text, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SearchAsync_BodyWithMarkupCharacters_SnippetRunsKeepTextVerbatim()
    {
        await index.AddAsync(TestArticles.Article(1, "Uji", "Nilai <b>radar</b> & \"sonar\" naik."));

        var snippet = (await index.SearchAsync("radar")).Hits.Single().Snippet;

        Assert.Equal("Nilai <b>radar</b> & \"sonar\" naik.", snippet.ToString());
        Assert.Equal("radar", Assert.Single(snippet.Runs, r => r.Highlighted).Text);
    }

    [Fact]
    public async Task SearchAsync_TitleOnlyMatch_SnippetIsStartOfBodyUnhighlighted()
    {
        var body = "Latihan bersama. " + SearchSamples.Filler(6);
        await index.AddAsync(TestArticles.Article(1, "Radar baru untuk TNI AU", body));

        var snippet = (await index.SearchAsync("radar")).Hits.Single().Snippet;

        Assert.DoesNotContain(snippet.Runs, r => r.Highlighted);
        Assert.StartsWith("Latihan bersama. Pesawat itu", snippet.ToString(), StringComparison.Ordinal);
        Assert.InRange(snippet.ToString().Length, 160, 230);
    }

    [Fact]
    public async Task SearchAsync_MatchDeepInLongBody_SnippetIsWindowAroundIt()
    {
        var body = SearchSamples.Filler(20) + " Di sana radar baru diuji. " + SearchSamples.Filler(20);
        await index.AddAsync(TestArticles.Article(1, "Berita", body));

        var snippet = (await index.SearchAsync("radar")).Hits.Single().Snippet;

        var text = snippet.ToString();
        Assert.InRange(text.Length, 160, 230);
        Assert.StartsWith("\u2026", text, StringComparison.Ordinal);
        Assert.EndsWith("\u2026", text, StringComparison.Ordinal);
        Assert.Equal("radar", Assert.Single(snippet.Runs, r => r.Highlighted).Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("ab ")]
    [InlineData("abc")]
    public async Task SearchAsync_BodyFullOfEmoji_SnippetNeverSplitsSurrogatePair(string prefix)
    {
        var emoji = string.Concat(Enumerable.Repeat("\uD83D\uDE80", 150));
        await index.AddAsync(
            TestArticles.Article(1, "Radar", prefix + emoji + emoji),
            TestArticles.Article(2, "Berita", prefix + emoji + " sonar " + prefix + emoji + emoji));

        var titleOnly = (await index.SearchAsync("radar")).Hits.Single().Snippet;
        var bodyMatch = (await index.SearchAsync("sonar")).Hits.Single().Snippet;

        AssertWellFormed(titleOnly);
        AssertWellFormed(bodyMatch);
        Assert.Equal("sonar", Assert.Single(bodyMatch.Runs, r => r.Highlighted).Text);
    }

    [Fact]
    public async Task SearchAsync_EnglishArticle_SnippetHighlightsStemmedMatch()
    {
        await index.AddAsync(TestArticles.Article(1, "Typhoon", "The Eurofighter engines were upgraded.", language: "en"));

        var snippet = (await index.SearchAsync("engine")).Hits.Single().Snippet;

        Assert.Equal("engines", Assert.Single(snippet.Runs, r => r.Highlighted).Text);
    }

    private static void AssertWellFormed(HighlightedText snippet)
    {
        foreach (var run in snippet.Runs)
        {
            for (var i = 0; i < run.Text.Length; i++)
            {
                if (char.IsHighSurrogate(run.Text[i]))
                {
                    Assert.True(i + 1 < run.Text.Length && char.IsLowSurrogate(run.Text[i + 1]), "Lone high surrogate");
                    i++;
                }
                else
                {
                    Assert.False(char.IsLowSurrogate(run.Text[i]), "Lone low surrogate");
                }
            }
        }
    }
}
