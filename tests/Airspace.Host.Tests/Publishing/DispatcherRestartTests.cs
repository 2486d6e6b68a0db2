using Airspace.Core.Articles;
using Airspace.Core.Ingest;
using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;
using Airspace.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Airspace.Host.Tests.Publishing;

/// <summary>
/// The dispatcher after a crash or a shutdown, over the real SQLite store with a fake clock that never reaches the
/// claim lease: a dead process's claims must come back at once, in order, and no crash or wait uses up an attempt.
/// </summary>
public sealed class DispatcherRestartTests : IAsyncLifetime
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
        await _bot.Get<ISubscriptionStore>().AddAsync(First, [], 0, default);
        await _bot.Get<ISubscriptionStore>().AddAsync(Second, [], 0, default);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        _temp.Dispose();
    }

    private IDeliveryStore Deliveries => _bot.Get<IDeliveryStore>();

    private DeliveryDispatcher Dispatcher => _bot.Get<DeliveryDispatcher>();

    private async Task PublishAsync(string title)
    {
        await _bot.Get<ArticleIngestor>().IngestAsync(new ArticleDraft
        {
            Source = "test",
            ExternalId = title,
            Title = title,
            Text = $"{title} adalah berita uji. Pesawat tempur terbang di atas Jakarta pada hari Senin.",
        }, default);
        await _bot.Get<DeliveryPlanner>().RunOnceAsync(default);
    }

    /// <summary>What a process killed mid-batch leaves behind: its claims, with most of the lease still to run.</summary>
    private Task<IReadOnlyList<Delivery>> ClaimAsKilledProcessAsync(string owner) =>
        Deliveries.ClaimDueAsync(new DeliveryClaim { Owner = owner, Lane = null, Now = _time.GetUtcNow(), Max = 100, Lease = TimeSpan.FromMinutes(2) }, default);

    [Fact]
    public async Task RunAsync_ClaimsLeftByAKilledProcess_DeliveredAtOnceInOrderWithoutUsingAttempts()
    {
        await PublishAsync("Berita 1");
        await PublishAsync("Berita 2");
        await PublishAsync("Berita 3");
        Assert.Equal(6, (await ClaimAsKilledProcessAsync("host/4242/killed")).Count);

        using var stop = new CancellationTokenSource();
        var running = Dispatcher.RunAsync(stop.Token);
        var delivered = await Eventually.WaitUntilAsync(() => _telegram.Delivered.Count == 6);
        await stop.CancelAsync();
        await running;

        Assert.True(delivered, $"{_telegram.Delivered.Count} of 6 delivered while the killed process's lease still ran");
        Assert.Equal(["Berita 1", "Berita 2", "Berita 3"], _telegram.Delivered.Where(p => p.Address == First).Select(p => p.Article.Title));
        Assert.Equal(["Berita 1", "Berita 2", "Berita 3"], _telegram.Delivered.Where(p => p.Address == Second).Select(p => p.Article.Title));
        Assert.All(await Deliveries.ListAsync(DeliveryStatus.Sent, 10, default), d => Assert.Equal(0, d.Attempts));
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
            Assert.Equal(2, await Dispatcher.ReleaseDeadClaimsAsync(default));
        }

        for (var i = 0; i < 8; i++)
        {
            await Dispatcher.RunOnceAsync(default);
            _time.Advance(TimeSpan.FromMinutes(5));
        }

        Assert.Empty(await Deliveries.ListAsync(DeliveryStatus.Failed, 10, default));
        var sent = (await Deliveries.ListAsync(DeliveryStatus.Sent, 10, default)).Single(d => d.Address == First);
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
            await bot.Get<ArticleIngestor>().IngestAsync(new ArticleDraft { Source = "test", ExternalId = title, Title = title, Text = $"{title} adalah berita uji tentang pesawat." }, default);
        }

        await bot.Get<DeliveryPlanner>().RunOnceAsync(default);
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
}
