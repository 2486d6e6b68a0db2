using System.Diagnostics;

namespace Airspace.Telegram.Tests.Fake;

/// <summary>Per-chat token buckets; a send without a token is a 429 whose retry_after is when one will be there.</summary>
public sealed class FakeRateLimiter(FakeLimits limits)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Dictionary<long, (Bucket PerSecond, Bucket? PerMinute)> _buckets = [];

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

        buckets.PerSecond.Take();
        buckets.PerMinute?.Take();
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
