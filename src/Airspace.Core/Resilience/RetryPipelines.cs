using Polly;
using Polly.Retry;

namespace Airspace.Core.Resilience;

/// <summary>
/// Builds the Polly retry pipelines of the in-process retry loops (connecting, registering commands, repeating an
/// idempotent request). <see cref="Backoff"/> stays the one delay function: Polly decides when to retry and waits on
/// the injected <see cref="TimeProvider"/>; a wait the platform asks for is waited exactly and does not advance the
/// failure count that the exponential part doubles on. Persisted schedules (the outbox, the feed poller) use
/// <see cref="Backoff"/> directly.
/// </summary>
public static class RetryPipelines
{
    /// <summary>Failures of the current execution (asked waits excluded); kept in the execution's own context, so a pipeline is shared safely.</summary>
    private static readonly ResiliencePropertyKey<int> FailuresKey = new("Airspace.Retry.Failures");

    /// <summary>
    /// A pipeline that retries while <paramref name="classify"/> says so, until cancelled or until the
    /// <paramref name="maxFailures"/>-th failure, which is returned (or rethrown) as it is.
    /// </summary>
    /// <param name="backoff">The wait after the n-th failure.</param>
    /// <param name="time">The clock the waits run on (a FakeTimeProvider in tests).</param>
    /// <param name="classify">Decides per outcome; exceptions it calls <see cref="RetryDecision.Done"/> are rethrown.</param>
    /// <param name="onRetry">Called before each wait with the outcome, the wait and the failures so far (for the caller's log message).</param>
    /// <param name="maxFailures">The number of failed attempts after which the last one is returned; unlimited by default.</param>
    public static ResiliencePipeline<T> Create<T>(
        Backoff backoff,
        TimeProvider time,
        Func<Outcome<T>, RetryDecision> classify,
        Action<Outcome<T>, TimeSpan, int>? onRetry = null,
        int maxFailures = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(backoff);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(classify);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFailures, 1);

        var options = new RetryStrategyOptions<T>
        {
            // The limit is ours (failures only, asked waits excluded), so Polly's own attempt count never stops a retry.
            MaxRetryAttempts = int.MaxValue,
            ShouldHandle = args =>
            {
                var decision = classify(args.Outcome);
                if (!decision.Retry)
                {
                    return new ValueTask<bool>(false);
                }

                if (decision.AskedWait is not null)
                {
                    return new ValueTask<bool>(true);
                }

                var failures = args.Context.Properties.GetValue(FailuresKey, 0) + 1;
                args.Context.Properties.Set(FailuresKey, failures);
                return new ValueTask<bool>(failures < maxFailures);
            },
            DelayGenerator = args => new ValueTask<TimeSpan?>(
                classify(args.Outcome).AskedWait ?? backoff.Delay(args.Context.Properties.GetValue(FailuresKey, 0))),
            OnRetry = args =>
            {
                onRetry?.Invoke(args.Outcome, args.RetryDelay, args.Context.Properties.GetValue(FailuresKey, 0));
                return default;
            },
        };

        return new ResiliencePipelineBuilder<T> { TimeProvider = time }.AddRetry(options).Build();
    }
}
