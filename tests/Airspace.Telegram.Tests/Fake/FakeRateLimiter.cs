using System.Diagnostics;

namespace Airspace.Telegram.Tests.Fake;

/// <summary>
/// Per-chat token buckets and the token's global limit over any one-second window; a send over either is a 429 whose
/// retry_after is when one will be there. Accepted sends are timed, so tests can count the busiest second.
/// </summary>
public sealed class FakeRateLimiter(FakeLimits limits)
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Dictionary<long, (Bucket PerSecond, Bucket? PerMinute)> _buckets = [];
    private readonly List<TimeSpan> _accepted = [];
    private int _windowStart;

    /// <summary>429s answered because of the global limit.</summary>
    public int GlobalRefusals { get; private set; }

    /// <summary>The most sends accepted inside any one-second window so far.</summary>
    public int BusiestSecond()
    {
        var most = 0;
        for (int first = 0, last = 0; last < _accepted.Count; last++)
        {
            while (_accepted[last] - _accepted[first] >= Second)
            {
                first++;
            }

            most = Math.Max(most, last - first + 1);
        }

        return most;
    }

    /// <summary>Takes a token for a send to <paramref name="chatId"/>, or returns the seconds to wait (rounded up, at least 1).</summary>
    public int? TryTake(long chatId)
    {
        var now = _clock.Elapsed.TotalSeconds;
        if (!_buckets.TryGetValue(chatId, out var buckets))
        {
            buckets = (new Bucket(limits.PerChatBurst, limits.PerChatPerSecond, now),
                chatId < 0 ? new Bucket(limits.GroupPerMinute, limits.GroupPerMinute / 60, now) : null);
            _buckets[chatId] = buckets;
        }

        var wait = Math.Max(buckets.PerSecond.WaitFor(now), buckets.PerMinute?.WaitFor(now) ?? 0);
        if (wait > 0)
        {
            return Math.Max(1, (int)Math.Ceiling(wait));
        }

        var elapsed = _clock.Elapsed;
        while (_windowStart < _accepted.Count && elapsed - _accepted[_windowStart] >= Second)
        {
            _windowStart++;
        }

        if (_accepted.Count - _windowStart >= limits.GlobalPerSecond)
        {
            GlobalRefusals++;
            return 1;
        }

        buckets.PerSecond.Take();
        buckets.PerMinute?.Take();
        _accepted.Add(elapsed);
        return null;
    }

    private sealed class Bucket
    {
        private readonly double _capacity;
        private readonly double _perSecond;
        private double _tokens;
        private double _stamp;

        public Bucket(double capacity, double perSecond, double now)
        {
            _capacity = capacity;
            _perSecond = perSecond;
            _tokens = capacity;
            _stamp = now;
        }

        public double WaitFor(double now)
        {
            _tokens = Math.Min(_capacity, _tokens + ((now - _stamp) * _perSecond));
            _stamp = now;
            return _tokens >= 1 ? 0 : (1 - _tokens) / _perSecond;
        }

        public void Take() => _tokens -= 1;
    }
}
