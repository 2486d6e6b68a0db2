using Airspace.Discord.Transport.Gateway;
using Airspace.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Airspace.Discord.Tests.Gateway;

/// <summary>The gateway's own budgets: 120 sends a minute, and Identify (1,000 a day at Discord, our own cap, spacing).</summary>
public sealed class GatewayLimitsTests
{
    [Fact]
    public async Task WaitAsync_OtherSendsAtTheirLimit_StillLetsHeartbeatsThrough()
    {
        var time = new FakeTimeProvider();
        var limiter = new GatewaySendLimiter(time);
        for (var i = 0; i < GatewaySendLimiter.OtherLimit; i++)
        {
            await limiter.WaitAsync(heartbeat: false, default);
        }

        var held = limiter.WaitAsync(heartbeat: false, default);
        await limiter.WaitAsync(heartbeat: true, default).WaitAsync(TimeSpan.FromSeconds(5));
        await Task.Delay(50);
        Assert.False(held.IsCompleted);

        time.Advance(GatewaySendLimiter.Window);
        await held.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task WaitAsync_HundredTwentyFirstSendInAMinute_Waits()
    {
        var time = new FakeTimeProvider();
        var limiter = new GatewaySendLimiter(time);
        for (var i = 0; i < GatewaySendLimiter.Limit; i++)
        {
            await limiter.WaitAsync(heartbeat: true, default);
        }

        var next = limiter.WaitAsync(heartbeat: true, default);
        await Task.Delay(50);
        Assert.False(next.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(60));
        await next.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task ReserveAsync_DiscordBudgetNearlySpent_WaitsForItsReset()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await DiscordHarness.StartAsync(configure: s => s.AddSingleton<TimeProvider>(time));
        harness.Fake.SessionStartRemaining = IdentifyBudget.Reserve(harness.Fake.SessionStartTotal);
        harness.Fake.SessionStartResetAfterMs = 60_000;

        var reserve = harness.Get<IdentifyBudget>().ReserveAsync(default);
        Assert.True(await Eventually.WaitUntilAsync(() => harness.Logs.All.Contains("Identify budget is nearly spent", StringComparison.Ordinal)));
        Assert.False(reserve.IsCompleted);

        harness.Fake.SessionStartRemaining = harness.Fake.SessionStartTotal;
        time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(harness.Fake.GatewayUrl, (await reserve.WaitAsync(TimeSpan.FromSeconds(10))).ToString());
    }

    [Fact]
    public async Task ReserveAsync_OwnDailyCapReached_WaitsUntilTheNextUtcDay()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 22, 0, 0, TimeSpan.Zero));
        await using var harness = await DiscordHarness.StartAsync(
            s => s["Airspace:Discord:MaxIdentifiesPerDay"] = "2",
            s => s.AddSingleton<TimeProvider>(time));
        var budget = harness.Get<IdentifyBudget>();
        await budget.RecordAsync(default);
        await budget.RecordAsync(default);

        var reserve = budget.ReserveAsync(default);
        Assert.True(await Eventually.WaitUntilAsync(() => harness.Logs.All.Contains("MaxIdentifiesPerDay", StringComparison.Ordinal)));
        Assert.False(reserve.IsCompleted);

        time.Advance(TimeSpan.FromHours(2));
        await reserve.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task ReserveAsync_IdentifiedMomentsAgo_WaitsTheMinimumInterval()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await DiscordHarness.StartAsync(
            s => s["Airspace:Discord:MinIdentifyInterval"] = "00:00:05",
            s => s.AddSingleton<TimeProvider>(time));
        var budget = harness.Get<IdentifyBudget>();
        await budget.RecordAsync(default);

        var reserve = budget.ReserveAsync(default);
        await Task.Delay(200);
        Assert.False(reserve.IsCompleted);

        time.Advance(TimeSpan.FromSeconds(5));
        await reserve.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task RunAsync_GatewayDown_BacksOffInsteadOfRetryingInATightLoop()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await DiscordHarness.StartAsync(configure: s => s.AddSingleton<TimeProvider>(time));
        harness.Fake.RejectConnections = true;
        _ = harness.RunGateway();

        Assert.True(await Eventually.WaitUntilAsync(() => harness.Fake.RejectedConnections == 1));
        await Task.Delay(300);
        Assert.Equal(1, harness.Fake.RejectedConnections);

        // ReconnectDelay is 50 ms: then 50 ms, 100 ms, 200 ms … between attempts (mid-range jitter).
        time.Advance(TimeSpan.FromMilliseconds(60));
        Assert.True(await Eventually.WaitUntilAsync(() => harness.Fake.RejectedConnections == 2));
        await Task.Delay(300);
        time.Advance(TimeSpan.FromMilliseconds(60));
        await Task.Delay(300);
        Assert.Equal(2, harness.Fake.RejectedConnections);
        time.Advance(TimeSpan.FromMilliseconds(50));
        Assert.True(await Eventually.WaitUntilAsync(() => harness.Fake.RejectedConnections == 3));
        Assert.Equal(0, harness.Fake.Identifies);
    }
}
