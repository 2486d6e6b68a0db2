using System.Security.Cryptography;
using System.Text;
using Airspace.Core.Interactions;

namespace Airspace.Core.Commands;

/// <summary>
/// Queries too long for a platform's button data (Telegram's 64-byte callback_data, Discord's 100-character custom_id),
/// kept under a short key for <c>lifetime</c> in the <see cref="IPagingKeyStore"/>, so a button works on every replica
/// sharing the store and after a restart; after that the button says its search expired. Asking for a live query
/// again extends its life.
/// </summary>
/// <remarks>
/// The key is derived from the query (71 bits of its SHA-256), so every replica gives one query the same key and
/// saving it twice is harmless. The store is the truth; this process keeps the last <c>capacity</c> keys in memory in
/// front of it, so turning pages costs a store write only once per tenth of the lifetime and a read only on another
/// replica or after a restart. When the store cannot be written within <see cref="ChatStoreWait.Limit"/>, the key is kept in
/// memory only (logged): the buttons then work in this process, as before the store kept them.
/// </remarks>
public sealed class PagingKeys(IPagingKeyStore store, TimeProvider time, TimeSpan lifetime, ILogger logger, int capacity = PagingKeys.DefaultCapacity)
{
    public const int DefaultCapacity = 10_000;

    public const int KeyLength = 12;
    private const string KeyCharacters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Kept> _byKey = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    public TimeSpan Lifetime => lifetime;

    /// <summary>The key of <paramref name="query"/>, kept (or extended) in the store for <see cref="Lifetime"/>.</summary>
    public async Task<string> RememberAsync(string query, CancellationToken ct)
    {
        var key = KeyOf(query);
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_byKey.TryGetValue(key, out var kept) && kept.Query == query && now - kept.Saved < lifetime / 10 && kept.Expires > now)
            {
                return key;
            }
        }

        try
        {
            await store.SaveAsync(key, query, now + lifetime, ct).WaitAsync(ChatStoreWait.Limit, time, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            CoreLog.PagingKeyNotStored(logger, ex);
        }

        Keep(key, new Kept(query, now + lifetime, now));
        return key;
    }

    /// <summary>The query kept under <paramref name="key"/>; null when unknown or expired.</summary>
    public async Task<string?> RecallAsync(string key, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_byKey.TryGetValue(key, out var kept) && kept.Expires > now)
            {
                return kept.Query;
            }
        }

        // Saved by another replica or before a restart. Its exact expiry stays in the store: asking the store again
        // after this process's caching lifetime is cheap, so the cached copy lives only a tenth of the lifetime.
        var query = await store.FindAsync(key, ct).ConfigureAwait(false);
        if (query is not null)
        {
            Keep(key, new Kept(query, now + lifetime / 10, DateTimeOffset.MinValue));
        }

        return query;
    }

    /// <summary>The key of a query: the same on every replica, <see cref="KeyLength"/> letters and digits.</summary>
    public static string KeyOf(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(query));
        var key = new char[KeyLength];
        var value = new System.Numerics.BigInteger(hash.AsSpan(0, 16), isUnsigned: true);
        for (var i = 0; i < KeyLength; i++)
        {
            key[i] = KeyCharacters[(int)(value % KeyCharacters.Length)];
            value /= KeyCharacters.Length;
        }

        return new string(key);
    }

    private void Keep(string key, Kept kept)
    {
        lock (_gate)
        {
            if (!_byKey.ContainsKey(key))
            {
                _order.Enqueue(key);
                while (_order.Count > capacity && _order.TryDequeue(out var oldest))
                {
                    _byKey.Remove(oldest);
                }
            }

            _byKey[key] = kept;
        }
    }

    /// <summary>A key's query, until when this process may answer for it without the store, and when it was last saved.</summary>
    private sealed record Kept(string Query, DateTimeOffset Expires, DateTimeOffset Saved);
}
