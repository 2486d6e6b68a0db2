namespace Airspace.Storage.Postgres;

/// <summary>
/// Owner heartbeats for delivery claims. A dispatcher that beats is alive while its heartbeat is fresh, and dead as
/// soon as it is older than <see cref="PostgresStoreOptions.HeartbeatTimeout"/>: then its claims are given back (due
/// at creation time, in each channel's order) for another replica to send, seconds after it died rather than at the
/// end of its leases. An owner that never beat keeps the lease rules of the embedded store. Heartbeats are stamped and
/// judged on the database's clock (<see cref="DatabaseClock"/>): a replica whose clock is behind or ahead can neither
/// look dead while beating nor make a beating replica look dead.
/// </summary>
public sealed class ClaimHeartbeat(PostgresDatabase database, ILogger<ClaimHeartbeat> logger)
{
    /// <summary>Records that <paramref name="owner"/> is alive now.</summary>
    public Task BeatAsync(string owner, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        return database.ReadAsync((connection, token) => connection.ExecuteAsync(
            $"""
            INSERT INTO claim_owners (owner, heartbeat_at) VALUES (@owner, {DatabaseClock.Now})
            ON CONFLICT (owner) DO UPDATE SET heartbeat_at = GREATEST(claim_owners.heartbeat_at, excluded.heartbeat_at)
            """,
            token, ("@owner", owner)), ct);
    }

    /// <summary>
    /// Gives back every pending claim of an owner whose heartbeat is stale, and forgets owners silent for a day.
    /// Returns how many claims were given back.
    /// </summary>
    public async Task<int> ReleaseStaleAsync(CancellationToken ct)
    {
        var timeout = (long)database.Options.HeartbeatTimeout.TotalMilliseconds;
        var released = await database.WriteAsync(async (connection, token) =>
        {
            var count = await connection.ExecuteAsync(
                $"""
                UPDATE deliveries SET claimed_by = NULL, due_at = created_at
                WHERE status = 'pending' AND claimed_by IN (SELECT owner FROM claim_owners WHERE heartbeat_at < {DatabaseClock.Now} - @timeout)
                """,
                token, ("@timeout", timeout)).ConfigureAwait(false);
            await connection.ExecuteAsync(
                $"DELETE FROM claim_owners WHERE heartbeat_at < {DatabaseClock.Now} - @forget_after",
                token, ("@forget_after", (long)TimeSpan.FromDays(1).TotalMilliseconds)).ConfigureAwait(false);
            return count;
        }, ct).ConfigureAwait(false);
        if (released > 0)
        {
            PostgresLog.StaleClaimsReleased(logger, released);
        }

        return released;
    }
}
