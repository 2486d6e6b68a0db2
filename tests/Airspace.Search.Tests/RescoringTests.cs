using Airspace.Core.Search;
using Airspace.Search.Querying;
using Airspace.Search.Tests.Support;

namespace Airspace.Search.Tests;

/// <summary>
/// The all-words, proximity and recency preferences rescore only the best hits of the word groups
/// (<see cref="RankingWeights.RescoreWindow"/>); hits past the window keep their first-pass order after them.
/// </summary>
public sealed class RescoringTests : IDisposable
{
    private readonly TempIndex index = new();

    public void Dispose() => index.Dispose();

    [Fact]
    public async Task SearchAsync_AdjacentArticlePastTheRescoreWindow_KeepsFirstPassOrder()
    {
        // The two articles tie on the word groups (same words, same length), so index order puts 1 first; only the
        // proximity preference lifts 2, and a window of one hit never rescores it.
        var filler = SearchSamples.Filler(3);
        await index.AddAsync(
            TestArticles.Article(1, "Berita", $"Kapal itu berlayar. {filler} Penyelam melihat selam malam."),
            TestArticles.Article(2, "Berita", $"Kapal selam itu berlayar. {filler} Penyelam melihat malam."));
        var narrow = index.Open(RankingWeights.Default with { RescoreWindow = 1 });

        var wide = await index.SearchAsync("kapal selam");
        var first = await narrow.SearchAsync(new SearchQuery("kapal selam"), CancellationToken.None);

        Assert.Equal([2L, 1L], wide.Hits.Select(h => h.ArticleId.Value));
        Assert.Equal([1L, 2L], first.Hits.Select(h => h.ArticleId.Value));
    }

    [Fact]
    public async Task SearchAsync_PagesSmallerAndLargerThanTheWindow_SameOrderAsOnePage()
    {
        // Twelve articles with both words, some adjacent (proximity), published on different days (recency).
        var filler = SearchSamples.Filler(1);
        await index.AddAsync([.. Enumerable.Range(1, 12).Select(i => TestArticles.Article(
            i,
            "Berita",
            i % 3 == 0 ? $"Kapal selam tiba. {filler}" : $"Kapal tiba. {SearchSamples.Filler(i % 4)} Selam malam.",
            published: new DateTimeOffset(2024, 1, 1, 8, 0, 0, TimeSpan.Zero).AddDays(i * 7 % 12)))]);
        var narrow = index.Open(RankingWeights.Default with { RescoreWindow = 4 });

        var whole = await narrow.SearchAsync(new SearchQuery("kapal selam", 0, 12), CancellationToken.None);
        List<long> paged = [];
        for (var skip = 0; skip < 12; skip += 3)
        {
            var page = await narrow.SearchAsync(new SearchQuery("kapal selam", skip, 3), CancellationToken.None);
            paged.AddRange(page.Hits.Select(h => h.ArticleId.Value));
        }

        Assert.Equal(12, whole.Hits.Count);
        Assert.Equal(whole.Hits.Select(h => h.ArticleId.Value), paged);
    }
}
