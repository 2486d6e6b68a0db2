using Airspace.Core.Publishing;
using Airspace.Core.Schedules;
using Airspace.Core.Subscriptions;
using Airspace.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Airspace.Host.Tests.Publishing;

/// <summary>
/// Digests and quiet hours through the composed planner, digest scheduler and dispatcher over the real SQLite store,
/// with a scripted platform and a fake clock. Airspace:TimeZone is Asia/Jakarta; the clock starts at 15:00 there.
/// </summary>
public sealed class DigestDispatchTests : IAsyncLifetime
{
    private static readonly ChannelAddress Digest = ChannelAddress.ForTelegram(-1001);
    private static readonly ChannelAddress Quiet = ChannelAddress.ForTelegram(-1002);

    private readonly TempDirectory _temp = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero));
    private readonly ScriptedSender _telegram = new(ChannelAddress.Telegram);
    private TestBot _bot = null!;

    public async Task InitializeAsync()
    {
        var settings = TestBot.Settings(_temp.Combine("data"), _temp.Combine("no-samples"));
        settings["Airspace:TimeZone"] = "Asia/Jakarta";
        _bot = TestBot.Create(settings, services =>
        {
            services.AddSingleton<TimeProvider>(_time);
            services.AddSingleton<IChatSender>(_telegram);
        });
        var subscriptions = _bot.Get<ISubscriptionStore>();
        await subscriptions.AddAsync(Digest, [], 0, default);
        await subscriptions.SetScheduleAsync(Digest, new SubscriptionSchedule { Digest = new TimeOnly(7, 0) }, default);
        await subscriptions.AddAsync(Quiet, [], 0, default);
        await subscriptions.SetScheduleAsync(Quiet, new SubscriptionSchedule { Quiet = new QuietHours(new TimeOnly(22, 0), new TimeOnly(6, 0)) }, default);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        _temp.Dispose();
    }

    private Task<int> DispatchAsync() => _bot.Get<DeliveryDispatcher>().RunOnceAsync(default);

    [Fact]
    public async Task RunOnce_DigestInTwoPartsWithAWaitBetween_EachPartOnceAndTheArticlesInOrder()
    {
        var first = await _bot.PublishAsync("Berita pagi");
        var second = await _bot.PublishAsync("Berita siang");
        await DispatchAsync();
        Assert.DoesNotContain(_telegram.Attempts, p => p.Address == Digest); // the digest subscription gets no alert
        _telegram.Attempts.Clear();
        _telegram.Delivered.Clear();
        _telegram.Script(Digest.ToString(),
            () => new SendOutcome.PartSent("501"),
            () => new SendOutcome.RetryAfter(TimeSpan.FromSeconds(30), "429"));

        _time.Advance(TimeSpan.FromHours(16)); // 07:00 in Jakarta
        Assert.Equal(1, await _bot.Get<DigestScheduler>().RunOnceAsync(default));
        await DispatchAsync();
        var waiting = Assert.Single(await _bot.Get<IDeliveryStore>().ListAsync(DeliveryStatus.Pending, 10, default));
        _time.Advance(TimeSpan.FromSeconds(30));
        await DispatchAsync();

        var attempts = _telegram.Attempts.Where(p => p.Address == Digest).ToList();
        Assert.Equal([null, "501", "501"], attempts.Select(p => p.MessageId));
        Assert.All(attempts, p => Assert.Equal([first, second], p.Digest.Select(a => a.Id)));
        Assert.Equal(DeliveryKind.Digest, waiting.Kind);
        Assert.Equal("501", waiting.MessageId);
        Assert.Single(await _bot.Get<IDeliveryStore>().ListAsync(DeliveryStatus.Sent, 10, default), d => d.Kind == DeliveryKind.Digest);
    }

    [Fact]
    public async Task RunOnce_DigestClaimLostBetweenParts_StopsAndLeavesTheRestToTheNewOwner()
    {
        await _bot.PublishAsync("Berita pagi");
        await _bot.PublishAsync("Berita siang");
        await DispatchAsync();
        _telegram.Attempts.Clear();
        var store = _bot.Get<IDeliveryStore>();
        _telegram.Script(Digest.ToString(),
            () =>
            {
                // Part one took longer than the lease: another replica claimed the digest meanwhile.
                _time.Advance(TimeSpan.FromMinutes(3));
                var taken = store.ClaimDueAsync(new DeliveryClaim { Owner = "replica-2", Lane = null, Now = _time.GetUtcNow(), Max = 10, Lease = TimeSpan.FromMinutes(2) }, default).GetAwaiter().GetResult();
                Assert.Contains(taken, d => d.Kind == DeliveryKind.Digest);
                return new SendOutcome.PartSent("501:1");
            },
            () => new SendOutcome.Delivered("502"));

        _time.Advance(TimeSpan.FromHours(16)); // 07:00 in Jakarta
        Assert.Equal(1, await _bot.Get<DigestScheduler>().RunOnceAsync(default));
        await DispatchAsync();

        Assert.Single(_telegram.Attempts, p => p.Address == Digest);
        var digest = Assert.Single(await store.ListAsync(DeliveryStatus.Pending, 10, default), d => d.Kind == DeliveryKind.Digest);
        Assert.Equal("replica-2", digest.ClaimedBy);
        Assert.Null(digest.MessageId);
    }

    [Fact]
    public async Task RunOnce_AlertsInQuietHours_HeldUntilTheWindowEndsThenSentInOrder()
    {
        _time.Advance(TimeSpan.FromHours(8)); // 23:00 in Jakarta
        await _bot.PublishAsync("Berita malam satu");
        await _bot.PublishAsync("Berita malam dua");

        Assert.Equal(0, await DispatchAsync());
        _time.Advance(TimeSpan.FromHours(6.9));
        Assert.Equal(0, await DispatchAsync());
        _time.Advance(TimeSpan.FromHours(0.1)); // 06:00
        await DispatchAsync();

        Assert.Equal(["Berita malam satu", "Berita malam dua"], _telegram.Delivered.Where(p => p.Address == Quiet).Select(p => p.Article.Title));
    }
}
