using Airspace.Core.Roles;

namespace Airspace.Storage.Postgres;

/// <summary>
/// <see cref="ILeaseStore"/> on PostgreSQL: one <c>role_leases</c> row per role, taken or renewed by a single upsert
/// that only updates a row that is expired or already the caller's. Two replicas racing for a free role serialise on
/// the row: the second sees the first's lease and gets nothing back. Expiry is stamped and checked on the database's
/// clock (<see cref="DatabaseClock"/>), so replicas' clocks never enter.
/// </summary>
public sealed class PostgresLeaseStore(PostgresDatabase database) : ILeaseStore
{
    public async Task<RoleLease?> TryAcquireOrRenewAsync(string role, string owner, TimeSpan ttl, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(role);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        var granted = await database.ReadAsync((connection, token) => connection.QueryAsync(
            $"""
            INSERT INTO role_leases (role, owner, fence, expires_at) VALUES (@role, @owner, 1, {DatabaseClock.Now} + @ttl)
            ON CONFLICT (role) DO UPDATE SET
                fence = CASE WHEN role_leases.owner = excluded.owner THEN role_leases.fence ELSE role_leases.fence + 1 END,
                owner = excluded.owner,
                expires_at = excluded.expires_at
            WHERE role_leases.owner = excluded.owner OR role_leases.expires_at <= {DatabaseClock.Now}
            RETURNING fence, expires_at
            """,
            reader => new RoleLease(role, owner, reader.GetInt64(0), NpgsqlCommandExtensions.Instant(reader.GetInt64(1))),
            token, ("@role", role), ("@owner", owner), ("@ttl", (long)ttl.TotalMilliseconds)), ct).ConfigureAwait(false);
        return granted.SingleOrDefault();
    }

    public Task ReleaseAsync(string role, string owner, CancellationToken ct) =>
        database.ReadAsync((connection, token) => connection.ExecuteAsync(
            "UPDATE role_leases SET expires_at = 0 WHERE role = @role AND owner = @owner",
            token, ("@role", role), ("@owner", owner)), ct);
}
