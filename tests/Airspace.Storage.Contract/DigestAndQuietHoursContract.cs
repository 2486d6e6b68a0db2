using Airspace.Core;
using Airspace.Core.Articles;
using Airspace.Core.Publishing;
using Airspace.Core.Schedules;
using Airspace.Core.Subscriptions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Airspace.Storage.Contract;

/// <summary>
/// Digests and quiet hours over a provider's real outbox, driven by the fake clock (<see cref="StoreHarness.Start"/>
/// is 08:00 UTC, 15:00 in Asia/Jakarta).
/// </summary>
public abstract class DigestAndQuietHoursContract(StoreHarness db) : IDisposable
{
    private static readonly ChannelAddress Telegram = ChannelAddress.ForTelegram(-1001);
    private static readonly DeliveryFilter All = (_, _) => true;

    private readonly StoreHarness _db = db;
    private readonly SubscriptionClock _clock = new(Options.Create(new ScheduleOptions { TimeZone = "Asia/Jakarta" }));
    private readonly CancellationToken _ct = CancellationToken.None;

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task PlanAsync_DigestSubscription_KeepsArticlesForTheDigestInsteadOfPosting()
    {
        await SubscribeAsync(new SubscriptionSchedule { Digest = new TimeOnly(7, 0) });
        await Insert("Satu");
        await Insert("Dua");

        await PlanAsync();

        Assert.Empty(await _db.Deliveries.ListAsync(DeliveryStatus.Pending, 10, _ct));
    }

    [Fact]
    public async Task RunOnceAsync_DigestTimeCome_OneDigestListingTheArticlesInOrder()
    {
        await SubscribeAsync(new SubscriptionSchedule { Digest = new TimeOnly(7, 0) });
        var first = await Insert("Satu");
        var second = await Insert("Dua");
        await PlanAsync();
        var scheduler = Scheduler();

        _db.Time.Advance(TimeSpan.FromHours(16)); // 07:00 next day in Jakarta
        Assert.Equal(1, await scheduler.RunOnceAsync(_ct));

        var digest = Assert.Single(await _db.Deliveries.ListAsync(DeliveryStatus.Pending, 10, _ct));
        Assert.Equal(DeliveryKind.Digest, digest.Kind);
        Assert.Equal([first, second], await _db.Deliveries.DigestArticlesAsync(digest.Id, _ct));
        Assert.Equal(0, await scheduler.RunOnceAsync(_ct));
    }

    [Fact]
    public async Task RunOnceAsync_NoArticles_NoDigest()
    {
        await SubscribeAsync(new SubscriptionSchedule { Digest = new TimeOnly(7, 0) });
        _db.Time.Advance(TimeSpan.FromHours(16));

        Assert.Equal(0, await Scheduler().RunOnceAsync(_ct));
        Assert.Empty(await _db.Deliveries.ListAsync(DeliveryStatus.Pending, 10, _ct));
    }

    [Fact]
    public async Task RunOnceAsync_BotDownOverThreeDigestTimes_OneDigestAtStartUpAndNoneAfterRestart()
    {
        await SubscribeAsync(new SubscriptionSchedule { Digest = new TimeOnly(7, 0) });
        await Insert("Satu");
        await PlanAsync();

        _db.Time.Advance(TimeSpan.FromDays(3)); // three digest times passed while down
        Assert.Equal(1, await Scheduler().RunOnceAsync(_ct));

        // A restart (a new scheduler on a new handle of the same store) sends no second digest for the same time.
        var restarted = _db.Reopen();
        var again = new DigestScheduler(restarted.Subscriptions, restarted.Deliveries, _clock, new StoreSignals(),
            Options.Create(new ScheduleOptions()), _db.Time, NullLogger<DigestScheduler>.Instance);
        Assert.Equal(0, await again.RunOnceAsync(_ct));
        Assert.Single(await _db.Deliveries.ListAsync(DeliveryStatus.Pending, 10, _ct));
    }

    [Fact]
    public async Task SetScheduleAsync_DigestTimeAlreadyPastToday_FirstDigestIsTomorrows()
    {
        _db.Time.Advance(TimeSpan.FromHours(1)); // 16:00 in Jakarta: today's 07:00 has passed
        await SubscribeAsync(new SubscriptionSchedule { Digest = new TimeOnly(7, 0) });
        await Insert("Satu");
        await PlanAsync();
        var scheduler = Scheduler();

        Assert.Equal(0, await scheduler.RunOnceAsync(_ct));
        _db.Time.Advance(TimeSpan.FromHours(15));
        Assert.Equal(1, await scheduler.RunOnceAsync(_ct));
    }

    [Fact]
    public async Task PlanAsync_ArticleEditedAfterItsDigestWasSent_NothingSentAgain()
    {
        await SubscribeAsync(new SubscriptionSchedule { Digest = new TimeOnly(7, 0) });
        await Insert("Draft", externalId: "9");
        await PlanAsync();
        _db.Time.Advance(TimeSpan.FromHours(16));
        await Scheduler().RunOnceAsync(_ct);
        var digest = Assert.Single(await _db.Deliveries.ClaimDueAsync(_db.Time.GetUtcNow(), 10, TimeSpan.FromMinutes(1), _ct));
        await _db.Deliveries.MarkSentAsync(digest.Id, "10,11", _db.Time.GetUtcNow(), _ct);

        await Insert("Final", externalId: "9");

        Assert.Equal(0, await PlanAsync());
        _db.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await Scheduler().RunOnceAsync(_ct));
        Assert.Empty(await _db.Deliveries.ListAsync(DeliveryStatus.Pending, 10, _ct));
    }

    [Fact]
    public async Task RecordPartsAsync_DigestReleasedAfterAPart_ClaimedAgainWithThePartsPosted()
    {
        var digest = await ClaimedDigestAsync(TimeSpan.FromMinutes(1));

        Assert.True(await _db.Deliveries.RecordPartsAsync(digest.Id, "501", DeliveryStoreClaims.TestOwner, _db.Time.GetUtcNow().AddMinutes(1), _ct));
        await _db.Deliveries.ReleaseClaimsAsync([], _ct); // the process died after part one

        var again = Assert.Single(await _db.Deliveries.ClaimDueAsync(_db.Time.GetUtcNow(), 10, TimeSpan.FromMinutes(1), _ct));
        Assert.Equal("501", again.MessageId);
    }

    [Fact]
    public async Task RecordPartsAsync_ByTheOwner_ExtendsTheClaimSoNoOtherProcessTakesTheDigest()
    {
        var digest = await ClaimedDigestAsync(TimeSpan.FromMinutes(2));

        _db.Time.Advance(TimeSpan.FromMinutes(1.5));
        Assert.True(await _db.Deliveries.RecordPartsAsync(digest.Id, "501:1", DeliveryStoreClaims.TestOwner, _db.Time.GetUtcNow().AddMinutes(2), _ct));
        _db.Time.Advance(TimeSpan.FromMinutes(1));

        Assert.Empty(await _db.Deliveries.ClaimDueAsync(new DeliveryClaim { Owner = "other", Lane = null, Now = _db.Time.GetUtcNow(), Max = 10, Lease = TimeSpan.FromMinutes(2) }, _ct));
    }

    [Fact]
    public async Task RecordPartsAsync_OwnerLostTheClaim_ChangesNothingAndReturnsFalse()
    {
        var digest = await ClaimedDigestAsync(TimeSpan.FromMinutes(2));
        Assert.True(await _db.Deliveries.RecordPartsAsync(digest.Id, "501:1", DeliveryStoreClaims.TestOwner, _db.Time.GetUtcNow().AddMinutes(2), _ct));
        _db.Time.Advance(TimeSpan.FromMinutes(3)); // the lease ended: another process takes the digest
        var taken = Assert.Single(await _db.Deliveries.ClaimDueAsync(new DeliveryClaim { Owner = "other", Lane = null, Now = _db.Time.GetUtcNow(), Max = 10, Lease = TimeSpan.FromMinutes(2) }, _ct));

        Assert.False(await _db.Deliveries.RecordPartsAsync(digest.Id, "501:1,502:1", DeliveryStoreClaims.TestOwner, _db.Time.GetUtcNow().AddMinutes(2), _ct));

        var row = Assert.Single(await _db.Deliveries.ListAsync(DeliveryStatus.Pending, 10, _ct));
        Assert.Equal("501:1", row.MessageId);
        Assert.Equal(taken.DueAt, row.DueAt);
        Assert.Equal("other", row.ClaimedBy);
    }

    [Fact]
    public async Task PlanAsync_InQuietHoursCrossingMidnight_HeldUntilTheWindowEndsThenReleasedInOrder()
    {
        // 15:00 in Jakarta + 8 h = 23:00, inside 22:00-06:00; the window ends at 06:00, 23:00 UTC.
        await SubscribeAsync(new SubscriptionSchedule { Quiet = new QuietHours(new TimeOnly(22, 0), new TimeOnly(6, 0)) });
        _db.Time.Advance(TimeSpan.FromHours(8));
        var first = await Insert("Satu");
        var second = await Insert("Dua");

        Assert.Equal(2, await PlanAsync());

        var end = new DateTimeOffset(2025, 3, 1, 23, 0, 0, TimeSpan.Zero);
        Assert.All(await _db.Deliveries.ListAsync(DeliveryStatus.Pending, 10, _ct), d => Assert.Equal(end, d.DueAt));
        _db.Time.Advance(TimeSpan.FromHours(6.5));
        Assert.Empty(await _db.Deliveries.ClaimDueAsync(_db.Time.GetUtcNow(), 10, TimeSpan.FromMinutes(1), _ct));
        _db.Time.Advance(TimeSpan.FromMinutes(30));
        var released = await _db.Deliveries.ClaimDueAsync(_db.Time.GetUtcNow(), 10, TimeSpan.FromMinutes(1), _ct);
        Assert.Equal([first, second], released.Select(d => d.ArticleId));
    }

    [Fact]
    public async Task PlanAsync_OutsideQuietHours_DueAtOnce()
    {
        await SubscribeAsync(new SubscriptionSchedule { Quiet = new QuietHours(new TimeOnly(22, 0), new TimeOnly(6, 0)) });
        await Insert("Satu");

        await PlanAsync();

        Assert.Equal(StoreHarness.Start, Assert.Single(await _db.Deliveries.ListAsync(DeliveryStatus.Pending, 10, _ct)).DueAt);
    }

    [Fact]
    public async Task SetScheduleAsync_DigestSwitchedOff_KeptArticlesSentAsALastDigest()
    {
        await SubscribeAsync(new SubscriptionSchedule { Digest = new TimeOnly(7, 0) });
        var kept = await Insert("Satu");
        await PlanAsync();

        var changed = await _db.Subscriptions.SetScheduleAsync(Telegram, SubscriptionSchedule.None, _ct);

        Assert.NotNull(changed);
        Assert.True(changed.Schedule.IsEmpty);
        var digest = Assert.Single(await _db.Deliveries.ListAsync(DeliveryStatus.Pending, 10, _ct));
        Assert.Equal([kept], await _db.Deliveries.DigestArticlesAsync(digest.Id, _ct));
    }

    [Fact]
    public async Task SetScheduleAsync_Schedule_ReadBackFromTheStore()
    {
        var schedule = new SubscriptionSchedule { Digest = new TimeOnly(7, 30), Quiet = new QuietHours(new TimeOnly(22, 0), new TimeOnly(6, 0)), TimeZone = "Asia/Jakarta" };
        await SubscribeAsync(schedule);

        var found = await _db.Reopen().Subscriptions.FindAsync(Telegram, _ct);

        Assert.Equal(schedule, found?.Schedule);
    }

    [Fact]
    public async Task RemoveAsync_DigestSubscriptionRemovedThenAddedAgain_StartsWithoutScheduleOrKeptArticles()
    {
        await SubscribeAsync(new SubscriptionSchedule { Digest = new TimeOnly(7, 0) });
        await Insert("Satu");
        await PlanAsync();

        await _db.Subscriptions.RemoveAsync(Telegram, _ct);
        var again = await _db.Subscriptions.AddAsync(Telegram, [], 0, _ct);
        await _db.Subscriptions.SetScheduleAsync(Telegram, new SubscriptionSchedule { Digest = new TimeOnly(7, 0) }, _ct);
        _db.Time.Advance(TimeSpan.FromDays(1));

        Assert.True(again.Schedule.IsEmpty);
        Assert.Equal(0, await Scheduler().RunOnceAsync(_ct));
    }

    [Fact]
    public async Task CloseDigestAsync_ReplicasCloseTheSameDigestTimeTogether_OneDigest()
    {
        var subscription = await SubscribeAsync(new SubscriptionSchedule { Digest = new TimeOnly(7, 0) });
        var kept = await Insert("Satu");
        await PlanAsync();
        _db.Time.Advance(TimeSpan.FromDays(1));
        var slot = _db.Time.GetUtcNow();
        var replicas = Enumerable.Range(0, 4).Select(_ => _db.Reopen().Deliveries).ToList();

        var closed = await Task.WhenAll(replicas.Select(r => Task.Run(() => r.CloseDigestAsync(subscription.Id, slot, _ct))));

        var digest = Assert.Single(closed, id => id is not null);
        Assert.Equal(digest, Assert.Single(await _db.Deliveries.ListAsync(DeliveryStatus.Pending, 10, _ct)).Id);
        Assert.Equal([kept], await _db.Deliveries.DigestArticlesAsync(digest!.Value, _ct));
        Assert.Null(await _db.Deliveries.CloseDigestAsync(subscription.Id, slot, _ct));
    }

    [Fact]
    public async Task CloseDigestAsync_SlotNotAfterTheLastClosed_NoDigest()
    {
        var subscription = await SubscribeAsync(new SubscriptionSchedule { Digest = new TimeOnly(7, 0) });
        await Insert("Satu");
        await PlanAsync();

        // Subscribing recorded now as the latest digest time closed: an earlier or equal slot makes nothing.
        Assert.Null(await _db.Deliveries.CloseDigestAsync(subscription.Id, StoreHarness.Start, _ct));
        Assert.Null(await _db.Deliveries.CloseDigestAsync(subscription.Id, StoreHarness.Start.AddHours(-1), _ct));
        Assert.NotNull(await _db.Deliveries.CloseDigestAsync(subscription.Id, StoreHarness.Start.AddMinutes(1), _ct));
    }

    [Fact]
    public async Task RecordPartsAsync_DigestAlreadySent_KeepsTheSentMessageIds()
    {
        var subscription = await SubscribeAsync(new SubscriptionSchedule { Digest = new TimeOnly(7, 0) });
        await Insert("Satu");
        await PlanAsync();
        var digest = await _db.Deliveries.CloseDigestAsync(subscription.Id, StoreHarness.Start.AddDays(1), _ct);
        await _db.Deliveries.MarkSentAsync(digest!.Value, "10,11", _db.Time.GetUtcNow(), _ct);

        Assert.False(await _db.Deliveries.RecordPartsAsync(digest.Value, "99", DeliveryStoreClaims.TestOwner, _db.Time.GetUtcNow().AddMinutes(1), _ct));

        Assert.Equal("10,11", Assert.Single(await _db.Deliveries.ListAsync(DeliveryStatus.Sent, 10, _ct)).MessageId);
    }

    /// <summary>A digest of one article, closed at its digest time and claimed by the test owner for <paramref name="lease"/>.</summary>
    [Fact]
    public async Task SubscribeAsync_BackfillWithDigestAndLanguage_BackfilledArticlesKeptForTheDigestInThatLanguage()
    {
        var first = await Insert("Satu");
        var second = await Insert("Dua");
        await PlanAsync(); // the planner's cursor is past both before anyone subscribes

        var subscription = await _db.Subscriptions.SubscribeAsync(
            new SubscriptionRequest(Telegram) { Backfill = 2, Schedule = DigestAtSeven(), Language = "id" }, _ct);
        await PlanAsync();

        Assert.Equal(new TimeOnly(7, 0), subscription.Schedule.Digest);
        Assert.Equal("id", subscription.Language);
        Assert.Empty(await _db.Deliveries.ListAsync(DeliveryStatus.Pending, 10, _ct)); // not posted one by one
        _db.Time.Advance(TimeSpan.FromHours(16));
        Assert.Equal(1, await Scheduler().RunOnceAsync(_ct));
        var digest = Assert.Single(await _db.Deliveries.ListAsync(DeliveryStatus.Pending, 10, _ct));
        Assert.Equal([first, second], await _db.Deliveries.DigestArticlesAsync(digest.Id, _ct));
    }

    [Fact]
    public async Task SubscribeAsync_SettingsNotGiven_KeepsTheSubscriptionsOwn()
    {
        await _db.Subscriptions.SubscribeAsync(new SubscriptionRequest(Telegram) { Schedule = DigestAtSeven(), Language = "id" }, _ct);

        var again = await _db.Subscriptions.SubscribeAsync(new SubscriptionRequest(Telegram) { Keywords = ["Rafale"] }, _ct);

        Assert.Equal(new TimeOnly(7, 0), again.Schedule.Digest);
        Assert.Equal("id", again.Language);
        Assert.Equal(["Rafale"], again.Keywords);
    }

    private static ScheduleChange DigestAtSeven() =>
        ScheduleText.TryParse("07:00", null, null, out var change, out _) ? change : throw new InvalidOperationException("07:00 did not parse.");

    private async Task<Delivery> ClaimedDigestAsync(TimeSpan lease)
    {
        await SubscribeAsync(new SubscriptionSchedule { Digest = new TimeOnly(7, 0) });
        await Insert("Satu");
        await PlanAsync();
        _db.Time.Advance(TimeSpan.FromHours(16));
        await Scheduler().RunOnceAsync(_ct);
        return Assert.Single(await _db.Deliveries.ClaimDueAsync(_db.Time.GetUtcNow(), 10, lease, _ct));
    }

    private async Task<Subscription> SubscribeAsync(SubscriptionSchedule schedule)
    {
        await _db.Subscriptions.AddAsync(Telegram, [], 0, _ct);
        return await _db.Subscriptions.SetScheduleAsync(Telegram, schedule, _ct) ?? throw new InvalidOperationException("The subscription vanished.");
    }

    private Task<int> PlanAsync() => _db.Deliveries.PlanAsync(100, All, _clock.HoldUntil, _ct);

    private DigestScheduler Scheduler() => new(_db.Subscriptions, _db.Deliveries, _clock, new StoreSignals(),
        Options.Create(new ScheduleOptions()), _db.Time, NullLogger<DigestScheduler>.Instance);

    private async Task<ArticleId> Insert(string title, string? externalId = null) =>
        (await _db.Articles.UpsertAsync(TestArticles.NewArticle(title, externalId: externalId), _ct)).Id;
}
