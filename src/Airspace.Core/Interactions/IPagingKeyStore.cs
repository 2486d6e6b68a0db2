namespace Airspace.Core.Interactions;

/// <summary>
/// Long search queries kept under a short key for paging buttons, in the store so a button works on every replica
/// sharing it and after a restart. A key need only be kept while its buttons may still be pressed; older ones are pruned.
/// </summary>
public interface IPagingKeyStore
{
    /// <summary>
    /// Keeps <paramref name="query"/> under <paramref name="key"/> until <paramref name="keepUntil"/>; saving a kept key
    /// again extends it (an earlier <paramref name="keepUntil"/> never shortens it).
    /// </summary>
    Task SaveAsync(string key, string query, DateTimeOffset keepUntil, CancellationToken ct);

    /// <summary>The query kept under <paramref name="key"/>; null when unknown or past its keep-until time.</summary>
    Task<string?> FindAsync(string key, CancellationToken ct);
}
