using Airspace.Search.Querying;
using Airspace.Search.Tests.Support;

namespace Airspace.Search.Tests;

public sealed class QueryRobustnessTests : IDisposable
{
    private readonly TempIndex index = new();

    public void Dispose() => index.Dispose();

    public static TheoryData<string> HostileQueries() =>
    [
        "F-16 OR",
        "OR",
        "AND",
        "NOT",
        "AND OR NOT",
        "\"unbalanced",
        "unbalanced\"",
        "\"",
        "\"\"",
        "\"\"\"",
        "title:",
        "title:Su-57",
        ":",
        "(((",
        ")))",
        "[}{]",
        "*",
        "?",
        "Su-*",
        "\\",
        "\\\"",
        "+-",
        "-",
        "--Su-57--",
        "+Rusia -Korea",
        "~^!&&||",
        "\uD83D\uDE00\uD83D\uDE80\u2708\uFE0F",
        "\uD800 broken \uDFFF surrogates",
        "Su-57 \u0000\u0007\u001B[31m\u007F",
        "\t\r\n",
        "",
        "   ",
    ];

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task SearchAsync_HostileQuery_ReturnsResultsWithoutThrowing(string query)
    {
        await index.AddAsync(SearchSamples.KimJongUnKnaaz());

        var results = await index.SearchAsync(query);

        Assert.InRange(results.Hits.Count, 0, 1);
        Assert.Equal(results.Hits.Count, results.TotalHits);
    }

    [Fact]
    public async Task SearchAsync_NullText_ReturnsEmptyWithNotice()
    {
        await index.AddAsync(SearchSamples.KimJongUnKnaaz());

        var results = await index.Index.SearchAsync(new(null!), CancellationToken.None);

        Assert.Empty(results.Hits);
        Assert.NotNull(results.Notice);
    }

    [Theory]
    [InlineData("title:Su-57")]
    [InlineData("+Su-57")]
    [InlineData("Su-57 OR")]
    [InlineData("(Su-57)")]
    [InlineData("Su-57*")]
    [InlineData("\"Su-57")]
    [InlineData("\uD83D\uDE80Su-57\uD83D\uDE80")]
    public async Task SearchAsync_WordWrappedInSyntax_SearchesTheWord(string query)
    {
        await index.AddAsync(SearchSamples.KimJongUnKnaaz());

        var results = await index.SearchAsync(query);

        Assert.Single(results.Hits);
    }

    [Theory]
    [InlineData("title:Su-57")]
    [InlineData("Su-57 OR Su-35S")]
    [InlineData("Su-5*")]
    [InlineData("-Korea")]
    public async Task SearchAsync_OperatorSyntax_ExplainsItWasIgnored(string query)
    {
        await index.AddAsync(SearchSamples.KimJongUnKnaaz());

        var results = await index.SearchAsync(query);

        Assert.Contains(UserQueryParser.OperatorsNotice, results.Notice);
    }

    [Theory]
    [InlineData("yang dan di")]
    [InlineData("the of and")]
    [InlineData("yang OR the")]
    [InlineData("(((")]
    [InlineData("*")]
    [InlineData("\uD83D\uDE00\uD83D\uDE80")]
    public async Task SearchAsync_NothingSearchable_ReturnsEmptyWithNotice(string query)
    {
        await index.AddAsync(SearchSamples.KimJongUnKnaaz());

        var results = await index.SearchAsync(query);

        Assert.Equal(0, results.TotalHits);
        Assert.Empty(results.Hits);
        Assert.Contains(SearchQueryCompiler.NothingSearchableNotice, results.Notice);
    }

    [Fact]
    public async Task SearchAsync_BlankQuery_ReturnsEmptyWithNotice()
    {
        await index.AddAsync(SearchSamples.KimJongUnKnaaz());

        var results = await index.SearchAsync("  ");

        Assert.Empty(results.Hits);
        Assert.Equal(SearchQueryCompiler.EmptyQueryNotice, results.Notice);
    }

    [Fact]
    public async Task SearchAsync_TenThousandCharacters_TruncatesWithNotice()
    {
        await index.AddAsync(SearchSamples.KimJongUnKnaaz());

        var results = await index.SearchAsync("Su-57 " + new string('x', 10_000));

        Assert.Single(results.Hits);
        Assert.Contains(UserQueryParser.TooLongNotice, results.Notice);
    }

    [Fact]
    public async Task SearchAsync_FiveHundredTerms_UsesFirstSixteenWithNotice()
    {
        await index.AddAsync(SearchSamples.KimJongUnKnaaz());
        var query = "Su-57 " + string.Join(' ', Enumerable.Range(0, 499).Select(i => $"w{i}"));

        var results = await index.SearchAsync(query);

        Assert.Single(results.Hits);
        Assert.Contains(SearchQueryCompiler.TooManyWordsNotice, results.Notice);
        Assert.Contains(UserQueryParser.TooLongNotice, results.Notice);
    }

    [Fact]
    public async Task SearchAsync_QuotedPhraseOverSixteenWords_TruncatesWithNotice()
    {
        await index.AddAsync(SearchSamples.KimJongUnKnaaz());

        var results = await index.SearchAsync("\"" + string.Join(' ', Enumerable.Repeat("kerja sama", 12)) + "\"");

        Assert.Empty(results.Hits);
        Assert.Contains(SearchQueryCompiler.TooManyWordsNotice, results.Notice);
    }

    [Fact]
    public async Task SearchAsync_EmojiAroundWords_FindsArticle()
    {
        await index.AddAsync(SearchSamples.KimJongUnKnaaz());

        var results = await index.SearchAsync("\u2708\uFE0F Su-57 \uD83D\uDE80");

        Assert.Single(results.Hits);
    }

    [Fact]
    public async Task SearchAsync_UnmatchedQuote_SearchesWordsWithNotice()
    {
        await index.AddAsync(SearchSamples.KimJongUnKnaaz());

        var results = await index.SearchAsync("\"kerja militer");

        Assert.Single(results.Hits);
        Assert.Contains(UserQueryParser.UnmatchedQuoteNotice, results.Notice);
    }
}
