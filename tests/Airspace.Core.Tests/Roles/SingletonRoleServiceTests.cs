using System.Collections.Concurrent;
using Airspace.Core.Roles;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Airspace.Core.Tests.Roles;

/// <summary>The role gate when its store stops answering (a pooled connection hanging in a network partition).</summary>
public sealed class SingletonRoleServiceTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private static readonly RoleOptions Options = new();

    [Fact]
    public async Task ExecuteAsync_RenewalNeverAnswers_StopsTheWorkerBeforeTheLeaseEnds()
    {
        var time = new StepClock();
        var leases = new GrantOnceThenHangLeases();
        var worker = new RunningWorker();
        using var gate = new SingletonRoleService<RunningWorker>(
            SingletonRoles.Publisher, worker, leases, new RoleOwner("a"), Microsoft.Extensions.Options.Options.Create(Options), time,
            NullLogger<SingletonRoleService<RunningWorker>>.Instance);
        var granted = time.GetUtcNow(); // the store grants at once, so the lease ends at the latest LeaseDuration later
        await gate.StartAsync(default);
        Assert.True(await worker.Started.WaitAsync(Bound));
        Assert.True(await Eventually.WaitUntilAsync(() => time.WaitsSet > 0, Bound)); // the first renewal is set

        // Step the clock to each timer the gate sets (its renewal ticks, its limits on the store) until it stops the worker.
        while (!worker.Stopped.IsSet)
        {
            Assert.True(time.GetUtcNow() < granted + Options.LeaseDuration, "the lease ended while the worker still ran");
            var timers = time.TimersSet;
            time.Advance(time.NextDue() - time.GetUtcNow());
            Assert.True(
                await Eventually.WaitUntilAsync(() => worker.Stopped.IsSet || time.TimersSet > timers, Bound),
                "the gate waits for the store without a time limit");
        }

        Assert.True(time.GetUtcNow() < granted + Options.LeaseDuration);
        Assert.True(leases.Asks > 1);
        Assert.False(gate.IsHolding);
        await gate.StopAsync(default);
    }

    /// <summary>Grants the first ask at once; every later ask never answers and ignores its cancellation.</summary>
    private sealed class GrantOnceThenHangLeases : ILeaseStore
    {
        private readonly TaskCompletionSource<RoleLease?> _never = new();
        private int _asks;

        public int Asks => Volatile.Read(ref _asks);

        public Task<RoleLease?> TryAcquireOrRenewAsync(string role, string owner, TimeSpan ttl, CancellationToken ct) =>
            Interlocked.Increment(ref _asks) == 1
                ? Task.FromResult<RoleLease?>(new RoleLease(role, owner, 1, DateTimeOffset.UnixEpoch + ttl))
                : _never.Task;

        public Task ReleaseAsync(string role, string owner, CancellationToken ct) => Task.CompletedTask;
    }

    private sealed class RunningWorker : BackgroundService
    {
        public SemaphoreSlim Started { get; } = new(0);

        public ManualResetEventSlim Stopped { get; } = new();

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            Started.Release();
            await Task.Delay(Timeout.Infinite, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            Stopped.Set();
        }
    }

    /// <summary>A fake clock that counts the timers set on it and knows when the next is due.</summary>
    private sealed class StepClock : FakeTimeProvider
    {
        private readonly ConcurrentQueue<DateTimeOffset> _due = new();
        private int _timers;
        private int _waits;

        public int TimersSet => Volatile.Read(ref _timers);

        /// <summary>Timers of a delay (the gate's renewal tick), not of a cancellation (its limit on the store).</summary>
        public int WaitsSet => Volatile.Read(ref _waits);

        public DateTimeOffset NextDue() => _due.Where(due => due > GetUtcNow()).Min();

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            _due.Enqueue(GetUtcNow() + dueTime);
            if (state is not CancellationTokenSource)
            {
                Interlocked.Increment(ref _waits);
            }

            Interlocked.Increment(ref _timers);
            return timer;
        }
    }
}
