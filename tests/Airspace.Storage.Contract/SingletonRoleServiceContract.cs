using Airspace.Core.Roles;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Airspace.Storage.Contract;

/// <summary>
/// The role gate (<see cref="SingletonRoleService{TWorker}"/>) over the store's real lease table, on a fake clock: the
/// loop runs only while its process holds the role, stops one renewal after losing it, and comes back with the role.
/// </summary>
public abstract class SingletonRoleServiceContract(StoreHarness db) : IDisposable
{
    private const string Role = SingletonRoles.Publisher;
    private static readonly RoleOptions Options = new();
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private readonly StoreHarness _db = db;
    private readonly WatchedClock _time = new();

    public void Dispose()
    {
        _db.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task StartAsync_RoleFree_RunsTheLoopBeforeAnyTimePasses()
    {
        var worker = new CountingWorker();
        using var gate = Gate(worker, _db.Leases, "a");

        await gate.StartAsync(default);

        Assert.True(await worker.Started.WaitAsync(Bound));
        Assert.True(gate.IsHolding || await Eventually.WaitUntilAsync(() => gate.IsHolding));
        await gate.StopAsync(default);
    }

    [Fact]
    public async Task ExecuteAsync_RoleTakenByAnother_StopsAtTheNextRenewalAndRestartsWhenItComesBack()
    {
        var worker = new CountingWorker();
        using var gate = Gate(worker, _db.Leases, "a");
        await gate.StartAsync(default);
        Assert.True(await worker.Started.WaitAsync(Bound));
        Assert.True(await _time.TimerCreated.WaitAsync(Bound)); // the first renewal is set

        // The lease runs out (as after a stall: expired on the store's clock) and another process takes the role.
        await _db.ExecuteAsync($"UPDATE role_leases SET expires_at = 0 WHERE role = '{Role}'");
        var other = await _db.Reopen().Leases.TryAcquireOrRenewAsync(Role, "b", Options.LeaseDuration, default);
        Assert.NotNull(other);
        _time.Advance(Options.RenewInterval);

        Assert.True(await worker.Stopped.WaitAsync(Bound));
        Assert.True(await _time.TimerCreated.WaitAsync(Bound)); // waiting to try again
        Assert.Equal(0, worker.Running);
        Assert.False(gate.IsHolding);

        await _db.Leases.ReleaseAsync(Role, "b", default);
        _time.Advance(Options.RenewInterval);

        Assert.True(await worker.Started.WaitAsync(Bound));
        Assert.Equal(2, worker.Starts);
        await gate.StopAsync(default);
        Assert.Equal(0, worker.Running);
    }

    [Fact]
    public async Task StopAsync_Holder_ReleasesTheRoleForAnotherAtOnce()
    {
        var worker = new CountingWorker();
        using var gate = Gate(worker, _db.Leases, "a");
        await gate.StartAsync(default);
        Assert.True(await worker.Started.WaitAsync(Bound));

        await gate.StopAsync(default);

        Assert.Equal(0, worker.Running);
        Assert.NotNull(await _db.Reopen().Leases.TryAcquireOrRenewAsync(Role, "b", Options.LeaseDuration, default));
    }

    [Fact]
    public async Task ExecuteAsync_TwoProcessesForOneRole_OneRunsAtATimeAndTheOtherTakesOverWhenItStops()
    {
        var running = new RunningCount();
        var first = new CountingWorker(running);
        var second = new CountingWorker(running);
        using var firstGate = Gate(first, _db.Reopen().Leases, "a");
        using var secondGate = Gate(second, _db.Reopen().Leases, "b");

        await Task.WhenAll(firstGate.StartAsync(default), secondGate.StartAsync(default));
        Assert.True(await Eventually.WaitUntilAsync(() => first.Starts + second.Starts == 1, Bound));
        for (var turn = 0; turn < 4; turn++)
        {
            Assert.True(await _time.TimerCreated.WaitAsync(Bound));
            Assert.True(await _time.TimerCreated.WaitAsync(Bound));
            _time.Advance(Options.RenewInterval);
        }

        Assert.True(await _time.TimerCreated.WaitAsync(Bound));
        Assert.True(await _time.TimerCreated.WaitAsync(Bound));
        Assert.Equal(1, first.Starts + second.Starts);
        Assert.Equal(1, running.Max);
        var (holder, holderGate, waiting) = first.Starts == 1 ? (first, firstGate, second) : (second, secondGate, first);

        await holderGate.StopAsync(default);
        Assert.Equal(0, holder.Running);
        _time.Advance(Options.RenewInterval);

        Assert.True(await waiting.Started.WaitAsync(Bound));
        Assert.Equal(1, running.Max);
        await firstGate.StopAsync(default);
        await secondGate.StopAsync(default);
    }

    [Fact]
    public async Task ExecuteAsync_WorkerEndsByItself_GivesTheRoleBack()
    {
        var worker = new EndingWorker();
        using var gate = Gate(worker, _db.Leases, "a");

        await gate.StartAsync(default);

        Assert.True(await Eventually.WaitUntilAsync(() => gate.ExecuteTask is { IsCompleted: true }, Bound));
        Assert.True(gate.ExecuteTask!.IsCompletedSuccessfully);
        Assert.NotNull(await _db.Reopen().Leases.TryAcquireOrRenewAsync(Role, "b", Options.LeaseDuration, default));
    }

    [Fact]
    public async Task ExecuteAsync_WorkerThrows_FailsAsTheWorkerWouldAndGivesTheRoleBack()
    {
        var worker = new EndingWorker(new InvalidOperationException("broken loop"));
        using var gate = Gate(worker, _db.Leases, "a");

        await gate.StartAsync(default);

        Assert.True(await Eventually.WaitUntilAsync(() => gate.ExecuteTask is { IsCompleted: true }, Bound));
        Assert.Equal("broken loop", Assert.IsType<InvalidOperationException>(gate.ExecuteTask!.Exception?.InnerException).Message);
        Assert.NotNull(await _db.Reopen().Leases.TryAcquireOrRenewAsync(Role, "b", Options.LeaseDuration, default));
    }

    [Fact]
    public async Task StartAsync_RoleGranted_PublishesTheLeaseTheWorkerFencesItsWritesWith()
    {
        var worker = new CountingWorker();
        var granted = new RoleLeases();
        using var gate = Gate(worker, _db.Leases, "a", granted);

        await gate.StartAsync(default);

        Assert.True(await worker.Started.WaitAsync(Bound));
        var lease = granted.Current(Role);
        Assert.Equal((Role, "a"), (lease?.Role, lease?.Owner));
        Assert.Equal(lease!.Fence, await _db.Int64Async($"SELECT fence FROM role_leases WHERE role = '{Role}' AND owner = 'a'"));
        await gate.StopAsync(default);
    }

    [Fact]
    public async Task ExecuteAsync_WorkerFencedOut_StopsItWithoutFailingAndTakesTheRoleAgain()
    {
        var worker = new FencedOnceWorker();
        using var gate = Gate(worker, _db.Leases, "a");
        await gate.StartAsync(default);
        Assert.True(await worker.Started.WaitAsync(Bound));

        Assert.True(await _time.TimerCreated.WaitAsync(Bound)); // the renewal set while the worker ran
        Assert.True(await _time.TimerCreated.WaitAsync(Bound)); // fenced out: waiting to take the role again
        Assert.False(gate.ExecuteTask!.IsCompleted);
        _time.Advance(Options.RenewInterval);

        Assert.True(await worker.Started.WaitAsync(Bound));
        Assert.Equal(2, worker.Starts);
        Assert.False(gate.ExecuteTask.IsCompleted);
        await gate.StopAsync(default);
    }

    private SingletonRoleService<TWorker> Gate<TWorker>(TWorker worker, ILeaseStore leases, string owner, RoleLeases? granted = null)
        where TWorker : BackgroundService => new(
        Role, worker, leases, new RoleOwner(owner), Microsoft.Extensions.Options.Options.Create(Options), _time,
        NullLogger<SingletonRoleService<TWorker>>.Instance, granted);

    /// <summary>How many of the workers sharing it run at once, and the most ever seen.</summary>
    public sealed class RunningCount
    {
        private int _now;
        private int _max;

        public int Max => Volatile.Read(ref _max);

        public void Enter()
        {
            var now = Interlocked.Increment(ref _now);
            int max;
            while (now > (max = Volatile.Read(ref _max)) && Interlocked.CompareExchange(ref _max, now, max) != max)
            {
            }
        }

        public void Leave() => Interlocked.Decrement(ref _now);
    }

    /// <summary>A loop that runs until cancelled, counting its runs.</summary>
    public sealed class CountingWorker(RunningCount? shared = null) : BackgroundService
    {
        private readonly RunningCount _shared = shared ?? new RunningCount();
        private int _running;
        private int _starts;

        public SemaphoreSlim Started { get; } = new(0);

        public SemaphoreSlim Stopped { get; } = new(0);

        public int Running => Volatile.Read(ref _running);

        public int Starts => Volatile.Read(ref _starts);

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            Interlocked.Increment(ref _running);
            Interlocked.Increment(ref _starts);
            _shared.Enter();
            Started.Release();
            try
            {
                await Task.Delay(Timeout.Infinite, stoppingToken);
            }
            catch (OperationCanceledException)
            {
            }
            finally
            {
                _shared.Leave();
                Interlocked.Decrement(ref _running);
                Stopped.Release();
            }
        }
    }

    /// <summary>A loop whose first run is fenced out of a write (its role was lost meanwhile); later runs go on until cancelled.</summary>
    public sealed class FencedOnceWorker : BackgroundService
    {
        private int _starts;

        public SemaphoreSlim Started { get; } = new(0);

        public int Starts => Volatile.Read(ref _starts);

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            var start = Interlocked.Increment(ref _starts);
            Started.Release();
            await Task.Yield();
            if (start == 1)
            {
                throw new FencedOutException(new RoleLease(Role, "a", 1, StoreHarness.Start));
            }

            await Task.Delay(Timeout.Infinite, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>A loop that ends at once (as Telegram polling does in webhook mode), or throws.</summary>
    public sealed class EndingWorker(Exception? failure = null) : BackgroundService
    {
        protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
            failure is null ? Task.CompletedTask : Task.FromException(failure);
    }

    /// <summary>A fake clock that says when a wait (a gate's renewal or retry) is set on it.</summary>
    private sealed class WatchedClock : FakeTimeProvider
    {
        public WatchedClock()
            : base(StoreHarness.Start)
        {
        }

        public SemaphoreSlim TimerCreated { get; } = new(0);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            if (state is not CancellationTokenSource)
            {
                TimerCreated.Release(); // a wait (Task.Delay), not the gate's time limit on a store call
            }

            return timer;
        }
    }
}
