namespace Airspace.Core.Roles;

/// <summary>This process's name as a role owner: unique per process start, readable in the <c>role_leases</c> table.</summary>
public sealed record RoleOwner(string Name)
{
    public static RoleOwner ForThisProcess() => new($"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}");
}
