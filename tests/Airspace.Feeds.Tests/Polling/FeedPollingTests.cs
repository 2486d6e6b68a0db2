using Airspace.Core.Articles;
using Airspace.Feeds.Tests.Support;

namespace Airspace.Feeds.Tests.Polling;

/// <summary>An RSS source with excerpts only, from the same loopback site: full text, dedup across sources, conditional GET.</summary>
public sealed class FeedPollingTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
    private readonly TempDirectory _temp = new();
    private readonly CancellationToken _ct = CancellationToken.None;
    private FakeWordPressSite _site = null!;
    private FeedPipeline _bot = null!;

    public async Task InitializeAsync()
    {
        _site = await FakeWordPressSite.StartAsync(FakePost.Create(1, Now.AddDays(-2)), FakePost.Create(2, Now.AddDays(-1)));
        _bot = FeedPipeline.Create(_temp.Path);
        await _bot.SubscribeAsync();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _site.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task PollAsync_ExcerptOnlyItems_StoresTheArticlePagesMainTextAndImage()
    {
        await _bot.Poller.PollAsync(TestSources.Feed(_site.FeedUrl), _ct);

        var article = (await _bot.Get<IArticleStore>().LatestAsync(1, _ct))[0];
        Assert.Contains("skadron udara di Madiun", article.Body);
        Assert.Contains("pelatihan di luar negeri", article.Body);
        Assert.Equal(_site.Server.Url("/wp-content/uploads/post-2-og.jpg").AbsoluteUri, article.ImageUrl);
        foreach (var junk in new[] { "page script", "track(", "handler", "junk-style-marker", "Iklan", "Beranda" })
        {
            Assert.DoesNotContain(junk, article.Body);
            Assert.DoesNotContain(junk, article.Summary);
        }
    }

    [Fact]
    public async Task PollAsync_SameStoryInFeedAndWordPressSource_IsOneArticlePostedOnce()
    {
        var feed = TestSources.Feed(_site.FeedUrl);
        var api = TestSources.WordPress(_site.Root);
        await _bot.Poller.PollAsync(feed, _ct);
        await _bot.Poller.PollAsync(api, _ct);
        _site.Put(FakePost.Create(3, Now, "Satu berita dari dua sumber"));

        await _bot.Poller.PollAsync(feed, _ct);
        await _bot.Poller.PollAsync(api, _ct);
        var posts = await _bot.PublishAsync();

        Assert.Single(posts);
        Assert.Equal(3, await _bot.Get<IArticleStore>().CountAsync(_ct));
    }

    [Fact]
    public async Task PollAsync_UnchangedFeed_IsAConditionalGetAnswered304()
    {
        var feed = TestSources.Feed(_site.FeedUrl);
        await _bot.Poller.PollAsync(feed, _ct);

        var second = await _bot.Poller.PollAsync(feed, _ct);

        Assert.True(second.NotModified);
        var last = _site.Server.Exchanges.Last(e => e.Path.StartsWith("/feed/", StringComparison.Ordinal));
        Assert.Equal(304, last.Status);
        Assert.Equal(0, last.BodyBytes);
        Assert.True(last.RequestHeaders.ContainsKey("If-Modified-Since"));
        Assert.StartsWith("Airspace/", last.RequestHeaders["User-Agent"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task PollAsync_NonLocalSourceOnLoopback_IsRefusedBeforeAnyRequest()
    {
        var stats = await _bot.Poller.PollAsync(TestSources.Feed(_site.FeedUrl) with { Local = false }, _ct);

        Assert.NotNull(stats.Error);
        Assert.Contains("loopback", stats.Error, StringComparison.Ordinal);
        Assert.Empty(_site.Server.Exchanges);
    }
}
