using Airspace.Search.Querying;
using Airspace.Search.Tests.Support;

namespace Airspace.Search.Tests;

public sealed class FilterTests : IDisposable
{
    private readonly TempIndex index = new();

    public void Dispose() => index.Dispose();

    [Theory]
    [InlineData("radar source:airspace-review.com", new long[] { 1, 3 })]
    [InlineData("radar source:AIRSPACE-REVIEW.COM", new long[] { 1, 3 })]
    [InlineData("radar sumber:antaranews", new long[] { 2 })]
    [InlineData("radar source:antaranews source:airspace-review.com", new long[] { 1, 2, 3 })]
    [InlineData("radar source:\"CNN Indonesia\"", new long[] { 4 })]
    [InlineData("radar source:kompas", new long[0])]
    [InlineData("radar category:militer", new long[] { 1, 2 })]
    [InlineData("radar kategori:Teknologi", new long[] { 3 })]
    [InlineData("radar after:2023-01-01", new long[] { 2, 3, 4 })]
    [InlineData("radar after:2023-06", new long[] { 3, 4 })]
    [InlineData("radar before:2023-01-01", new long[] { 1 })]
    [InlineData("radar after:2023 before:2023-09-15", new long[] { 2, 3 })]
    [InlineData("radar sejak:2023-09-14 source:airspace-review.com", new long[] { 3 })]
    [InlineData("radar sejak:2023-09-15 source:airspace-review.com", new long[0])]
    public async Task SearchAsync_WithFilters_OnlyMatchingArticles(string query, long[] expected)
    {
        await AddFourAsync();

        var results = await index.SearchAsync(query, take: 10);

        Assert.Equal(expected.Order(), results.Hits.Select(h => h.ArticleId.Value).Order());
        Assert.Equal(expected.Length, results.TotalHits);
        Assert.Null(results.Notice);
    }

    [Fact]
    public async Task SearchAsync_OnlyFilters_NewestFirst()
    {
        await AddFourAsync();

        var results = await index.SearchAsync("after:2022-01-01", take: 10);

        Assert.Equal([4L, 3L, 2L, 1L], results.Hits.Select(h => h.ArticleId.Value));
        Assert.Null(results.Notice);
    }

    [Fact]
    public async Task SearchAsync_UnreadableDate_IgnoredWithNotice()
    {
        await AddFourAsync();

        var results = await index.SearchAsync("radar after:kemarin", take: 10);

        Assert.Equal(4, results.TotalHits);
        Assert.Contains(FilterSyntax.BadDateNotice("after", "kemarin"), results.Notice);
    }

    [Fact]
    public async Task SearchAsync_FilterWordInsideText_NotAFilter()
    {
        await index.AddAsync(TestArticles.Article(1, "Radar", "Radar baru dipasang.", source: "other"));

        var results = await index.SearchAsync("radar opensource:x");

        Assert.Single(results.Hits);
    }

    [Theory]
    [InlineData("2023-09-15", 2023, 9, 15)]
    [InlineData("2023-09", 2023, 9, 1)]
    [InlineData("2023", 2023, 1, 1)]
    public void ParseDate_Formats_StartOfUtcPeriod(string value, int year, int month, int day)
    {
        Assert.Equal(new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero), FilterSyntax.ParseDate(value));
    }

    [Theory]
    [InlineData("15-09-2023")]
    [InlineData("2023-13-01")]
    [InlineData("kemarin")]
    public void ParseDate_Unreadable_Null(string value)
    {
        Assert.Null(FilterSyntax.ParseDate(value));
    }

    private Task AddFourAsync() => index.AddAsync(
        TestArticles.Article(1, "Radar lama", "Radar lama dipensiunkan.", source: "airspace-review.com",
            categories: ["Militer"], published: new DateTimeOffset(2022, 5, 1, 0, 0, 0, TimeSpan.Zero)),
        TestArticles.Article(2, "Radar pantai", "Radar pantai dipasang.", source: "antaranews",
            categories: ["militer"], published: new DateTimeOffset(2023, 3, 1, 0, 0, 0, TimeSpan.Zero)),
        TestArticles.Article(3, "Radar AESA", "Radar AESA diuji.", source: "airspace-review.com",
            categories: ["Teknologi"], published: new DateTimeOffset(2023, 9, 14, 23, 0, 0, TimeSpan.Zero)),
        TestArticles.Article(4, "Radar cuaca", "Radar cuaca diperbarui.", source: "CNN Indonesia",
            categories: ["Sains"], published: new DateTimeOffset(2023, 9, 20, 0, 0, 0, TimeSpan.Zero)));
}
