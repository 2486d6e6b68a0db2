namespace Airspace.Core.Roles;

/// <summary>
/// A singleton role held by <paramref name="Owner"/> until <paramref name="ExpiresAt"/>. <paramref name="Fence"/> is
/// the role's fencing number: it grows each time the role changes owner (never when the same owner renews), so a write
/// carrying an older fence comes from a holder that has since lost the role.
/// </summary>
public sealed record RoleLease(string Role, string Owner, long Fence, DateTimeOffset ExpiresAt);
