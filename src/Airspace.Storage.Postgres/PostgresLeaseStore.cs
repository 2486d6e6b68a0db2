using Airspace.Core.Roles;

namespace Airspace.Storage.Postgres;

/// <summary>
/// <see cref="ILeaseStore"/> on PostgreSQL: one <c>role_leases</c> row per role, taken or renewed by a single upsert
/// that only updates a row that is expired or already the caller's. Two replicas racing for a free role serialise on
/// the row: the second sees the first's lease and gets nothing back.
/// </summary>
public sealed class PostgresLeaseStore(PostgresDatabase database) : ILeaseStore
{
    public async Task<RoleLease?> TryAcquireOrRenewAsync(string role, string owner, TimeSpan ttl, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(role);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        var expiresAt = now + ttl;
        var fence = await database.ReadAsync((connection, token) => connection.Int64Async(
            """
            INSERT INTO role_leases (role, owner, fence, expires_at) VALUES (@role, @owner, 1, @expires_at)
            ON CONFLICT (role) DO UPDATE SET
                fence = CASE WHEN role_leases.owner = excluded.owner THEN role_leases.fence ELSE role_leases.fence + 1 END,
                owner = excluded.owner,
                expires_at = excluded.expires_at
            WHERE role_leases.owner = excluded.owner OR role_leases.expires_at <= @now
            RETURNING fence
            """,
            token, ("@role", role), ("@owner", owner), ("@expires_at", NpgsqlCommandExtensions.Stored(expiresAt)),
            ("@now", NpgsqlCommandExtensions.Stored(now))), ct).ConfigureAwait(false);
        return fence is { } value ? new RoleLease(role, owner, value, expiresAt) : null;
    }

    public Task ReleaseAsync(string role, string owner, CancellationToken ct) =>
        database.ReadAsync((connection, token) => connection.ExecuteAsync(
            "UPDATE role_leases SET expires_at = 0 WHERE role = @role AND owner = @owner",
            token, ("@role", role), ("@owner", owner)), ct);
}
