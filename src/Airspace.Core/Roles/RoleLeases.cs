using System.Collections.Concurrent;

namespace Airspace.Core.Roles;

/// <summary>
/// The lease this process was last granted on each role, filled by <see cref="SingletonRoleService{TWorker}"/>: a
/// role's loop passes it with its role-owned writes, and the store writes only while it is still the role's current,
/// unexpired lease (<see cref="FencedOutException"/> otherwise). It is kept after the role is lost, so a loop still
/// running then is fenced out rather than writing unchecked. Null for a role this process never ran (one-shot
/// commands, tests): such writes are not fenced.
/// </summary>
public sealed class RoleLeases
{
    private readonly ConcurrentDictionary<string, RoleLease> _leases = new(StringComparer.Ordinal);

    public RoleLease? Current(string role) => _leases.TryGetValue(role, out var lease) ? lease : null;

    public void Granted(RoleLease lease)
    {
        ArgumentNullException.ThrowIfNull(lease);
        _leases[lease.Role] = lease;
    }
}
