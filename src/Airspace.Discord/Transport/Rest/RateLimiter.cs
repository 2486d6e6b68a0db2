namespace Airspace.Discord.Transport.Rest;

/// <summary>
/// Client-side rate limiting from Discord's headers. Buckets are keyed by route and major parameter until the
/// response names the bucket hash; then routes that share a hash share one bucket per major parameter. A bucket with
/// no requests left waits for its reset instead of provoking a 429; a global 429 pauses every bucket; and requests
/// made with the bot token never exceed <see cref="GlobalPerSecond"/>.
/// </summary>
internal sealed class RateLimiter(TimeProvider time)
{
    public const int GlobalPerSecond = 50;

    private static readonly TimeSpan GlobalWindow = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan IdleBucketLifetime = TimeSpan.FromMinutes(5);

    /// <summary>Timers may fire a millisecond early and headers are rounded to milliseconds: never arrive before the reset.</summary>
    private static readonly TimeSpan ResetMargin = TimeSpan.FromMilliseconds(25);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _hashes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);
    private readonly List<GlobalSlot> _globalSends = [];
    private DateTimeOffset _globalPausedUntil;
    private DateTimeOffset _lastPurge;

    /// <summary>
    /// Waits until the route's bucket (and, for <paramref name="global"/>, the global limit) allows a request.
    /// Returns a denied lease instead when that wait would exceed <paramref name="maxWait"/>.
    /// </summary>
    public async Task<RateLimitLease> AcquireAsync(RestRoute route, bool global, TimeSpan maxWait, CancellationToken ct)
    {
        var bucket = GetBucket(route);
        await bucket.Gate.WaitAsync(ct).ConfigureAwait(false);
        var lease = RateLimitLease.Grant(bucket);
        try
        {
            var wait = WaitFor(bucket, global);
            if (wait > maxWait)
            {
                lease.Release();
                return RateLimitLease.Deny(wait);
            }

            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, ct).ConfigureAwait(false);
            }

            if (global)
            {
                lease.GlobalSlot = await TakeGlobalSlotAsync(ct).ConfigureAwait(false);
            }

            return lease;
        }
        catch
        {
            lease.Release();
            throw;
        }
    }

    /// <summary>Records what the response said about the bucket (and the global limit), then releases the lease.</summary>
    public void Complete(RateLimitLease lease, RestRoute route, RateLimitHeaders headers, int status)
    {
        var bucket = lease.Bucket ?? throw new InvalidOperationException("A denied lease cannot be completed.");
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (headers.Bucket is { Length: > 0 } hash)
            {
                _hashes[route.Key] = hash;
                // The bucket learned under the route key becomes the hash bucket, keeping its state.
                _buckets.TryAdd(hash + ":" + route.MajorParameter, bucket);
            }

            if (headers.Remaining is { } remaining)
            {
                bucket.Remaining = remaining;
            }

            if (headers.ResetAfter is { } resetAfter)
            {
                bucket.ResetAt = now + resetAfter + ResetMargin;
            }

            if (status == 429)
            {
                var retryAfter = headers.RetryAfter ?? headers.ResetAfter ?? TimeSpan.FromSeconds(1);
                if (headers.Global || string.Equals(headers.Scope, "global", StringComparison.OrdinalIgnoreCase))
                {
                    _globalPausedUntil = Max(_globalPausedUntil, now + retryAfter + ResetMargin);
                }
                else
                {
                    bucket.Remaining = 0;
                    bucket.ResetAt = Max(bucket.ResetAt, now + retryAfter + ResetMargin);
                }
            }

            bucket.LastUsed = now;
            if (lease.GlobalSlot is { } slot)
            {
                slot.At = now;
            }
        }

        lease.Release();
    }

    /// <summary>Releases a lease whose request got no response (network failure): nothing is learned.</summary>
    public void Abandon(RateLimitLease lease)
    {
        if (lease.GlobalSlot is { } slot)
        {
            lock (_gate)
            {
                slot.At = time.GetUtcNow();
            }
        }

        lease.Release();
    }

    private RateLimitBucket GetBucket(RestRoute route)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (now - _lastPurge > TimeSpan.FromMinutes(1))
            {
                Purge(now);
            }

            var key = (_hashes.TryGetValue(route.Key, out var hash) ? hash : route.Key) + ":" + route.MajorParameter;
            if (!_buckets.TryGetValue(key, out var bucket))
            {
                bucket = new RateLimitBucket { LastUsed = now };
                _buckets[key] = bucket;
            }

            return bucket;
        }
    }

    private TimeSpan WaitFor(RateLimitBucket bucket, bool global)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            var until = bucket.Remaining == 0 ? bucket.ResetAt : now;
            if (global)
            {
                until = Max(until, _globalPausedUntil);
            }

            return until > now ? until - now : TimeSpan.Zero;
        }
    }

    /// <summary>
    /// A slot in the global one-second window. It is dated again when the response arrives: Discord counts a request
    /// when it arrives, which can be later than when we started it, so the window is measured from the later time.
    /// </summary>
    private async Task<GlobalSlot> TakeGlobalSlotAsync(CancellationToken ct)
    {
        while (true)
        {
            TimeSpan wait;
            var now = time.GetUtcNow();
            lock (_gate)
            {
                _globalSends.RemoveAll(s => now - s.At >= GlobalWindow);
                if (_globalPausedUntil > now)
                {
                    wait = _globalPausedUntil - now;
                }
                else if (_globalSends.Count < GlobalPerSecond)
                {
                    var slot = new GlobalSlot { At = now };
                    _globalSends.Add(slot);
                    return slot;
                }
                else
                {
                    wait = _globalSends.Min(s => s.At) + GlobalWindow - now;
                }
            }

            await Task.Delay(wait, time, ct).ConfigureAwait(false);
        }
    }

    private void Purge(DateTimeOffset now)
    {
        _lastPurge = now;
        foreach (var (key, bucket) in _buckets.ToArray())
        {
            if (!bucket.InUse && now - bucket.LastUsed > IdleBucketLifetime && bucket.ResetAt < now)
            {
                _buckets.Remove(key);
            }
        }
    }

    internal sealed class GlobalSlot
    {
        public DateTimeOffset At { get; set; }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
