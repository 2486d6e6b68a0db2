namespace Airspace.Core.Resilience;

/// <summary>
/// What a caller of <see cref="RetryPipelines"/> says about one attempt's outcome: done (success, or a failure that
/// retrying cannot help), a transient failure (back off and count it), or a wait the platform asked for (wait exactly
/// that, count nothing).
/// </summary>
public readonly record struct RetryDecision
{
    private RetryDecision(bool retry, TimeSpan? asked)
    {
        Retry = retry;
        AskedWait = asked;
    }

    /// <summary>Not retried: the outcome is returned (or its exception rethrown) to the caller.</summary>
    public static RetryDecision Done { get; } = new(false, null);

    /// <summary>A transient failure: retried after <see cref="Backoff.Delay"/> of the failures so far.</summary>
    public static RetryDecision Failure { get; } = new(true, null);

    /// <summary>True when the attempt is tried again.</summary>
    public bool Retry { get; }

    /// <summary>The wait the platform asked for (429 <c>retry_after</c>), when it did and it is positive.</summary>
    public TimeSpan? AskedWait { get; }

    /// <summary>
    /// The platform asked for <paramref name="wait"/> (429 <c>retry_after</c>): it is waited exactly and is not a
    /// failure. A missing, zero or negative wait counts as a <see cref="Failure"/> and backs off.
    /// </summary>
    public static RetryDecision Asked(TimeSpan? wait) => wait is { } asked && asked > TimeSpan.Zero ? new(true, asked) : Failure;
}
