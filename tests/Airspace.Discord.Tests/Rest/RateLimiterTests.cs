using Airspace.Discord.Transport.Rest;
using Microsoft.Extensions.Time.Testing;

namespace Airspace.Discord.Tests.Rest;

public sealed class RateLimiterTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task AcquireAsync_FiftyOneRequestsInOneSecond_HoldsTheLastUntilTheWindowMoves()
    {
        var limiter = new RateLimiter(_time);
        for (var i = 0; i < RateLimiter.GlobalPerSecond; i++)
        {
            var lease = await limiter.AcquireAsync(RestRoute.CreateMessage(i.ToString(System.Globalization.CultureInfo.InvariantCulture)), global: true, TimeSpan.FromMinutes(1), default);
            limiter.Complete(lease, RestRoute.CreateMessage(i.ToString(System.Globalization.CultureInfo.InvariantCulture)), new RateLimitHeaders(), 200);
        }

        var fiftyFirst = limiter.AcquireAsync(RestRoute.CreateMessage("51"), global: true, TimeSpan.FromMinutes(1), default);
        await Task.Delay(50);
        Assert.False(fiftyFirst.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.True((await fiftyFirst.WaitAsync(TimeSpan.FromSeconds(5))).Granted);
    }

    [Fact]
    public async Task AcquireAsync_InteractionRoute_IsExemptFromTheGlobalLimit()
    {
        var limiter = new RateLimiter(_time);
        for (var i = 0; i < RateLimiter.GlobalPerSecond; i++)
        {
            var route = RestRoute.CreateMessage(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            limiter.Complete(await limiter.AcquireAsync(route, global: true, TimeSpan.FromMinutes(1), default), route, new RateLimitHeaders(), 200);
        }

        var callback = RestRoute.InteractionCallback("1", "token");
        var lease = await limiter.AcquireAsync(callback, global: false, TimeSpan.Zero, default).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.True(lease.Granted);
    }

    [Fact]
    public async Task AcquireAsync_BucketSpent_WaitsForResetAfterOrDeniesBeyondMaxWait()
    {
        var limiter = new RateLimiter(_time);
        var route = RestRoute.CreateMessage("1");
        var first = await limiter.AcquireAsync(route, global: true, TimeSpan.Zero, default);
        limiter.Complete(first, route, new RateLimitHeaders { Remaining = 0, ResetAfter = TimeSpan.FromSeconds(2), Bucket = "abc" }, 200);

        var denied = await limiter.AcquireAsync(route, global: true, TimeSpan.FromSeconds(1), default);
        Assert.False(denied.Granted);
        Assert.InRange(denied.DeniedFor, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2.1));

        var waiting = limiter.AcquireAsync(route, global: true, TimeSpan.FromSeconds(5), default);
        await Task.Delay(50);
        Assert.False(waiting.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(2.1));
        Assert.True((await waiting.WaitAsync(TimeSpan.FromSeconds(5))).Granted);
    }

    [Fact]
    public async Task AcquireAsync_OtherChannel_HasItsOwnBucket()
    {
        var limiter = new RateLimiter(_time);
        var one = RestRoute.CreateMessage("1");
        limiter.Complete(await limiter.AcquireAsync(one, true, TimeSpan.Zero, default), one, new RateLimitHeaders { Remaining = 0, ResetAfter = TimeSpan.FromSeconds(5), Bucket = "abc" }, 200);

        var lease = await limiter.AcquireAsync(RestRoute.CreateMessage("2"), true, TimeSpan.Zero, default);

        Assert.True(lease.Granted);
    }

    [Fact]
    public void Record_InvalidResponses_ExhaustTheBudgetExceptSharedLimits()
    {
        var budget = new InvalidRequestBudget(_time);
        for (var i = 0; i < InvalidRequestBudget.Ceiling; i++)
        {
            budget.Record(429, "shared");
        }

        Assert.False(budget.IsExhausted(out _));
        for (var i = 0; i < InvalidRequestBudget.Ceiling; i++)
        {
            budget.Record(i % 2 == 0 ? 403 : 401, null);
        }

        Assert.True(budget.IsExhausted(out var wait));
        Assert.Equal(InvalidRequestBudget.Window, wait);
        _time.Advance(InvalidRequestBudget.Window);
        Assert.False(budget.IsExhausted(out _));
    }
}
