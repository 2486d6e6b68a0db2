using System.Collections.Concurrent;

namespace Airspace.Feeds.Http;

/// <summary>
/// Per-host politeness: at most N requests in flight to one host, and at least a delay between the starts of two
/// requests to it, whichever source or page they are for.
/// </summary>
public sealed class HostGate(int maxConcurrency, TimeSpan spacing, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, HostSlot> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public async Task<IDisposable> EnterAsync(string host, CancellationToken ct)
    {
        var slot = _hosts.GetOrAdd(host, _ => new HostSlot(maxConcurrency));
        await slot.Concurrency.WaitAsync(ct).ConfigureAwait(false);
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

            return new Release(slot.Concurrency);
        }
        catch
        {
            slot.Concurrency.Release();
            throw;
        }
    }

    private sealed class HostSlot(int maxConcurrency)
    {
        public SemaphoreSlim Concurrency { get; } = new(maxConcurrency, maxConcurrency);

        public DateTimeOffset NextStart { get; set; }
    }

    private sealed class Release(SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                semaphore.Release();
            }
        }
    }
}
