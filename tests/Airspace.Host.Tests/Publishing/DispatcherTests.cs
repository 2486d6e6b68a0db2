using Airspace.Core.Articles;
using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;
using Airspace.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Airspace.Host.Tests.Publishing;

/// <summary>
/// Planner and dispatcher over the real SQLite store, with a scripted platform and a fake clock (which never reaches
/// the claim lease, so a restart must not wait for it).
/// </summary>
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

    private Task<ArticleId> PublishAsync(string title) => _bot.PublishAsync(title);

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

    /// <summary>What a process killed mid-batch leaves behind: its claims, with most of the lease still to run.</summary>
    private Task<IReadOnlyList<Delivery>> ClaimAsKilledProcessAsync(string owner) =>
        _bot.Get<IDeliveryStore>().ClaimDueAsync(new DeliveryClaim { Owner = owner, Lane = null, Now = _time.GetUtcNow(), Max = 100, Lease = TimeSpan.FromMinutes(2) }, default);

    [Fact]
    public async Task RunAsync_ClaimsLeftByAKilledProcess_DeliveredAtOnceInOrderWithoutUsingAttempts()
    {
        await PublishAsync("Berita 1");
        await PublishAsync("Berita 2");
        await PublishAsync("Berita 3");
        Assert.Equal(6, (await ClaimAsKilledProcessAsync("host/4242/killed")).Count);

        using var stop = new CancellationTokenSource();
        var running = _bot.Get<DeliveryDispatcher>().RunAsync(stop.Token);
        var delivered = await Eventually.WaitUntilAsync(() => _telegram.Delivered.Count == 6);
        await stop.CancelAsync();
        await running;

        Assert.True(delivered, $"{_telegram.Delivered.Count} of 6 delivered while the killed process's lease still ran");
        Assert.Equal(["Berita 1", "Berita 2", "Berita 3"], _telegram.Delivered.Where(p => p.Address == First).Select(p => p.Article.Title));
        Assert.Equal(["Berita 1", "Berita 2", "Berita 3"], _telegram.Delivered.Where(p => p.Address == Second).Select(p => p.Article.Title));
        Assert.All(await _bot.Get<IDeliveryStore>().ListAsync(DeliveryStatus.Sent, 10, default), d => Assert.Equal(0, d.Attempts));
    }

    [Fact]
    public async Task RunOnce_FiveCrashesAndPlatformWaits_NeverUseUpAttempts()
    {
        // MaxAttempts is 3: five crashes and three waits would exhaust it many times over if they counted.
        _telegram.Script(
            First.ToString(),
            () => new SendOutcome.RetryAfter(TimeSpan.FromSeconds(5), "429"),
            () => new SendOutcome.RetryAfter(TimeSpan.FromSeconds(5), "429"),
            () => new SendOutcome.RetryAfter(TimeSpan.FromSeconds(5), "429"),
            () => new SendOutcome.TransientFailure("502 Bad Gateway"),
            () => new SendOutcome.TransientFailure("connection reset after the request was sent"));
        await PublishAsync("Berita tabah");

        for (var crash = 0; crash < 5; crash++)
        {
            Assert.Equal(2, (await ClaimAsKilledProcessAsync($"host/{crash}/killed")).Count);
            Assert.Equal(2, await _bot.Get<DeliveryDispatcher>().ReleaseDeadClaimsAsync(default));
        }

        for (var i = 0; i < 8; i++)
        {
            await _bot.Get<DeliveryDispatcher>().RunOnceAsync(default);
            _time.Advance(TimeSpan.FromMinutes(5));
        }

        Assert.Empty(await _bot.Get<IDeliveryStore>().ListAsync(DeliveryStatus.Failed, 10, default));
        var sent = (await _bot.Get<IDeliveryStore>().ListAsync(DeliveryStatus.Sent, 10, default)).Single(d => d.Address == First);
        Assert.Equal(2, sent.Attempts);
        Assert.Equal(1, _telegram.Delivered.Count(p => p.Address == First));
    }

    [Fact]
    public async Task RunOnce_ShutdownMidSendThenRestart_DeliversInOrderWithoutUsingAttempts()
    {
        var blocking = new BlockingSender(ChannelAddress.Discord);
        await using var bot = TestBot.Create(TestBot.Settings(_temp.Combine("shutdown"), _temp.Combine("no-samples")), services =>
        {
            services.AddSingleton<TimeProvider>(_time);
            services.AddSingleton<IChatSender>(blocking);
        });
        var channel = ChannelAddress.ForDiscord(7);
        await bot.Get<ISubscriptionStore>().AddAsync(channel, [], 0, default);
        foreach (var title in new[] { "Berita pagi", "Berita siang", "Berita malam" })
        {
            await bot.PublishAsync(title);
        }

        using (var shutdown = new CancellationTokenSource())
        {
            var dispatching = bot.Get<DeliveryDispatcher>().RunOnceAsync(shutdown.Token);
            Assert.True(await Eventually.WaitUntilAsync(() => !blocking.Started.IsEmpty));
            await shutdown.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dispatching);
        }

        // The next process: a new dispatcher (another owner) on the same store, and the platform answers again.
        blocking.Open();
        var restarted = ActivatorUtilities.CreateInstance<DeliveryDispatcher>(bot.Host.Services);
        await restarted.ReleaseDeadClaimsAsync(default);
        await restarted.RunOnceAsync(default);

        Assert.Equal(["Berita pagi", "Berita siang", "Berita malam"], blocking.Delivered.Select(p => p.Article.Title));
        Assert.All(await bot.Get<IDeliveryStore>().ListAsync(DeliveryStatus.Sent, 10, default), d => Assert.Equal(0, d.Attempts));
    }

    [Fact]
    public async Task RunOnce_SentMarkCannotBeStored_RestGivenBackInOrderAndTheSentOneRecordedWithoutResending()
    {
        await PublishAsync("Berita 1");
        await PublishAsync("Berita 2");
        await PublishAsync("Berita 3");
        var first = (await ListAsync(DeliveryStatus.Pending)).Where(d => d.Address == First).MinBy(d => d.Id.Value)!;
        await ExecuteAsync(
            "CREATE TRIGGER refuse_sent BEFORE UPDATE OF status ON deliveries WHEN NEW.status = 'sent' AND OLD.id = "
            + first.Id.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + " BEGIN SELECT RAISE(ABORT, 'disk hiccup'); END;");

        // The sent mark is retried on the (fake) clock: move it on a few seconds, far inside the 2-minute lease.
        var start = _time.GetUtcNow();
        var dispatching = DispatchAsync();
        while (!dispatching.IsCompleted)
        {
            if (_time.GetUtcNow() - start < TimeSpan.FromSeconds(10))
            {
                _time.Advance(TimeSpan.FromMilliseconds(100));
            }

            await Task.Delay(10);
        }

        await Assert.ThrowsAnyAsync<Exception>(() => dispatching);
        await ExecuteAsync("DROP TRIGGER refuse_sent");
        for (var batch = 0; batch < 10 && await DispatchAsync() > 0; batch++)
        {
        }

        Assert.Equal(["Berita 1", "Berita 2", "Berita 3"], _telegram.Delivered.Where(p => p.Address == First).Select(p => p.Article.Title));
        Assert.Empty(await ListAsync(DeliveryStatus.Pending));
        var sent = (await ListAsync(DeliveryStatus.Sent)).Single(d => d.Id == first.Id);
        Assert.Equal(0, sent.Attempts);
    }

    private Task ExecuteAsync(string sql) => RawSql.ExecuteAsync(Path.Combine(_temp.Combine("data"), "airspace.db"), sql);

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        _temp.Dispose();
    }
}
