using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Airspace.Discord.Tests.Fakes;

/// <summary>Rate limits as Discord applies them: a fixed window per bucket and major parameter, and 50 requests per second globally.</summary>
public sealed partial class FakeDiscord
{
    private readonly ConcurrentDictionary<string, FixedWindow> _windows = new();
    private readonly Lock _globalGate = new();
    private readonly Queue<TimeSpan> _globalRequests = new();
    private TimeSpan _globalPausedUntil;

    private (int, JsonNode?)? GlobalLimited(HttpContext context)
    {
        lock (_globalGate)
        {
            var now = Now;
            if (_globalPausedUntil > now)
            {
                Interlocked.Increment(ref _globalViolations);
                return GlobalTooMany(context, _globalPausedUntil - now);
            }

            while (_globalRequests.Count > 0 && now - _globalRequests.Peek() >= TimeSpan.FromSeconds(1))
            {
                _globalRequests.Dequeue();
            }

            if (_globalRequests.Count >= GlobalLimitPerSecond)
            {
                _globalPausedUntil = _globalRequests.Peek() + TimeSpan.FromSeconds(1);
                return GlobalTooMany(context, _globalPausedUntil - now);
            }

            _globalRequests.Enqueue(now);
            return null;
        }
    }

    private (int, JsonNode?) GlobalTooMany(HttpContext context, TimeSpan retryAfter)
    {
        TooManyRequests.AddOrUpdate("global", 1, (_, n) => n + 1);
        context.Response.Headers["X-RateLimit-Global"] = "true";
        context.Response.Headers["X-RateLimit-Scope"] = "global";
        context.Response.Headers["Retry-After"] = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return (429, new JsonObject { ["message"] = "You are being rate limited.", ["retry_after"] = Math.Round(retryAfter.TotalSeconds + 0.0005, 3), ["global"] = true });
    }

    /// <summary>Applies a per-major-parameter fixed window with Discord's headers; a 429 when it is spent.</summary>
    private (int, JsonNode?)? Bucket(HttpContext context, string hash, string major)
    {
        var window = _windows.GetOrAdd(hash + ":" + major, _ => new FixedWindow());
        int remaining;
        TimeSpan resetAfter;
        lock (window)
        {
            var now = Now;
            if (now >= window.Start + MessageBucketWindow)
            {
                window.Start = now;
                window.Count = 0;
            }

            resetAfter = window.Start + MessageBucketWindow - now;
            if (window.Count >= MessageBucketLimit)
            {
                remaining = -1;
            }
            else
            {
                window.Count++;
                remaining = MessageBucketLimit - window.Count;
            }
        }

        // Rounded up, as Discord does, so a client waiting this long never arrives early.
        var seconds = (Math.Ceiling(resetAfter.TotalMilliseconds) / 1000).ToString("0.000", CultureInfo.InvariantCulture);
        context.Response.Headers["X-RateLimit-Limit"] = MessageBucketLimit.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["X-RateLimit-Remaining"] = Math.Max(0, remaining).ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["X-RateLimit-Reset-After"] = seconds;
        context.Response.Headers["X-RateLimit-Bucket"] = hash;
        if (remaining >= 0)
        {
            return null;
        }

        TooManyRequests.AddOrUpdate(hash + ":" + major, 1, (_, n) => n + 1);
        context.Response.Headers["X-RateLimit-Scope"] = "user";
        context.Response.Headers["Retry-After"] = Math.Ceiling(resetAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return (429, new JsonObject { ["message"] = "You are being rate limited.", ["retry_after"] = double.Parse(seconds, CultureInfo.InvariantCulture), ["global"] = false });
    }

    private sealed class FixedWindow
    {
        public TimeSpan Start { get; set; } = TimeSpan.MinValue / 2;
        public int Count { get; set; }
    }
}
