using Airspace.Core.Interactions;

namespace Airspace.Core.Tests.Commands;

/// <summary>A hand-written <see cref="IPagingKeyStore"/> in memory, counting the round trips; it can be made to fail.</summary>
internal sealed class MemoryPagingKeyStore(TimeProvider time) : IPagingKeyStore
{
    private readonly Dictionary<string, (string Query, DateTimeOffset KeepUntil)> _rows = [];

    public int Saves { get; private set; }

    public int Finds { get; private set; }

    public bool Failing { get; set; }

    /// <summary>Saves never complete (a database that does not answer).</summary>
    public bool Hanging { get; set; }

    public Task SaveAsync(string key, string query, DateTimeOffset keepUntil, CancellationToken ct)
    {
        if (Failing)
        {
            throw new InvalidOperationException("the store is down");
        }

        if (Hanging)
        {
            return new TaskCompletionSource().Task;
        }

        Saves++;
        _rows[key] = (query, _rows.TryGetValue(key, out var kept) && kept.KeepUntil > keepUntil ? kept.KeepUntil : keepUntil);
        return Task.CompletedTask;
    }

    public Task<string?> FindAsync(string key, CancellationToken ct)
    {
        Finds++;
        return Task.FromResult(_rows.TryGetValue(key, out var kept) && kept.KeepUntil > time.GetUtcNow() ? kept.Query : null);
    }
}
