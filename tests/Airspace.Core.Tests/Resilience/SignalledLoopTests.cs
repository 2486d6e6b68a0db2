using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Airspace.Core.Tests.Resilience;

public sealed class SignalledLoopTests
{
    [Fact]
    public async Task RunAsync_IterationThrows_NextRunWaitsTheJitteredBackoff()
    {
        var time = new WatchedClock();
        var runs = new ConcurrentQueue<DateTimeOffset>();
        var ran = new SemaphoreSlim(0);
        using var cts = new CancellationTokenSource();
        var loop = SignalledLoop.RunAsync(
            "test",
            new ChangeSignal(),
            _ =>
            {
                runs.Enqueue(time.GetUtcNow());
                ran.Release();
                return runs.Count <= 2 ? throw new InvalidOperationException("store busy") : Task.FromResult(TimeSpan.FromHours(1));
            },
            time,
            NullLogger.Instance,
            cts.Token,
            new FixedJitter(0));

        // 2 s and then 4 s, each at the low end of the ±25% spread: 1.5 s and 3 s.
        await ran.WaitAsync(TimeSpan.FromSeconds(30));
        await AdvanceUntilRunAsync(time, ran, TimeSpan.FromSeconds(1.5));
        await AdvanceUntilRunAsync(time, ran, TimeSpan.FromSeconds(3));
        await cts.CancelAsync();
        await loop;

        var at = runs.ToArray();
        Assert.Equal([TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(3)], [at[1] - at[0], at[2] - at[1]]);
    }

    [Fact]
    public async Task RunAsync_IterationFencedOutOfARoleWrite_EndsTheLoopWithItInsteadOfRetrying()
    {
        var runs = 0;
        var lease = new Core.Roles.RoleLease(Core.Roles.SingletonRoles.Publisher, "a", 3, DateTimeOffset.UnixEpoch);

        var loop = SignalledLoop.RunAsync(
            "test",
            new ChangeSignal(),
            _ =>
            {
                runs++;
                throw new Core.Roles.FencedOutException(lease);
            },
            new FakeTimeProvider(),
            NullLogger.Instance,
            CancellationToken.None,
            new FixedJitter(0));

        var fenced = await Assert.ThrowsAsync<Core.Roles.FencedOutException>(() => loop);
        Assert.Equal((lease, 1), (fenced.Lease, runs));
    }

    /// <summary>Moves the clock to just before <paramref name="wait"/> (no run), then onto it (a run).</summary>
    private static async Task AdvanceUntilRunAsync(WatchedClock time, SemaphoreSlim ran, TimeSpan wait)
    {
        // The loop must be waiting on the fake clock before it is moved.
        Assert.True(await time.TimerCreated.WaitAsync(TimeSpan.FromSeconds(30)));
        time.Advance(wait - TimeSpan.FromMilliseconds(1));
        Assert.False(await ran.WaitAsync(TimeSpan.FromMilliseconds(100)));
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(await ran.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    /// <summary>A fake clock that says when a timer (the loop's back-off delay) is set on it.</summary>
    private sealed class WatchedClock : FakeTimeProvider
    {
        public SemaphoreSlim TimerCreated { get; } = new(0);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            TimerCreated.Release();
            return timer;
        }
    }
}
