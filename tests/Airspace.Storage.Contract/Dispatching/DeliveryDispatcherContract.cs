using Airspace.Core;
using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Airspace.Storage.Contract.Dispatching;

/// <summary>
/// The dispatcher on its own: a real SQLite outbox, scripted platform senders, a fake clock and fixed jitter, so the
/// stored next-attempt times can be checked to the tick.
/// </summary>
public abstract class DeliveryDispatcherContract(StoreHarness db) : IDisposable
{
    private static readonly ChannelAddress Telegram = ChannelAddress.ForTelegram(-1001);
    private static readonly ChannelAddress Discord = ChannelAddress.ForDiscord(4242);

    private readonly StoreHarness _db = db;
    private readonly ScriptedSender _telegram = new(ChannelAddress.Telegram);
    private readonly ScriptedSender _discord = new(ChannelAddress.Discord);
    private readonly CancellationToken _ct = CancellationToken.None;

    public void Dispose() => _db.Dispose();

    private DateTimeOffset Now => _db.Time.GetUtcNow();

    private DeliveryDispatcher Dispatcher(
        double jitter = 0.5, int maxAttempts = 12, double firstSeconds = 10, double maxSeconds = 3600, DispatchLaneRoles? laneRoles = null,
        IChatSender[]? senders = null) => new(
        _db.Deliveries,
        _db.Articles,
        _db.Subscriptions,
        senders ?? [_telegram, _discord],
        new StoreSignals(),
        Options.Create(new DispatcherOptions
        {
            MaxAttempts = maxAttempts,
            FirstRetryDelay = TimeSpan.FromSeconds(firstSeconds),
            MaxRetryDelay = TimeSpan.FromSeconds(maxSeconds),
        }),
        new FixedJitter(jitter),
        _db.Time,
        NullLogger<DeliveryDispatcher>.Instance,
        laneRoles);

    private async Task PlanAsync(params ChannelAddress[] channels)
    {
        foreach (var channel in channels)
        {
            await _db.Subscriptions.AddAsync(channel, [], 0, _ct);
        }

        await _db.Articles.UpsertAsync(TestArticles.NewArticle("Rafale pertama tiba"), _ct);
        Assert.Equal(channels.Length, await _db.Deliveries.PlanAsync(100, (_, _) => true, _ct));
    }

    private async Task<Delivery> OnlyAsync(DeliveryStatus status) => Assert.Single(await _db.Deliveries.ListAsync(status, 10, _ct));

    [Theory]
    [InlineData(0.0, 7.5, 15, 30)]
    [InlineData(0.5, 10, 20, 40)]
    [InlineData(0.75, 11.25, 22.5, 45)]
    public async Task RunOnceAsync_TransientFailures_RetriedAfterTheDoublingDelaySpreadByTheJitter(double jitter, double first, double second, double third)
    {
        await PlanAsync(Telegram);
        var failure = new SendOutcome.TransientFailure("HTTP 502");
        _telegram.Script(Telegram.ToString(), failure, failure, failure);
        var dispatcher = Dispatcher(jitter);

        var waits = new List<TimeSpan>();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            Assert.Equal(1, await dispatcher.RunOnceAsync(_ct));
            var pending = await OnlyAsync(DeliveryStatus.Pending);
            Assert.Equal(attempt, pending.Attempts);
            waits.Add(pending.DueAt - Now);

            _db.Time.Advance(pending.DueAt - Now - TimeSpan.FromMilliseconds(1));
            Assert.Equal(0, await dispatcher.RunOnceAsync(_ct));
            _db.Time.Advance(TimeSpan.FromMilliseconds(1));
        }

        // 10 s doubling, within ±25%: the fixed jitter picks the point.
        Assert.Equal([TimeSpan.FromSeconds(first), TimeSpan.FromSeconds(second), TimeSpan.FromSeconds(third)], waits);
        Assert.Equal(1, await dispatcher.RunOnceAsync(_ct));
        Assert.Single(_telegram.Delivered);
    }

    [Fact]
    public async Task RunOnceAsync_ManyFailures_WaitNeverAboveMaxRetryDelayJitterIncluded()
    {
        await PlanAsync(Telegram);
        var failure = new SendOutcome.TransientFailure("timeout");
        _telegram.Script(Telegram.ToString(), failure, failure, failure);
        var dispatcher = Dispatcher(jitter: 0.99, firstSeconds: 10, maxSeconds: 30);

        var waits = new List<TimeSpan>();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await dispatcher.RunOnceAsync(_ct);
            var pending = await OnlyAsync(DeliveryStatus.Pending);
            waits.Add(pending.DueAt - Now);
            _db.Time.Advance(pending.DueAt - Now);
        }

        Assert.InRange(waits[1], TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(25));
        Assert.Equal(TimeSpan.FromSeconds(30), waits[2]);
    }

    [Fact]
    public async Task RunOnceAsync_PlatformAsksToWait_WaitsExactlyThatWithoutJitterOrAnAttempt()
    {
        await PlanAsync(Telegram);
        var wait = new SendOutcome.RetryAfter(TimeSpan.FromSeconds(30), "429 Too Many Requests");
        _telegram.Script(Telegram.ToString(), wait, wait, wait, wait);
        var dispatcher = Dispatcher(jitter: 0.0, maxAttempts: 2);

        for (var round = 0; round < 4; round++)
        {
            Assert.Equal(1, await dispatcher.RunOnceAsync(_ct));
            var pending = await OnlyAsync(DeliveryStatus.Pending);
            Assert.Equal(0, pending.Attempts);
            Assert.Equal(TimeSpan.FromSeconds(30), pending.DueAt - Now);
            _db.Time.Advance(TimeSpan.FromSeconds(30));
        }

        Assert.Equal(1, await dispatcher.RunOnceAsync(_ct));
        Assert.Equal("429 Too Many Requests", (await OnlyAsync(DeliveryStatus.Sent)).LastError);
    }

    [Fact]
    public async Task RunOnceAsync_TransientFailuresUpToMaxAttempts_MarksFailedWithTheCountAndReason()
    {
        await PlanAsync(Telegram);
        var failure = new SendOutcome.TransientFailure("HTTP 500");
        _telegram.Script(Telegram.ToString(), failure, failure, failure);
        var dispatcher = Dispatcher(maxAttempts: 3);

        for (var attempt = 0; attempt < 3; attempt++)
        {
            await dispatcher.RunOnceAsync(_ct);
            _db.Time.Advance(TimeSpan.FromHours(1));
        }

        var failed = await OnlyAsync(DeliveryStatus.Failed);
        Assert.Equal("gave up after 3 attempts: HTTP 500", failed.LastError);
        Assert.Equal(3, _telegram.Attempts.Count);
        Assert.Equal(0, await dispatcher.RunOnceAsync(_ct));
    }

    [Fact]
    public async Task RunOnceAsync_Rejected_FailsAtOnceAndKeepsTheSubscription()
    {
        await PlanAsync(Telegram);
        _telegram.Script(Telegram.ToString(), new SendOutcome.Rejected("message is too long"));

        await Dispatcher().RunOnceAsync(_ct);

        Assert.Equal("message is too long", (await OnlyAsync(DeliveryStatus.Failed)).LastError);
        Assert.True(Assert.Single(await _db.Subscriptions.ListAsync(_ct)).Enabled);
    }

    [Fact]
    public async Task RunOnceAsync_OnePlatformDoesNotAnswer_OtherPlatformsLaneDeliversMeanwhile()
    {
        await PlanAsync(Telegram, Discord);
        _telegram.Hold();
        var dispatcher = Dispatcher();

        var run = dispatcher.RunOnceAsync(_ct);
        await WaitUntilAsync(() => !_discord.Delivered.IsEmpty && !_telegram.Attempts.IsEmpty);

        Assert.Empty(_telegram.Delivered);
        Assert.False(run.IsCompleted);
        _telegram.Release();
        Assert.Equal(2, await run);
        Assert.Equal(2, (await _db.Deliveries.ListAsync(DeliveryStatus.Sent, 10, _ct)).Count);
    }

    [Fact]
    public async Task RunOnceAsync_PlatformRoleHeldByAnotherProcess_SendsOnlyThePlatformsItHolds()
    {
        await PlanAsync(Telegram, Discord);
        using var discordRole = new CancellationTokenSource();
        var roles = new DispatchLaneRoles();
        roles.Hold(ChannelAddress.Discord, discordRole.Token);
        roles.Gate(ChannelAddress.Telegram); // held by another process

        Assert.Equal(1, await Dispatcher(laneRoles: roles).RunOnceAsync(_ct));

        Assert.Single(_discord.Delivered);
        Assert.Empty(_telegram.Attempts);
        var waiting = await OnlyAsync(DeliveryStatus.Pending);
        Assert.Equal((Telegram, 0, null), (waiting.Address, waiting.Attempts, waiting.ClaimedBy));
    }

    [Fact]
    public async Task RunOnceAsync_ReplicaWithoutThePlatformsSender_LeavesItsDeliveriesUnclaimedForTheReplicaWithIt()
    {
        await PlanAsync(Telegram, Discord);
        var planned = await _db.Deliveries.ListAsync(DeliveryStatus.Pending, 10, _ct);
        var roles = new DispatchLaneRoles { Replicated = true };
        roles.Hold(ChannelAddress.Discord, CancellationToken.None);

        Assert.Equal(1, await Dispatcher(laneRoles: roles, senders: [_discord]).RunOnceAsync(_ct));

        Assert.Single(_discord.Delivered);
        var waiting = await OnlyAsync(DeliveryStatus.Pending);
        var before = planned.Single(d => d.Id == waiting.Id);
        Assert.Equal((Telegram, 0, null, before.DueAt, before.LastError), (waiting.Address, waiting.Attempts, waiting.ClaimedBy, waiting.DueAt, waiting.LastError));
    }

    [Fact]
    public async Task RunOnceAsync_SingleProcessWithoutThePlatformsSender_ReleasesItsDeliveriesWithANote()
    {
        await PlanAsync(Telegram);
        var roles = new DispatchLaneRoles();
        roles.Hold(ChannelAddress.Discord, CancellationToken.None);

        Assert.Equal(1, await Dispatcher(laneRoles: roles, senders: [_discord]).RunOnceAsync(_ct));

        var waiting = await OnlyAsync(DeliveryStatus.Pending);
        Assert.Equal((0, null, Now + new DispatcherOptions().UnconfiguredPlatformDelay), (waiting.Attempts, waiting.ClaimedBy, waiting.DueAt));
        Assert.Contains("not configured in this process", waiting.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunOnceAsync_RoleLostDuringABatch_StopsBetweenSendsAndTheNewHolderSendsTheRestInOrder()
    {
        await _db.Subscriptions.AddAsync(Telegram, [], 0, _ct);
        for (var i = 0; i < 4; i++)
        {
            await _db.Articles.UpsertAsync(TestArticles.NewArticle($"Artikel {i}"), _ct);
        }

        Assert.Equal(4, await _db.Deliveries.PlanAsync(100, (_, _) => true, _ct));
        using var lost = new CancellationTokenSource();
        var roles = new DispatchLaneRoles();
        roles.Hold(ChannelAddress.Telegram, lost.Token);
        _telegram.Sending = _ => lost.Cancel(); // the role moves while the first alert is being sent

        Assert.Equal(4, await Dispatcher(laneRoles: roles).RunOnceAsync(_ct));

        Assert.Single(_telegram.Delivered);
        var rest = await _db.Deliveries.ListAsync(DeliveryStatus.Pending, 10, _ct);
        Assert.Equal(3, rest.Count);
        Assert.All(rest, d => Assert.Equal((null, 0, d.CreatedAt), (d.ClaimedBy, d.Attempts, d.DueAt)));
        _telegram.Sending = null;
        var holder = new DispatchLaneRoles();
        holder.Hold(ChannelAddress.Telegram, CancellationToken.None);
        Assert.Equal(3, await Dispatcher(laneRoles: holder).RunOnceAsync(_ct));
        Assert.Equal(
            [.. rest.Select(d => d.Id).OrderBy(id => id.Value)],
            _telegram.Delivered.Skip(1).Select(p => p.DeliveryId));
    }

    /// <summary>Waits for another lane's progress (real threads, not the fake clock); gives up after a generous bound.</summary>
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 1000 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
