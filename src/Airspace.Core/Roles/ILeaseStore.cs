namespace Airspace.Core.Roles;

/// <summary>
/// Leases on singleton roles (<see cref="SingletonRoles"/>): at most one owner holds a role at a time, across every
/// process sharing the store.
/// </summary>
public interface ILeaseStore
{
    /// <summary>
    /// Grants or renews <paramref name="role"/> to <paramref name="owner"/> until <paramref name="now"/> +
    /// <paramref name="ttl"/> when it is free, expired at <paramref name="now"/>, or already held by
    /// <paramref name="owner"/>; returns null while another owner holds an unexpired lease. The fence grows when the
    /// role changes owner.
    /// </summary>
    Task<RoleLease?> TryAcquireOrRenewAsync(string role, string owner, TimeSpan ttl, DateTimeOffset now, CancellationToken ct);

    /// <summary>Ends <paramref name="owner"/>'s lease on <paramref name="role"/> at once (nothing when another owner holds it).</summary>
    Task ReleaseAsync(string role, string owner, CancellationToken ct);
}
