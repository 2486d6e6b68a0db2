using Airspace.Core.Roles;

namespace Airspace.Storage.Postgres;

/// <summary>
/// The fence check of a role-owned write, run first inside its transaction: the writer's lease must still be the role's
/// current one, unexpired on the database's clock. The lease row is locked <c>FOR SHARE</c> until the transaction
/// ends, so no other replica can take the role (its upsert waits) while the write is under way.
/// </summary>
internal static class RoleFenceCheck
{
    /// <exception cref="FencedOutException">The lease is no longer the role's: the transaction rolls back.</exception>
    public static async Task EnsureHeldAsync(NpgsqlConnection connection, RoleLease? fence, CancellationToken ct)
    {
        if (fence is null)
        {
            return;
        }

        var held = await connection.Int64Async(
            $"SELECT 1 FROM role_leases WHERE role = @role AND owner = @owner AND fence = @fence AND expires_at > {DatabaseClock.Now} FOR SHARE",
            ct, ("@role", fence.Role), ("@owner", fence.Owner), ("@fence", fence.Fence)).ConfigureAwait(false);
        if (held is null)
        {
            throw new FencedOutException(fence);
        }
    }
}
