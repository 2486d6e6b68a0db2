using System.Runtime.CompilerServices;
using Airspace.Core.Articles;
using Airspace.Core.Search;
using Airspace.Search.Tests.Support;

namespace Airspace.Search.Tests;

public sealed class IndexLifecycleTests : IDisposable
{
    private readonly TempIndex index = new();

    public void Dispose() => index.Dispose();

    [Fact]
    public async Task IndexAsync_SameIdTwice_ReplacesTheDocument()
    {
        await index.AddAsync(TestArticles.Article(1, "Radar", "Radar baru."));
        await index.AddAsync(TestArticles.Article(1, "Sonar", "Sonar baru."));

        Assert.Equal(1, await index.Index.CountAsync(CancellationToken.None));
        Assert.Empty((await index.SearchAsync("radar")).Hits);
        Assert.Equal(1, Assert.Single((await index.SearchAsync("sonar")).Hits).ArticleId.Value);
    }

    [Fact]
    public async Task IndexAsync_SameIdTwiceInOneBatch_KeepsTheLast()
    {
        await index.Index.IndexAsync(
            [TestArticles.Article(1, "Radar", "Radar."), TestArticles.Article(1, "Sonar", "Sonar.")],
            CancellationToken.None);

        Assert.Equal(1, await index.Index.CountAsync(CancellationToken.None));
        Assert.Single((await index.SearchAsync("sonar")).Hits);
    }

    [Fact]
    public async Task IndexAsync_EmptyBatch_DoesNothing()
    {
        await index.Index.IndexAsync([], CancellationToken.None);

        Assert.Equal(0, await index.Index.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task RebuildAsync_NewArticles_ReplacesEverything()
    {
        await index.AddAsync(TestArticles.Article(1, "Radar", "Radar."), TestArticles.Article(2, "Radar", "Radar."));

        var count = await index.Index.RebuildAsync(
            Stream(TestArticles.Article(3, "Sonar", "Sonar."), TestArticles.Article(4, "Sonar", "Sonar."), SearchSamples.KimJongUnKnaaz(5)),
            CancellationToken.None);

        Assert.Equal(3, count);
        Assert.Equal(3, await index.Index.CountAsync(CancellationToken.None));
        Assert.Empty((await index.SearchAsync("radar")).Hits);
        Assert.Equal(2, (await index.SearchAsync("sonar")).TotalHits);
    }

    [Fact]
    public async Task RebuildAsync_NoArticles_LeavesEmptyIndex()
    {
        await index.AddAsync(SearchSamples.KimJongUnKnaaz());

        var count = await index.Index.RebuildAsync(Stream(), CancellationToken.None);

        Assert.Equal(0, count);
        Assert.Equal(0, await index.Index.CountAsync(CancellationToken.None));
        Assert.Empty((await index.SearchAsync("Su-57")).Hits);
    }

    [Fact]
    public async Task RebuildAsync_CancelledHalfway_KeepsPreviousIndexAndStaysWritable()
    {
        await index.AddAsync(TestArticles.Article(1, "Radar", "Radar."), TestArticles.Article(2, "Radar", "Radar."));
        using var cts = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            index.Index.RebuildAsync(CancelAfterFirst(cts, TestArticles.Article(3, "Sonar", "Sonar.")), cts.Token));

        Assert.Equal(2, (await index.SearchAsync("radar")).TotalHits);
        Assert.Empty((await index.SearchAsync("sonar")).Hits);
        await index.AddAsync(TestArticles.Article(4, "Sonar", "Sonar."));
        Assert.Equal(3, await index.Index.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task SearchAsync_SecondInstanceWhileFirstHoldsWriter_SeesCommittedArticles()
    {
        await index.AddAsync(SearchSamples.KimJongUnKnaaz(1));
        var reader = index.Open();

        var first = await reader.SearchAsync(new SearchQuery("Su-57"), CancellationToken.None);
        await index.AddAsync(TestArticles.Article(2, "Su-57 baru", "Su-57 baru dikirim."));
        var second = await reader.SearchAsync(new SearchQuery("Su-57"), CancellationToken.None);

        Assert.Equal(1, first.TotalHits);
        Assert.Equal(2, second.TotalHits);
        Assert.Equal(2, await reader.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task SearchAsync_ReadOnlyInstance_DoesNotTakeTheWriteLock()
    {
        var reader = index.Open();
        await reader.SearchAsync(new SearchQuery("Su-57"), CancellationToken.None);
        await reader.CountAsync(CancellationToken.None);

        // Would fail to obtain write.lock if the reader had opened a writer.
        await index.AddAsync(SearchSamples.KimJongUnKnaaz());

        Assert.Single((await reader.SearchAsync(new SearchQuery("Su-57"), CancellationToken.None)).Hits);
    }

    [Fact]
    public async Task IndexAsync_SecondWriterInstance_FailsWithClearMessage()
    {
        await index.AddAsync(SearchSamples.KimJongUnKnaaz(1));
        var other = index.Open();

        var error = await Assert.ThrowsAsync<SearchIndexLockedException>(() =>
            other.IndexAsync([SearchSamples.KimJongUnKnaaz(2)], CancellationToken.None));

        Assert.Contains("in use by another process", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchAsync_ConcurrentWithWrites_NeverThrows()
    {
        await index.AddAsync(SearchSamples.KimJongUnKnaaz(1));

        var writer = Task.Run(async () =>
        {
            for (var i = 2; i <= 20; i++)
            {
                await index.AddAsync(TestArticles.Article(i, $"Drone {i}", "Drone Su-57 terbang."));
            }
        });
        var searchers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 25; i++)
            {
                var results = await index.SearchAsync("Su-57 drone");
                Assert.NotEmpty(results.Hits);
            }
        }));
        await Task.WhenAll([writer, .. searchers]);

        Assert.Equal(20, (await index.SearchAsync("Su-57", take: 50)).TotalHits);
    }

    private static async IAsyncEnumerable<Article> Stream(params Article[] articles)
    {
        foreach (var article in articles)
        {
            await Task.Yield();
            yield return article;
        }
    }

    private static async IAsyncEnumerable<Article> CancelAfterFirst(
        CancellationTokenSource cts, Article first, [EnumeratorCancellation] CancellationToken ct = default)
    {
        yield return first;
        await cts.CancelAsync();
        ct.ThrowIfCancellationRequested();
        yield return first with { Id = new ArticleId(99) };
    }
}
