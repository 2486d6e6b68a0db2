namespace Airspace.Core.Roles;

/// <summary>
/// A role-owned write was refused and nothing was written: the writer's lease (<see cref="Lease"/>) is no longer the
/// role's current one (another process took the role, or it ran out while this process was paused or cut off). The
/// role's loop stops (<see cref="SingletonRoleService{TWorker}"/> tries to take the role again, like after a lost renewal).
/// Store loops let it through rather than backing off and retrying.
/// </summary>
public sealed class FencedOutException : Exception
{
    public FencedOutException(RoleLease lease)
        : base($"The {lease?.Role} role's lease (fence {lease?.Fence}) is no longer held by this process: nothing was written.")
    {
        Lease = lease;
    }

    public FencedOutException()
    {
    }

    public FencedOutException(string message)
        : base(message)
    {
    }

    public FencedOutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RoleLease? Lease { get; }
}
