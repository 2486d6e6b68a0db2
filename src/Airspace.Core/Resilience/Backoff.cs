namespace Airspace.Core.Resilience;

/// <summary>
/// The one exponential back-off of Airspace: the wait after the n-th consecutive failure is
/// <see cref="First"/> × 2<sup>n−1</sup>, capped at <see cref="Max"/>, then spread by ±<see cref="Jitter"/> (a
/// fraction) so that many clients failing together do not come back together, and never above <see cref="Max"/>.
/// In-process retries wait it out in a <see cref="RetryPipelines"/> pipeline (or, for the gateway and the signalled
/// loop, directly); the outbox and the feed scheduler store it as the next attempt's time.
/// </summary>
/// <remarks>
/// A wait the platform asks for (HTTP 429 Retry-After, Discord's and Telegram's <c>retry_after</c>) is not a failure:
/// callers wait exactly that, without counting an attempt and without jitter below it.
/// </remarks>
public sealed class Backoff
{
    /// <summary>The spread applied unless a caller says otherwise: each wait lands within ±25% of the exponential value.</summary>
    public const double DefaultJitter = 0.25;

    public Backoff(TimeSpan first, TimeSpan max, IJitterSource? random = null, double jitter = DefaultJitter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(first, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, first);
        ArgumentOutOfRangeException.ThrowIfLessThan(jitter, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(jitter, 1);
        First = first;
        Max = max;
        Random = random ?? SharedRandomJitter.Instance;
        Jitter = jitter;
    }

    /// <summary>The wait after the first failure (before jitter).</summary>
    public TimeSpan First { get; }

    /// <summary>No wait is longer, jitter included.</summary>
    public TimeSpan Max { get; }

    /// <summary>The spread, as a fraction of the exponential value: 0.25 means within ±25%.</summary>
    public double Jitter { get; }

    public IJitterSource Random { get; }

    /// <summary>
    /// The wait after <paramref name="failures"/> consecutive failures (0 gives half of <see cref="First"/>: a
    /// reconnect after a connection that had been fine). Doubling in floating point needs no overflow guard: a huge
    /// count is simply capped.
    /// </summary>
    public TimeSpan Delay(int failures)
    {
        var exponential = Exponential(failures);
        var spread = 1 + (Jitter * ((2 * Random.NextDouble()) - 1));
        return TimeSpan.FromTicks((long)Math.Min(Max.Ticks, exponential * spread));
    }

    /// <summary>The shortest and longest <see cref="Delay"/> can be after <paramref name="failures"/> failures (for documentation and tests).</summary>
    public (TimeSpan Min, TimeSpan Max) Bounds(int failures)
    {
        var exponential = Exponential(failures);
        return (TimeSpan.FromTicks((long)(exponential * (1 - Jitter))), TimeSpan.FromTicks((long)Math.Min(Max.Ticks, exponential * (1 + Jitter))));
    }

    private double Exponential(int failures) => Math.Min(Max.Ticks, Math.ScaleB((double)First.Ticks, Math.Max(failures, 0) - 1));
}
