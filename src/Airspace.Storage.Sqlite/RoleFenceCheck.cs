using Airspace.Core.Roles;
using Microsoft.Data.Sqlite;

namespace Airspace.Storage.Sqlite;

/// <summary>
/// The fence check of a role-owned write, run first inside its write transaction: the writer's lease must still be the
/// role's current, unexpired one. SQLite's single writer keeps it true until the transaction commits.
/// </summary>
internal static class RoleFenceCheck
{
    /// <exception cref="FencedOutException">The lease is no longer the role's: the transaction rolls back.</exception>
    public static async Task EnsureHeldAsync(SqliteConnection connection, RoleLease? fence, DateTimeOffset now, CancellationToken ct)
    {
        if (fence is null)
        {
            return;
        }

        var held = await connection.Int64Async(
            "SELECT 1 FROM role_leases WHERE role = @role AND owner = @owner AND fence = @fence AND expires_at > @now",
            ct, ("@role", fence.Role), ("@owner", fence.Owner), ("@fence", fence.Fence), ("@now", UnixTime.ToStorage(now))).ConfigureAwait(false);
        if (held is null)
        {
            throw new FencedOutException(fence);
        }
    }
}
