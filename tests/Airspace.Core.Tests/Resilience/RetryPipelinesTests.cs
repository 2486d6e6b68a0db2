using Airspace.Core.Resilience;
using Microsoft.Extensions.Time.Testing;
using Polly;

namespace Airspace.Core.Tests.Resilience;

public sealed class RetryPipelinesTests
{
    private static readonly TimeSpan First = TimeSpan.FromSeconds(4);
    private static readonly TimeSpan Max = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task ExecuteAsync_AskedWait_WaitedExactlyAndDoesNotGrowTheExponent()
    {
        var run = new Run("fail", "wait 7", "fail", "ok");

        var result = await run.ExecuteAsync(new Backoff(First, Max, new FixedJitter(0.5)));

        // 4 s after the first failure, the asked 7 s, then 8 s: the second failure, not the third attempt.
        Assert.Equal("ok", result);
        Assert.Equal([TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(8)], run.Clock.Waits);
        Assert.Equal([TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(8)], run.Retries.Select(r => r.Wait));
        Assert.Equal([1, 1, 2], run.Retries.Select(r => r.Failures));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(0.999)]
    public async Task ExecuteAsync_Failures_JitteredWaitsWithinTheBackoffBounds(double random)
    {
        var backoff = new Backoff(First, Max, new FixedJitter(random));
        var run = new Run("fail", "fail", "fail", "fail", "fail", "ok");

        await run.ExecuteAsync(backoff);

        Assert.Equal(Enumerable.Range(1, 5).Select(backoff.Delay), run.Clock.Waits);
        Assert.All(run.Clock.Waits.Select((wait, i) => (wait, bounds: backoff.Bounds(i + 1))), w => Assert.InRange(w.wait, w.bounds.Min, w.bounds.Max));
    }

    [Fact]
    public async Task ExecuteAsync_LowestJitter_WaitsAQuarterBelowTheDoubling()
    {
        var run = new Run("fail", "fail", "fail", "ok");

        await run.ExecuteAsync(new Backoff(First, Max, new FixedJitter(0)));

        Assert.Equal([TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(6), TimeSpan.FromSeconds(12)], run.Clock.Waits);
        Assert.Equal(TimeSpan.FromSeconds(21), run.Clock.GetUtcNow() - run.Start);
    }

    [Fact]
    public async Task ExecuteAsync_CancelledWhileRetrying_StopsWithoutAnotherAttempt()
    {
        using var cts = new CancellationTokenSource();
        var run = new Run(Enumerable.Repeat("fail", 10).ToArray()) { CancelAfterRetries = (2, cts) };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.ExecuteAsync(new Backoff(First, Max, new FixedJitter(0.5)), ct: cts.Token));

        Assert.Equal(2, run.Attempts);
    }

    [Fact]
    public async Task ExecuteAsync_NonTransientResult_ReturnedWithoutRetry()
    {
        var run = new Run("refused", "ok");

        var result = await run.ExecuteAsync(new Backoff(First, Max, new FixedJitter(0.5)));

        Assert.Equal("refused", result);
        Assert.Equal(1, run.Attempts);
        Assert.Empty(run.Clock.Waits);
    }

    [Fact]
    public async Task ExecuteAsync_NonTransientException_RethrownWithoutRetry()
    {
        var run = new Run("throw", "ok");

        await Assert.ThrowsAsync<InvalidOperationException>(() => run.ExecuteAsync(new Backoff(First, Max, new FixedJitter(0.5))));

        Assert.Equal(1, run.Attempts);
    }

    [Fact]
    public async Task ExecuteAsync_MaxFailuresReached_ReturnsTheLastFailureAndAskedWaitsDoNotCount()
    {
        var run = new Run("fail", "wait 1", "wait 1", "fail", "fail 3", "ok");

        var result = await run.ExecuteAsync(new Backoff(First, Max, new FixedJitter(0.5)), maxFailures: 3);

        Assert.Equal("fail 3", result);
        Assert.Equal(5, run.Attempts);
    }

    [Fact]
    public async Task ExecuteAsync_OneSharedPipeline_CountsFailuresPerExecution()
    {
        var clock = new SkippingClock();
        var first = new Run("fail", "fail", "ok") { Clock = clock };
        var second = new Run("fail", "ok");
        var pipeline = first.Build(new Backoff(First, Max, new FixedJitter(0.5)));

        await pipeline.ExecuteAsync(first.Attempt);
        await pipeline.ExecuteAsync(second.Attempt);

        // The second execution starts again at the first failure's wait.
        Assert.Equal([TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(4)], clock.Waits);
    }

    /// <summary>One scripted execution: each attempt answers the next word ("fail…" transient, "wait N" asks N seconds, "throw" throws, anything else is final).</summary>
    private sealed class Run(params string[] answers)
    {
        private int _next;

        public SkippingClock Clock { get; init; } = new();

        public DateTimeOffset Start { get; } = SkippingClock.Epoch;

        public int Attempts => _next;

        public List<(TimeSpan Wait, int Failures)> Retries { get; } = [];

        public (int Retries, CancellationTokenSource Source)? CancelAfterRetries { get; init; }

        public ResiliencePipeline<string> Build(Backoff backoff, int maxFailures = int.MaxValue) => RetryPipelines.Create<string>(
            backoff,
            Clock,
            outcome => outcome switch
            {
                { Exception: not null } => RetryDecision.Done,
                { Result: var r } when r!.StartsWith("wait ", StringComparison.Ordinal) => RetryDecision.Asked(TimeSpan.FromSeconds(int.Parse(r[5..], System.Globalization.CultureInfo.InvariantCulture))),
                { Result: var r } when r!.StartsWith("fail", StringComparison.Ordinal) => RetryDecision.Failure,
                _ => RetryDecision.Done,
            },
            (_, wait, failures) =>
            {
                Retries.Add((wait, failures));
                if (CancelAfterRetries is { } cancel && Retries.Count == cancel.Retries)
                {
                    cancel.Source.Cancel();
                }
            },
            maxFailures);

        public ValueTask<string> Attempt(CancellationToken ct)
        {
            var answer = answers[_next++];
            return answer == "throw" ? throw new InvalidOperationException("refused for good") : ValueTask.FromResult(answer);
        }

        public async Task<string> ExecuteAsync(Backoff backoff, int maxFailures = int.MaxValue, CancellationToken ct = default) =>
            await Build(backoff, maxFailures).ExecuteAsync(Attempt, ct);
    }

    /// <summary>A fake clock that records every timer set on it and moves itself onto the timer's due time, so a retry loop runs through at once.</summary>
    private sealed class SkippingClock : FakeTimeProvider
    {
        public static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public SkippingClock()
            : base(Epoch)
        {
        }

        public List<TimeSpan> Waits { get; } = [];

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            if (dueTime != Timeout.InfiniteTimeSpan)
            {
                lock (Waits)
                {
                    Waits.Add(dueTime);
                }

                _ = Task.Run(() => Advance(dueTime));
            }

            return timer;
        }
    }
}
