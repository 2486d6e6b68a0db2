using Airspace.Core.Commands;
using Airspace.Core.Sources;
using Airspace.Core.Subscriptions;
using Airspace.Feeds.Sources;
using Airspace.Feeds.Tests.Support;

namespace Airspace.Feeds.Tests.Polling;

/// <summary>Failing sources: backoff, Retry-After, unhealthy after repeated failures with one notice, isolation, recovery.</summary>
public sealed class SourceHealthTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
    private readonly TempDirectory _temp = new();
    private readonly CancellationToken _ct = CancellationToken.None;
    private FakeWordPressSite _site = null!;
    private FeedPipeline _bot = null!;

    public async Task InitializeAsync()
    {
        _site = await FakeWordPressSite.StartAsync(FakePost.Create(1, Now.AddDays(-1)));
        _bot = FeedPipeline.Create(_temp.Path, new Dictionary<string, string?> { ["Airspace:Feeds:Timeout"] = "00:00:01" });
        await _bot.SubscribeAsync();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _site.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task PollAsync_RepeatedFailures_MarksUnhealthyAndNotifiesEachChannelOnce()
    {
        var source = TestSources.WordPress(_site.Root);
        for (var i = 0; i < 5; i++)
        {
            _site.Script("/wp-json/", 500);
        }

        for (var i = 0; i < 5; i++)
        {
            await _bot.Poller.PollAsync(source, _ct);
        }

        var state = await _bot.StateAsync("review");
        Assert.Equal(SourceHealth.Unhealthy, state.Health);
        Assert.Equal(5, state.ConsecutiveFailures);
        Assert.Contains("HTTP 500", state.LastError, StringComparison.Ordinal);
        var notice = Assert.Single(_bot.Sender.Posts);
        Assert.Contains("review", notice.Article.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("HTTP 500", notice.Article.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", notice.Article.Summary, StringComparison.Ordinal);
        Assert.Equal(0, await _bot.Get<Airspace.Core.Articles.IArticleStore>().CountAsync(_ct));

        await _bot.Poller.PollAsync(source, _ct);
        var recovered = await _bot.StateAsync("review");
        Assert.Equal(SourceHealth.Healthy, recovered.Health);
        Assert.Null(recovered.LastError);
        Assert.Single(_bot.Sender.Posts);
    }

    [Fact]
    public async Task PollAsync_FailuresInARow_BackOffExponentially()
    {
        var source = TestSources.WordPress(_site.Root);
        var waits = new List<TimeSpan>();
        for (var i = 0; i < 3; i++)
        {
            _site.Script("/wp-json/", 503);
            await _bot.Poller.PollAsync(source, _ct);
            var state = await _bot.StateAsync("review");
            waits.Add(state.NextPollAt!.Value - state.LastPollAt!.Value);
        }

        // 5, 10 and 20 minutes, each spread by the ±25% jitter and never below the 5-minute interval.
        Assert.InRange(waits[0], TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(6.25));
        Assert.InRange(waits[1], TimeSpan.FromMinutes(7.5), TimeSpan.FromMinutes(12.5));
        Assert.InRange(waits[2], TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(25));
    }

    [Fact]
    public async Task PollAsync_TooManyRequestsWithRetryAfter_WaitsAsLongAsAsked()
    {
        _site.Script("/wp-json/", 429, retryAfter: TimeSpan.FromHours(2));

        var stats = await _bot.Poller.PollAsync(TestSources.WordPress(_site.Root), _ct);

        var state = await _bot.StateAsync("review");
        Assert.Contains("429", stats.Error, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromHours(2), state.NextPollAt!.Value - state.LastPollAt!.Value);
    }

    [Fact]
    public async Task PollAsync_SlowResponse_TimesOutWithAReason()
    {
        _site.Script("/wp-json/", 200, delay: TimeSpan.FromSeconds(10));

        var stats = await _bot.Poller.PollAsync(TestSources.WordPress(_site.Root), _ct);

        Assert.Contains("did not answer within", stats.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunOnceAsync_OneSourceFailing_OthersStillIngest()
    {
        await using var broken = await LoopbackServer.StartAsync(context => { context.Response.StatusCode = 500; return Task.CompletedTask; });
        var store = _bot.Get<ISourceStore>();
        await store.AddAsync(TestSources.Feed(broken.Url("/feed.xml?key=secret-token"), "broken") with { Stored = true }, _ct);
        await store.AddAsync(TestSources.WordPress(_site.Root, "good") with { Stored = true }, _ct);

        await _bot.Get<SourcePollLoop>().RunOnceAsync(_ct);

        Assert.Equal(1, await _bot.Get<Airspace.Core.Articles.IArticleStore>().CountAsync(_ct));
        var listing = await Sources(new OperatorsOptions())
            .ExecuteAsync(new CommandContext { Channel = ChannelAddress.ConsoleChannel, IsOperator = true }, CommandArguments.None, _ct);
        Assert.Contains("broken (Feed, 127.0.0.1, every 5 min)", listing.Text, StringComparison.Ordinal);
        Assert.Contains("HTTP 500", listing.Text, StringComparison.Ordinal);
        Assert.Contains("good (WordPress, 127.0.0.1, every 5 min) — healthy", listing.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-token", listing.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SourcesCommand_ChatUserWhoIsNotAnOperator_SeesNamesAndHealthOnly()
    {
        await using var broken = await PollBrokenSourceAsync();
        var operators = new OperatorsOptions();
        operators.Telegram.Add("42");
        var channel = ChannelAddress.ForTelegram(-100123);

        var user = await Sources(operators).ExecuteAsync(new CommandContext { Channel = channel, UserId = "7" }, CommandArguments.None, _ct);
        var admin = await Sources(operators).ExecuteAsync(
            new CommandContext { Channel = ChannelAddress.ForTelegram(42), UserId = "42", IsPrivate = true }, CommandArguments.None, _ct);

        Assert.Contains("broken (Feed, every 5 min)", user.Text, StringComparison.Ordinal);
        Assert.Contains("1 failure", user.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", user.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("internal", user.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("HTTP 500", user.Text, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1", admin.Text, StringComparison.Ordinal);
        Assert.Contains("HTTP 500", admin.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SourcesCommand_OperatorInAGroup_SeesNamesAndHealthOnly()
    {
        await using var broken = await PollBrokenSourceAsync();
        var operators = new OperatorsOptions();
        operators.Telegram.Add("42");
        operators.Discord.Add("42");

        var telegramGroup = await Sources(operators).ExecuteAsync(new CommandContext { Channel = ChannelAddress.ForTelegram(-100123), UserId = "42" }, CommandArguments.None, _ct);
        var discordChannel = await Sources(operators).ExecuteAsync(new CommandContext { Channel = ChannelAddress.ForDiscord(5), UserId = "42" }, CommandArguments.None, _ct);
        var discordDm = await Sources(operators).ExecuteAsync(new CommandContext { Channel = ChannelAddress.ForDiscord(6), UserId = "42", IsPrivate = true }, CommandArguments.None, _ct);

        Assert.Contains("broken (Feed, every 5 min)", telegramGroup.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", telegramGroup.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("HTTP 500", telegramGroup.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", discordChannel.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("HTTP 500", discordChannel.Text, StringComparison.Ordinal);
        Assert.Contains("HTTP 500", discordDm.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Telegram", "@someone")]
    [InlineData("Telegram", "-100123")]
    [InlineData("Discord", "abc")]
    public void Validate_OperatorIdThatIsNotAUserId_NamesTheKey(string platform, string id)
    {
        var options = new OperatorsOptions();
        (platform == "Telegram" ? options.Telegram : options.Discord).Add(id);

        Assert.StartsWith($"Airspace:Operators:{platform} must list", options.Validate());
    }

    [Fact]
    public void Includes_DiscordOperatorOnTelegram_NotAnOperatorThere()
    {
        var options = new OperatorsOptions();
        options.Discord.Add("42");

        Assert.False(options.Includes(new CommandContext { Channel = ChannelAddress.ForTelegram(5), UserId = "42" }));
        Assert.True(options.Includes(new CommandContext { Channel = ChannelAddress.ForDiscord(5), UserId = "42" }));
    }

    /// <summary>A source at an internal path that answers 500, polled once (it fails).</summary>
    private async Task<LoopbackServer> PollBrokenSourceAsync()
    {
        var broken = await LoopbackServer.StartAsync(context => { context.Response.StatusCode = 500; return Task.CompletedTask; });
        await _bot.Get<ISourceStore>().AddAsync(TestSources.Feed(broken.Url("/internal/feed.xml"), "broken") with { Stored = true }, _ct);
        await _bot.Get<SourcePollLoop>().RunOnceAsync(_ct);
        return broken;
    }

    private SourcesCommand Sources(OperatorsOptions operators) =>
        new(_bot.Get<ISourceCatalog>(), _bot.Get<ISourceAdmin>(), Microsoft.Extensions.Options.Options.Create(operators), Microsoft.Extensions.Logging.Abstractions.NullLogger<SourcesCommand>.Instance);
}
