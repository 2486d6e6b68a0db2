using System.Collections.Concurrent;

namespace Airspace.Feeds.Http;

/// <summary>
/// Per-host politeness: at most N requests in flight to one host, and at least a delay between the starts of two
/// requests to it, whichever source or page they are for. Chat users choose hosts (<c>/summary &lt;url&gt;</c>), so the
/// table is bounded: past <c>maxHosts</c> entries, hosts with nothing in flight and no spacing left to keep are dropped.
/// </summary>
public sealed class HostGate(int maxConcurrency, TimeSpan spacing, TimeProvider time, int maxHosts = 1024)
{
    private readonly ConcurrentDictionary<string, HostSlot> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Hosts currently tracked (for tests of the bound).</summary>
    internal int HostCount => _hosts.Count;

    public async Task<IDisposable> EnterAsync(string host, CancellationToken ct)
    {
        if (_hosts.Count >= maxHosts && !_hosts.ContainsKey(host))
        {
            Prune();
        }

        var slot = Claim(host);
        try
        {
            await slot.Concurrency.WaitAsync(ct).ConfigureAwait(false);
        }
        catch
        {
            Unclaim(slot);
            throw;
        }

        try
        {
            TimeSpan wait;
            lock (slot)
            {
                var now = time.GetUtcNow();
                var start = slot.NextStart > now ? slot.NextStart : now;
                slot.NextStart = start + spacing;
                wait = start - now;
            }

            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, ct).ConfigureAwait(false);
            }

            return new Release(slot);
        }
        catch
        {
            slot.Concurrency.Release();
            Unclaim(slot);
            throw;
        }
    }

    /// <summary>The host's slot, counted as in use so that pruning cannot drop it between lookup and entry.</summary>
    private HostSlot Claim(string host)
    {
        while (true)
        {
            var slot = _hosts.GetOrAdd(host, _ => new HostSlot(maxConcurrency));
            lock (slot)
            {
                if (!slot.Removed)
                {
                    slot.Users++;
                    return slot;
                }
            }
        }
    }

    private static void Unclaim(HostSlot slot)
    {
        lock (slot)
        {
            slot.Users--;
        }
    }

    private void Prune()
    {
        var now = time.GetUtcNow();
        foreach (var (host, slot) in _hosts)
        {
            lock (slot)
            {
                if (slot.Users == 0 && slot.NextStart <= now)
                {
                    slot.Removed = true;
                    _hosts.TryRemove(KeyValuePair.Create(host, slot));
                }
            }
        }
    }

    private sealed class HostSlot(int maxConcurrency)
    {
        public SemaphoreSlim Concurrency { get; } = new(maxConcurrency, maxConcurrency);

        public DateTimeOffset NextStart { get; set; }

        /// <summary>Requests that hold or wait for this slot (guarded by the slot's lock).</summary>
        public int Users { get; set; }

        public bool Removed { get; set; }
    }

    private sealed class Release(HostSlot slot) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slot.Concurrency.Release();
                Unclaim(slot);
            }
        }
    }
}
