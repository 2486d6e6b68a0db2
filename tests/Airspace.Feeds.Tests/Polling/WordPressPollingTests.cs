using Airspace.Core.Articles;
using Airspace.Core.Publishing;
using Airspace.Feeds.Tests.Support;

namespace Airspace.Feeds.Tests.Polling;

/// <summary>A source pointed at a loopback WordPress-shaped site, polled through the real store and publisher.</summary>
public sealed class WordPressPollingTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
    private readonly TempDirectory _temp = new();
    private readonly CancellationToken _ct = CancellationToken.None;
    private FakeWordPressSite _site = null!;
    private FeedPipeline _bot = null!;

    public async Task InitializeAsync()
    {
        _site = await FakeWordPressSite.StartAsync(
            FakePost.Create(1, Now.AddDays(-3)), FakePost.Create(2, Now.AddDays(-2)), FakePost.Create(3, Now.AddDays(-1)));
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
    public async Task PollAsync_FirstPoll_ArchivesExistingPostsWithoutAlerting()
    {
        var stats = await _bot.Poller.PollAsync(TestSources.WordPress(_site.Root), _ct);

        Assert.Null(stats.Error);
        Assert.Equal(3, stats.QuietItems);
        Assert.Empty(await _bot.PublishAsync());
        var latest = await _bot.Get<IArticleStore>().LatestAsync(10, _ct);
        Assert.Equal(3, latest.Count);
        var newest = latest[0];
        Assert.Equal("Kabar penerbangan nomor 3", newest.Title);
        Assert.Equal(_site.Server.Url("/wp-content/uploads/post-3.jpg").AbsoluteUri, newest.ImageUrl);
        Assert.Equal("Roni Sontani", newest.Author);
        Assert.Contains("Berita", newest.Categories);
        Assert.Contains("Madiun", newest.Body);
        Assert.DoesNotContain("track(", newest.Body);
    }

    [Fact]
    public async Task PollAsync_NewPostAfterFirstPoll_OneAlertWithinOnePoll()
    {
        var source = TestSources.WordPress(_site.Root);
        await _bot.Poller.PollAsync(source, _ct);
        _site.Put(FakePost.Create(4, Now, "Pesawat tempur baru tiba di Madiun"));

        await _bot.Poller.PollAsync(source, _ct);
        var posts = await _bot.PublishAsync();
        await _bot.Poller.PollAsync(source, _ct);

        var post = Assert.Single(posts);
        Assert.Equal("Pesawat tempur baru tiba di Madiun", post.Article.Title);
        Assert.Equal(DeliveryKind.Post, post.Kind);
        Assert.Empty(await _bot.PublishAsync());
    }

    [Fact]
    public async Task PollAsync_EditedPost_EditsThePostedMessageInsteadOfReposting()
    {
        var source = TestSources.WordPress(_site.Root);
        await _bot.Poller.PollAsync(source, _ct);
        _site.Put(FakePost.Create(4, Now.AddMinutes(-10), "Judul awal"));
        await _bot.Poller.PollAsync(source, _ct);
        var posted = Assert.Single(await _bot.PublishAsync());

        _site.Put(_site.Get(4) with { Title = "Judul yang sudah dikoreksi", Modified = Now });
        var stats = await _bot.Poller.PollAsync(source, _ct);
        var edits = await _bot.PublishAsync();

        Assert.Equal(1, stats.ChangedItems);
        var edit = Assert.Single(edits);
        Assert.Equal(DeliveryKind.Edit, edit.Kind);
        Assert.Equal(posted.Article.Id, edit.Article.Id);
        Assert.Equal("Judul yang sudah dikoreksi", edit.Article.Title);
        Assert.Equal(4, await _bot.Get<IArticleStore>().CountAsync(_ct));
    }

    [Fact]
    public async Task PollAsync_AfterRestart_DuplicatesNothing()
    {
        var source = TestSources.WordPress(_site.Root);
        await _bot.Poller.PollAsync(source, _ct);
        _site.Put(FakePost.Create(4, Now));
        await _bot.Poller.PollAsync(source, _ct);
        Assert.Single(await _bot.PublishAsync());

        await _bot.DisposeAsync();
        _bot = FeedPipeline.Create(_temp.Path);
        var conditional = await _bot.Poller.PollAsync(source, _ct);
        _site.Put(FakePost.Create(5, Now.AddDays(-30)) with { Modified = Now.AddDays(-30) });
        var full = await _bot.Poller.PollAsync(source, _ct);

        Assert.True(conditional.NotModified);
        Assert.False(full.NotModified);
        Assert.Equal(0, full.NewItems);
        Assert.Equal(1, full.QuietItems);
        Assert.Empty(await _bot.PublishAsync());
        Assert.Equal(5, await _bot.Get<IArticleStore>().CountAsync(_ct));
    }

    [Fact]
    public async Task PollAsync_RemovedPost_KeepsTheArticleAndAlertsNothing()
    {
        var source = TestSources.WordPress(_site.Root);
        await _bot.Poller.PollAsync(source, _ct);
        _site.Remove(2);

        var stats = await _bot.Poller.PollAsync(source, _ct);

        Assert.Null(stats.Error);
        Assert.Empty(await _bot.PublishAsync());
        Assert.Equal(3, await _bot.Get<IArticleStore>().CountAsync(_ct));
    }

    [Fact]
    public async Task PollAsync_BurstLargerThanAPage_ReadsFurtherPagesAndMissesNothing()
    {
        await using var bot = FeedPipeline.Create(Path.Combine(_temp.Path, "burst"), new Dictionary<string, string?> { ["Airspace:Feeds:WordPressPageSize"] = "5" });
        await bot.SubscribeAsync();
        var source = TestSources.WordPress(_site.Root);
        await bot.Poller.PollAsync(source, _ct);
        for (var id = 10; id < 22; id++)
        {
            _site.Put(FakePost.Create(id, Now.AddMinutes(id - 30)));
        }

        var stats = await bot.Poller.PollAsync(source, _ct);
        var posts = await bot.PublishAsync();

        Assert.Equal(12, stats.NewItems);
        Assert.Equal(12, posts.Count);
        Assert.Equal(posts.OrderBy(p => p.Article.Published).Select(p => p.Article.Id), posts.Select(p => p.Article.Id));
    }

    [Fact]
    public async Task BackfillAsync_OlderPosts_ArchivesThemQuietlyAndTheFirstPollAddsNothing()
    {
        var source = TestSources.WordPress(_site.Root);

        var stats = await _bot.Poller.BackfillAsync(source, pages: 3, _ct);
        var poll = await _bot.Poller.PollAsync(source, _ct);

        Assert.Equal(3, stats.QuietItems);
        Assert.Equal(0, poll.NewItems + poll.QuietItems);
        Assert.Empty(await _bot.PublishAsync());
        Assert.Equal(3, await _bot.Get<IArticleStore>().CountAsync(_ct));
    }

    [Fact]
    public async Task BackfillAsync_ConfiguredPageSize_ReadsPagesOfThatSizeUntilAShortOne()
    {
        await using var bot = FeedPipeline.Create(Path.Combine(_temp.Path, "paged"), new Dictionary<string, string?> { ["Airspace:Feeds:WordPressPageSize"] = "2" });
        for (var id = 10; id < 14; id++)
        {
            _site.Put(FakePost.Create(id, Now.AddDays(-10 + id - 10)));
        }

        var stats = await bot.Poller.BackfillAsync(TestSources.WordPress(_site.Root), pages: 3, _ct);

        // 7 posts at 2 a page: pages 1..3 (the cap) hold 6; a page size of 100 would have read all 7 in one request.
        Assert.Equal(3, stats.Requests);
        Assert.Equal(6, stats.QuietItems);
    }

    [Fact]
    public async Task PollAsync_CategoryFilter_IngestsOnlyMatchingPosts()
    {
        _site.Put(FakePost.Create(7, Now.AddDays(-1)) with { Categories = ["Opini"] });
        var source = TestSources.WordPress(_site.Root) with { Categories = ["opini"] };

        await _bot.Poller.PollAsync(source, _ct);

        var only = Assert.Single(await _bot.Get<IArticleStore>().LatestAsync(10, _ct));
        Assert.Equal("Kabar penerbangan nomor 7", only.Title);
    }
}
