namespace Airspace.Core.Roles;

/// <summary>
/// Leases on singleton roles (<see cref="SingletonRoles"/>): at most one owner holds a role at a time, across every
/// process sharing the store. The store keeps the time: a shared store uses the database's clock, never a caller's, so
/// a replica whose clock runs ahead cannot take a live role.
/// </summary>
public interface ILeaseStore
{
    /// <summary>
    /// Grants or renews <paramref name="role"/> to <paramref name="owner"/> for <paramref name="ttl"/> from the store's
    /// now when it is free, expired, or already held by <paramref name="owner"/>; returns null while another owner holds
    /// an unexpired lease. The fence grows when the role changes owner. <see cref="RoleLease.ExpiresAt"/> is on the
    /// store's clock.
    /// </summary>
    Task<RoleLease?> TryAcquireOrRenewAsync(string role, string owner, TimeSpan ttl, CancellationToken ct);

    /// <summary>Ends <paramref name="owner"/>'s lease on <paramref name="role"/> at once (nothing when another owner holds it).</summary>
    Task ReleaseAsync(string role, string owner, CancellationToken ct);
}
