namespace Airspace.Core.Roles;

/// <summary>Section <c>Airspace:Roles</c>: how singleton roles are leased (see <see cref="SingletonRoleService{TWorker}"/>).</summary>
public sealed class RoleOptions : IValidatedOptions
{
    public const string SectionName = "Airspace:Roles";

    /// <summary>How long a role stays held without a renewal: a dead process's roles move after at most this long.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often a held role is renewed, and how often a process without it tries to take it.</summary>
    public TimeSpan RenewInterval { get; set; } = TimeSpan.FromSeconds(5);

    public string? Validate() =>
        LeaseDuration < TimeSpan.FromSeconds(1) ? "Airspace:Roles:LeaseDuration must be at least 00:00:01."
        : RenewInterval <= TimeSpan.Zero || RenewInterval >= LeaseDuration
            ? "Airspace:Roles:RenewInterval must be positive and shorter than Airspace:Roles:LeaseDuration."
        : null;
}
