using Airspace.Core.Roles;

namespace Airspace.Storage.Sqlite;

/// <summary>
/// <see cref="ILeaseStore"/> on SQLite: the <c>role_leases</c> table. One process owns the data folder, so it is
/// always granted in practice; the rules are PostgreSQL's all the same (one upsert that only takes a free, expired or
/// own lease). The time is the injected clock's (one process, one clock).
/// </summary>
public sealed class SqliteLeaseStore(SqliteDatabase database, TimeProvider time) : ILeaseStore
{
    public async Task<RoleLease?> TryAcquireOrRenewAsync(string role, string owner, TimeSpan ttl, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(role);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        var now = time.GetUtcNow();
        var expiresAt = now + ttl;
        var fence = await database.WriteAsync((connection, token) => connection.Int64Async(
            """
            INSERT INTO role_leases (role, owner, fence, expires_at) VALUES (@role, @owner, 1, @expires_at)
            ON CONFLICT (role) DO UPDATE SET
                fence = CASE WHEN role_leases.owner = excluded.owner THEN role_leases.fence ELSE role_leases.fence + 1 END,
                owner = excluded.owner,
                expires_at = excluded.expires_at
            WHERE role_leases.owner = excluded.owner OR role_leases.expires_at <= @now
            RETURNING fence
            """,
            token, ("@role", role), ("@owner", owner), ("@expires_at", UnixTime.ToStorage(expiresAt)), ("@now", UnixTime.ToStorage(now))), ct).ConfigureAwait(false);
        return fence is { } value ? new RoleLease(role, owner, value, expiresAt) : null;
    }

    /// <summary>
    /// Ends every lease at once: for the process that has just taken the data folder's lock, whose leases can only be
    /// those of an earlier process (killed, so it never released them). Its roles then start at once after a crash
    /// instead of waiting for the old leases to run out.
    /// </summary>
    public Task ExpireAllAsync(CancellationToken ct) =>
        database.WriteAsync((connection, token) => connection.ExecuteAsync("UPDATE role_leases SET expires_at = 0 WHERE expires_at > 0", token), ct);

    public Task ReleaseAsync(string role, string owner, CancellationToken ct) =>
        database.WriteAsync((connection, token) => connection.ExecuteAsync(
            "UPDATE role_leases SET expires_at = 0 WHERE role = @role AND owner = @owner",
            token, ("@role", role), ("@owner", owner)), ct);
}
