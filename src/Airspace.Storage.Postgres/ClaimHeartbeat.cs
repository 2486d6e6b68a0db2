namespace Airspace.Storage.Postgres;

/// <summary>
/// Owner heartbeats for delivery claims. A dispatcher that beats is alive while its heartbeat is fresh, and dead as
/// soon as it is older than <see cref="PostgresStoreOptions.HeartbeatTimeout"/>: then its claims are given back (due
/// at creation time, in each channel's order) for another replica to send, seconds after it died rather than at the
/// end of its leases. An owner that never beat keeps the lease rules of the embedded store.
/// </summary>
public sealed class ClaimHeartbeat(PostgresDatabase database, TimeProvider time, ILogger<ClaimHeartbeat> logger)
{
    /// <summary>Records that <paramref name="owner"/> is alive now.</summary>
    public Task BeatAsync(string owner, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        return database.ReadAsync((connection, token) => connection.ExecuteAsync(
            """
            INSERT INTO claim_owners (owner, heartbeat_at) VALUES (@owner, @now)
            ON CONFLICT (owner) DO UPDATE SET heartbeat_at = GREATEST(claim_owners.heartbeat_at, excluded.heartbeat_at)
            """,
            token, ("@owner", owner), ("@now", NpgsqlCommandExtensions.Stored(time.GetUtcNow()))), ct);
    }

    /// <summary>
    /// Gives back every pending claim of an owner whose heartbeat is stale, and forgets owners silent for a day.
    /// Returns how many claims were given back.
    /// </summary>
    public async Task<int> ReleaseStaleAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var staleBefore = NpgsqlCommandExtensions.Stored(now - database.Options.HeartbeatTimeout);
        var released = await database.WriteAsync(async (connection, token) =>
        {
            var count = await connection.ExecuteAsync(
                """
                UPDATE deliveries SET claimed_by = NULL, due_at = created_at
                WHERE status = 'pending' AND claimed_by IN (SELECT owner FROM claim_owners WHERE heartbeat_at < @stale_before)
                """,
                token, ("@stale_before", staleBefore)).ConfigureAwait(false);
            await connection.ExecuteAsync(
                "DELETE FROM claim_owners WHERE heartbeat_at < @forget_before",
                token, ("@forget_before", NpgsqlCommandExtensions.Stored(now - TimeSpan.FromDays(1)))).ConfigureAwait(false);
            return count;
        }, ct).ConfigureAwait(false);
        if (released > 0)
        {
            PostgresLog.StaleClaimsReleased(logger, released);
        }

        return released;
    }
}
