using System.Security.Cryptography;

namespace Airspace.Core.Commands;

/// <summary>
/// Queries too long for a platform's button data (Telegram's 64-byte callback_data, Discord's 100-character custom_id),
/// kept under a short random key for <c>lifetime</c>; after that the button says its search expired. At most
/// <c>capacity</c> are kept: when full, the oldest goes first (every key lives as long as the others, so the oldest is
/// also the nearest to expiry). The same live query keeps its key, and asking for it again extends its life.
/// </summary>
public sealed class PagingKeys(TimeProvider time, TimeSpan lifetime, int capacity = PagingKeys.DefaultCapacity)
{
    public const int DefaultCapacity = 10_000;
    public const int KeyLength = 12;
    private const string KeyCharacters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, (string Query, DateTimeOffset Expires)> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _keyByQuery = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset Expires)> _order = new();

    public TimeSpan Lifetime => lifetime;

    public string Remember(string query)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            var known = _keyByQuery.TryGetValue(query, out var live) && _byKey.TryGetValue(live, out var entry) && entry.Expires > now;
            Evict(now, makeRoom: !known);

            var key = known ? live! : RandomNumberGenerator.GetString(KeyCharacters, KeyLength);
            var expires = now + lifetime;
            _byKey[key] = (query, expires);
            _keyByQuery[query] = key;
            _order.Enqueue((key, expires));
            return key;
        }
    }

    /// <summary>The query kept under <paramref name="key"/>; null when unknown, evicted or expired.</summary>
    public string? Recall(string key)
    {
        lock (_gate)
        {
            return _byKey.TryGetValue(key, out var entry) && entry.Expires > time.GetUtcNow() ? entry.Query : null;
        }
    }

    /// <summary>Drops expired keys and, to make room for a new one (<paramref name="makeRoom"/>), the oldest live ones.</summary>
    private void Evict(DateTimeOffset now, bool makeRoom)
    {
        while (_order.TryPeek(out var oldest) && ((makeRoom && _byKey.Count >= capacity) || oldest.Expires <= now))
        {
            _order.Dequeue();
            // A key asked for again was queued again with its later expiry: only its newest entry removes it.
            if (_byKey.TryGetValue(oldest.Key, out var entry) && entry.Expires == oldest.Expires)
            {
                _byKey.Remove(oldest.Key);
                // An expired query asked for again got a new key: the old key must not take that mapping with it.
                if (_keyByQuery.TryGetValue(entry.Query, out var current) && current == oldest.Key)
                {
                    _keyByQuery.Remove(entry.Query);
                }
            }
        }
    }
}
