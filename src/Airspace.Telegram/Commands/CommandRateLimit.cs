using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace Airspace.Telegram.Commands;

/// <summary>
/// At most <see cref="TelegramOptions.CommandsPerUser"/> commands per user per <see cref="TelegramOptions.CommandWindow"/>
/// (a sliding window). Past it, the first refused command gets one polite notice and the rest are ignored until the
/// window lets a command through again, so a flooding user cannot make the bot flood the chat back.
/// </summary>
internal sealed class CommandRateLimit : IDisposable
{
    /// <summary>Bounds the "already told" set when many users flood and never come back.</summary>
    private const int MaxWarned = 10_000;

    private readonly PartitionedRateLimiter<long> _limiter;
    private readonly ConcurrentDictionary<long, byte> _warned = new();

    public CommandRateLimit(IOptions<TelegramOptions> settings)
    {
        var options = settings.Value;
        var perUser = new SlidingWindowRateLimiterOptions
        {
            PermitLimit = options.CommandsPerUser,
            Window = options.CommandWindow,
            SegmentsPerWindow = 10,
            QueueLimit = 0,
            AutoReplenishment = true,
        };

        // Idle users' limiters are dropped by the partitioned limiter itself, so memory stays bounded.
        _limiter = PartitionedRateLimiter.Create<long, long>(user => RateLimitPartition.GetSlidingWindowLimiter(user, _ => perUser));
    }

    public CommandVerdict Check(long userId)
    {
        using var lease = _limiter.AttemptAcquire(userId);
        if (lease.IsAcquired)
        {
            _warned.TryRemove(userId, out _);
            return CommandVerdict.Allowed;
        }

        if (_warned.Count >= MaxWarned)
        {
            _warned.Clear();
        }

        return _warned.TryAdd(userId, 0) ? CommandVerdict.Warn : CommandVerdict.Ignore;
    }

    public void Dispose() => _limiter.Dispose();
}
