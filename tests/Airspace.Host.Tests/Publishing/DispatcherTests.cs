using Airspace.Core.Articles;
using Airspace.Core.Ingest;
using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;
using Airspace.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Airspace.Host.Tests.Publishing;

/// <summary>Planner and dispatcher over the real SQLite store, with a scripted platform and a fake clock.</summary>
public sealed class DispatcherTests : IAsyncLifetime
{
    private static readonly ChannelAddress First = ChannelAddress.ForTelegram(-1001);
    private static readonly ChannelAddress Second = ChannelAddress.ForTelegram(-1002);

    private readonly TempDirectory _temp = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero));
    private readonly ScriptedSender _telegram = new(ChannelAddress.Telegram);
    private TestBot _bot = null!;

    public async Task InitializeAsync()
    {
        var settings = TestBot.Settings(_temp.Combine("data"), _temp.Combine("no-samples"));
        settings["Airspace:Dispatcher:MaxAttempts"] = "3";
        _bot = TestBot.Create(settings, services =>
        {
            services.AddSingleton<TimeProvider>(_time);
            services.AddSingleton<IChatSender>(_telegram);
        });
        var subscriptions = _bot.Get<ISubscriptionStore>();
        await subscriptions.AddAsync(First, [], 0, default);
        await subscriptions.AddAsync(Second, [], 0, default);
    }

    private async Task<ArticleId> PublishAsync(string title)
    {
        var result = await _bot.Get<ArticleIngestor>().IngestAsync(new ArticleDraft
        {
            Source = "test",
            ExternalId = title,
            Title = title,
            Text = $"{title} adalah berita uji. Pesawat tempur terbang di atas Jakarta pada hari Senin.",
        }, default);
        await _bot.Get<DeliveryPlanner>().RunOnceAsync(default);
        return result.Outcome!.Value.Id;
    }

    private Task<int> DispatchAsync() => _bot.Get<DeliveryDispatcher>().RunOnceAsync(default);

    private Task<IReadOnlyList<Delivery>> ListAsync(DeliveryStatus status) => _bot.Get<IDeliveryStore>().ListAsync(status, 100, default);

    [Fact]
    public async Task RunOnce_TwoSubscribedChannels_EachGetsTheArticleOnce()
    {
        await PublishAsync("Berita satu");

        await DispatchAsync();
        await DispatchAsync();

        Assert.Equal([First.ToString(), Second.ToString()], _telegram.Delivered.Select(p => p.Address.ToString()).Order());
        Assert.Equal(2, (await ListAsync(DeliveryStatus.Sent)).Count);
    }

    [Fact]
    public async Task RunOnce_RetryAfter_WaitsThenDeliversOnceWithoutHoldingUpOtherChannel()
    {
        _telegram.Script(First.ToString(), () => new SendOutcome.RetryAfter(TimeSpan.FromSeconds(30), "429 Too Many Requests"));
        await PublishAsync("Berita dua");

        await DispatchAsync();
        Assert.Equal([Second.ToString()], _telegram.Delivered.Select(p => p.Address.ToString()));

        _time.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(0, await DispatchAsync());
        _time.Advance(TimeSpan.FromSeconds(1));
        await DispatchAsync();

        Assert.Equal(1, _telegram.Delivered.Count(p => p.Address == First));
        Assert.Equal(3, _telegram.Attempts.Count);
    }

    [Fact]
    public async Task RunOnce_RetryAfter_LaterPostsToSameChannelWaitInOrder()
    {
        _telegram.Script(First.ToString(), () => new SendOutcome.RetryAfter(TimeSpan.FromSeconds(10), "429"));
        await PublishAsync("Berita pertama");
        await PublishAsync("Berita kedua");

        await DispatchAsync();
        Assert.Equal(2, _telegram.Attempts.Count(p => p.Address == Second));
        Assert.Equal(1, _telegram.Attempts.Count(p => p.Address == First));

        _time.Advance(TimeSpan.FromSeconds(10));
        await DispatchAsync();

        Assert.Equal(["Berita pertama", "Berita kedua"], _telegram.Delivered.Where(p => p.Address == First).Select(p => p.Article.Title));
    }

    [Fact]
    public async Task RunOnce_PlatformAsksToWaitManyTimes_NeverGivesUp()
    {
        // Far more platform-directed waits than MaxAttempts (3): waiting is not failing.
        _telegram.Script(First.ToString(), [.. Enumerable.Repeat<Func<SendOutcome>>(() => new SendOutcome.RetryAfter(TimeSpan.FromSeconds(5), "429"), 40)]);
        await PublishAsync("Berita sabar");

        for (var i = 0; i < 42; i++)
        {
            await DispatchAsync();
            _time.Advance(TimeSpan.FromSeconds(5));
        }

        Assert.Equal(1, _telegram.Delivered.Count(p => p.Address == First));
        Assert.Empty(await ListAsync(DeliveryStatus.Failed));
    }

    [Fact]
    public async Task RunOnce_QueuedBehindWaitsAndUnconfiguredPlatform_DoNotUseUpAttempts()
    {
        await _bot.Get<ISubscriptionStore>().AddAsync(ChannelAddress.ForDiscord(42), [], 0, default);
        _telegram.Script(First.ToString(), () => new SendOutcome.RetryAfter(TimeSpan.FromSeconds(10), "429"), () => new SendOutcome.RetryAfter(TimeSpan.FromSeconds(10), "429"));
        await PublishAsync("Berita satu");
        await PublishAsync("Berita dua");

        for (var i = 0; i < 5; i++)
        {
            await DispatchAsync();
            _time.Advance(TimeSpan.FromMinutes(11));
        }

        var waiting = (await ListAsync(DeliveryStatus.Pending)).Where(d => d.Address.Platform == ChannelAddress.Discord).ToList();
        Assert.Equal(2, waiting.Count);
        Assert.All(waiting, d => Assert.Equal(0, d.Attempts));
        Assert.Equal(2, _telegram.Delivered.Count(p => p.Address == First));
    }

    [Fact]
    public async Task RunOnce_BusyChannel_SendsAtMostItsShareAndTheRestInOrderNextBatch()
    {
        for (var i = 1; i <= 13; i++)
        {
            await PublishAsync($"Berita nomor {i:00}");
        }

        await DispatchAsync();
        Assert.Equal(10, _telegram.Delivered.Count(p => p.Address == First));
        Assert.All((await ListAsync(DeliveryStatus.Pending)).Where(d => d.Address == First), d => Assert.Equal(0, d.Attempts));

        await DispatchAsync();

        var titles = _telegram.Delivered.Where(p => p.Address == First).Select(p => p.Article.Title).ToList();
        Assert.Equal(Enumerable.Range(1, 13).Select(i => $"Berita nomor {i:00}"), titles);
    }

    [Fact]
    public async Task RunOnce_ChannelGone_DisablesSubscriptionWithReasonAndStopsPosting()
    {
        _telegram.Script(First.ToString(), () => new SendOutcome.ChannelGone("Forbidden: bot was kicked from the group chat"));
        await PublishAsync("Berita tiga");

        await DispatchAsync();
        await PublishAsync("Berita empat");
        await DispatchAsync();

        var subscription = await _bot.Get<ISubscriptionStore>().FindAsync(First, default);
        Assert.False(subscription!.Enabled);
        Assert.Contains("kicked", subscription.DisabledReason, StringComparison.Ordinal);
        Assert.Equal(1, _telegram.Attempts.Count(p => p.Address == First));
        Assert.Equal(2, _telegram.Delivered.Count(p => p.Address == Second));
    }

    [Fact]
    public async Task RunOnce_TransientFailuresBeyondMaxAttempts_MarksFailedWithReason()
    {
        _telegram.Script(First.ToString(), () => new SendOutcome.TransientFailure("502 Bad Gateway"), () => new SendOutcome.TransientFailure("502 Bad Gateway"), () => new SendOutcome.TransientFailure("502 Bad Gateway"));
        await PublishAsync("Berita lima");

        for (var i = 0; i < 5; i++)
        {
            await DispatchAsync();
            _time.Advance(TimeSpan.FromMinutes(5));
        }

        var failed = Assert.Single(await ListAsync(DeliveryStatus.Failed));
        Assert.Equal(First, failed.Address);
        Assert.Contains("502 Bad Gateway", failed.LastError, StringComparison.Ordinal);
        Assert.Equal(3, _telegram.Attempts.Count(p => p.Address == First));
        Assert.True((await _bot.Get<ISubscriptionStore>().FindAsync(First, default))!.Enabled);
    }

    [Fact]
    public async Task RunOnce_SenderThrows_RetriedLaterAndThenDelivered()
    {
        _telegram.Script(First.ToString(), () => throw new HttpRequestException("connection refused"));
        await PublishAsync("Berita enam");

        await DispatchAsync();
        Assert.Single(await ListAsync(DeliveryStatus.Pending));
        _time.Advance(TimeSpan.FromMinutes(1));
        await DispatchAsync();

        Assert.Equal(1, _telegram.Delivered.Count(p => p.Address == First));
        Assert.Empty(await ListAsync(DeliveryStatus.Pending));
    }

    [Fact]
    public async Task RunOnce_PlatformNotConfigured_KeepsDeliveryPendingWithReason()
    {
        await _bot.Get<ISubscriptionStore>().AddAsync(ChannelAddress.ForDiscord(42), [], 0, default);
        await PublishAsync("Berita tujuh");

        await DispatchAsync();

        var pending = Assert.Single(await ListAsync(DeliveryStatus.Pending));
        Assert.Equal("discord:42", pending.Address.ToString());
        Assert.Contains("discord is not configured", pending.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_KeywordSubscription_OnlyMatchingArticlesArePosted()
    {
        var keywords = ChannelAddress.ForTelegram(-1003);
        await _bot.Get<ISubscriptionStore>().AddAsync(keywords, ["Su-57"], 0, default);

        await PublishAsync("Rusia pamerkan Su-57 baru");
        await PublishAsync("Cuaca cerah di Bandung");
        await DispatchAsync();

        Assert.Equal(["Rusia pamerkan Su-57 baru"], _telegram.Delivered.Where(p => p.Address == keywords).Select(p => p.Article.Title));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        _temp.Dispose();
    }
}
