namespace Airspace.Core.Roles;

/// <summary>Section <c>Airspace:Roles</c>: how singleton roles are leased (see <see cref="SingletonRoleService{TWorker}"/>).</summary>
public sealed class RoleOptions : IValidatedOptions
{
    public const string SectionName = "Airspace:Roles";

    /// <summary>
    /// How long a role stays held without a renewal, on the store's clock (the database's on PostgreSQL): a killed
    /// process's roles move after at most this plus <see cref="RenewInterval"/> (10 s with the defaults, inside the
    /// 15 s a killed replica's alerts must be out in). A holder that cannot renew for this long stops its loop first.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>
    /// How often a held role is renewed, and how often a process without it tries to take it. A quarter of
    /// <see cref="LeaseDuration"/>: three renewals may fail (a database hiccup, a GC pause) before the role is lost.
    /// </summary>
    public TimeSpan RenewInterval { get; set; } = TimeSpan.FromSeconds(2);

    public string? Validate() =>
        LeaseDuration < TimeSpan.FromSeconds(1) ? "Airspace:Roles:LeaseDuration must be at least 00:00:01."
        : RenewInterval <= TimeSpan.Zero || RenewInterval >= LeaseDuration
            ? "Airspace:Roles:RenewInterval must be positive and shorter than Airspace:Roles:LeaseDuration."
        : null;
}
