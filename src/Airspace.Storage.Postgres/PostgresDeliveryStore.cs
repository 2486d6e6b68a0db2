using Airspace.Core.Articles;
using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;

namespace Airspace.Storage.Postgres;

/// <summary>
/// <see cref="IDeliveryStore"/> on PostgreSQL: the outbox shared by every replica. Planning runs under the planner's
/// advisory lock. Claims are taken per channel with <c>FOR UPDATE SKIP LOCKED</c> on the head of each channel's
/// queue, so two replicas never hold the same channel at once and each channel's order holds across replicas.
/// </summary>
public sealed class PostgresDeliveryStore(PostgresDatabase database, TimeProvider time) : IDeliveryStore
{
    private const string Select = $"SELECT {DeliveryRows.Columns} FROM deliveries";

    /// <inheritdoc />
    /// <remarks>
    /// Advances <see cref="DeliveryPlanner.Cursor"/>. A digest subscription keeps its articles for the digest; others
    /// get posts due at <paramref name="hold"/> (the end of quiet hours, or now). The filter and hold run inside the
    /// transaction: keep them quick and free of I/O.
    /// </remarks>
    public Task<int> PlanAsync(int maxEvents, DeliveryFilter filter, DeliveryHold hold, Core.Roles.RoleLease? fence, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(hold);
        return database.WriteAsync(
            async (connection, token) =>
            {
                await RoleFenceCheck.EnsureHeldAsync(connection, fence, token).ConfigureAwait(false);
                return await new PlanningTransaction(connection, filter, hold, time.GetUtcNow()).RunAsync(maxEvents, token).ConfigureAwait(false);
            },
            ct, PostgresDatabase.PlannerLock);
    }

    /// <summary>Plans without a fence.</summary>
    public Task<int> PlanAsync(int maxEvents, DeliveryFilter filter, DeliveryHold hold, CancellationToken ct) =>
        PlanAsync(maxEvents, filter, hold, null, ct);

    /// <summary>Plans with every alert due at once (no quiet hours).</summary>
    public Task<int> PlanAsync(int maxEvents, DeliveryFilter filter, CancellationToken ct) =>
        PlanAsync(maxEvents, filter, static (_, now) => now, ct);

    /// <inheritdoc />
    /// <remarks>
    /// Under the planner's advisory lock, as planning is: no digest closes while articles are being kept for it, and
    /// of replicas closing the same digest time only the first makes a digest.
    /// </remarks>
    public Task<DeliveryId?> CloseDigestAsync(SubscriptionId subscription, DateTimeOffset slot, Core.Roles.RoleLease? fence, CancellationToken ct) =>
        database.WriteAsync(
            async (connection, token) =>
            {
                await RoleFenceCheck.EnsureHeldAsync(connection, fence, token).ConfigureAwait(false);
                return await DigestClosing.CloseAsync(connection, subscription, slot, time.GetUtcNow(), token).ConfigureAwait(false);
            },
            ct, PostgresDatabase.PlannerLock);

    /// <summary>Closes a digest without a fence.</summary>
    public Task<DeliveryId?> CloseDigestAsync(SubscriptionId subscription, DateTimeOffset slot, CancellationToken ct) =>
        CloseDigestAsync(subscription, slot, null, ct);

    public Task<IReadOnlyList<ArticleId>> DigestArticlesAsync(DeliveryId id, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<ArticleId>>(async (connection, token) => await connection.QueryAsync(
            "SELECT article_id FROM digest_items WHERE delivery_id = @id ORDER BY event_seq",
            reader => new ArticleId(reader.GetInt64(0)), token, ("@id", id.Value)).ConfigureAwait(false), ct);

    /// <remarks>Only a pending digest records progress; the parts stay in <c>message_id</c> until it is marked sent.</remarks>
    public async Task<bool> RecordPartsAsync(DeliveryId id, string messageIds, string owner, DateTimeOffset leaseEnd, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageIds);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        var written = await database.WriteAsync((connection, token) => connection.ExecuteAsync(
            "UPDATE deliveries SET message_id = @message_ids, due_at = @lease_end WHERE id = @id AND status = 'pending' AND claimed_by = @owner",
            token, ("@id", id.Value), ("@message_ids", messageIds), ("@owner", owner), ("@lease_end", NpgsqlCommandExtensions.Stored(leaseEnd))), ct).ConfigureAwait(false);
        return written == 1;
    }

    /// <inheritdoc />
    /// <remarks>
    /// First the head of each channel's due queue, locked with <c>SKIP LOCKED</c>: a channel whose head another
    /// replica is claiming, or that holds another owner's unexpired claim, is skipped whole, so no later row of it can
    /// be taken past its head. Then the due rows of the channels won, oldest due first, up to <see cref="DeliveryClaim.Max"/>.
    /// An owner may claim more of a channel it holds: one dispatcher sends a lane's batches one after another.
    /// A claim whose owner beats (<see cref="ClaimHeartbeat"/>, on the database's clock) is never taken, even past its
    /// lease end: the lease end is on the claiming replica's clock, and a replica whose clock runs ahead must not take
    /// a live replica's channel.
    /// </remarks>
    public Task<IReadOnlyList<Delivery>> ClaimDueAsync(DeliveryClaim claim, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentException.ThrowIfNullOrEmpty(claim.Owner);
        if (claim.Max <= 0)
        {
            return Task.FromResult<IReadOnlyList<Delivery>>([]);
        }

        // A lane is a platform ('telegram' holds every 'telegram:…') or one address ('discord-webhook:news').
        var lane = claim.Lane is null ? "" : "AND (d.address = @lane OR starts_with(d.address, @lane || ':'))";
        var now = NpgsqlCommandExtensions.Stored(claim.Now);
        return database.WriteAsync<IReadOnlyList<Delivery>>(async (connection, token) =>
        {
            var channels = await connection.QueryAsync(
                $"""
                SELECT d.address FROM deliveries d
                WHERE d.status = 'pending' AND d.due_at <= @now {lane}
                  AND NOT EXISTS (
                      SELECT 1 FROM deliveries e
                      WHERE e.address = d.address AND e.status = 'pending'
                        AND ((e.due_at <= @now AND (e.due_at, e.id) < (d.due_at, d.id))
                             OR (e.claimed_by <> @owner AND e.due_at > @now)
                             OR (e.claimed_by <> @owner AND e.claimed_by IN (SELECT owner FROM claim_owners WHERE heartbeat_at >= {DatabaseClock.Now} - @timeout))))
                ORDER BY d.due_at, d.id
                LIMIT @max
                FOR UPDATE OF d SKIP LOCKED
                """,
                r => r.GetString(0), token, ("@now", now), ("@max", claim.Max), ("@lane", claim.Lane?.Key ?? ""), ("@owner", claim.Owner),
                ("@timeout", HeartbeatTimeout)).ConfigureAwait(false);
            if (channels.Count == 0)
            {
                return [];
            }

            return await connection.QueryAsync(
                $"""
                WITH picked AS (
                    SELECT id, due_at AS was_due FROM deliveries
                    WHERE status = 'pending' AND due_at <= @now AND address = ANY(@channels)
                    ORDER BY due_at, id
                    LIMIT @max
                    FOR UPDATE),
                claimed AS (
                    UPDATE deliveries d
                    SET due_at = @lease_end, claimed_by = @owner,
                        claimed_seq = (SELECT MAX(e.seq) FROM article_events e WHERE e.article_id = d.article_id)
                    FROM picked WHERE d.id = picked.id
                    RETURNING {Qualified("d")}, picked.was_due)
                SELECT {DeliveryRows.Columns} FROM claimed ORDER BY was_due, id
                """,
                DeliveryRows.Read, token, ("@now", now), ("@max", claim.Max), ("@channels", channels.ToArray()),
                ("@lease_end", NpgsqlCommandExtensions.Stored(claim.Now + claim.Lease)), ("@owner", claim.Owner)).ConfigureAwait(false);
        }, ct);
    }

    /// <inheritdoc />
    /// <remarks>
    /// A shared store: an owner whose heartbeat is fresh (<see cref="ClaimHeartbeat"/>) is alive whether or not it is
    /// named, so a replica starting up never takes the claims of one still sending. Released rows are due at creation
    /// time, so each channel's order holds.
    /// </remarks>
    public Task<int> ReleaseClaimsAsync(IReadOnlyCollection<string> liveOwners, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(liveOwners);
        return database.WriteAsync((connection, token) => connection.ExecuteAsync(
            $"""
            UPDATE deliveries SET claimed_by = NULL, due_at = created_at
            WHERE status = 'pending' AND claimed_by IS NOT NULL AND claimed_by <> ALL(@live)
              AND claimed_by NOT IN (SELECT owner FROM claim_owners WHERE heartbeat_at >= {DatabaseClock.Now} - @timeout)
            """,
            token, ("@live", liveOwners.ToArray()), ("@timeout", HeartbeatTimeout)), ct);
    }

    public Task<int> GiveBackAsync(string owner, IReadOnlyCollection<DeliveryId> ids, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return Task.FromResult(0);
        }

        return database.WriteAsync((connection, token) => connection.ExecuteAsync(
            "UPDATE deliveries SET claimed_by = NULL, due_at = created_at WHERE status = 'pending' AND claimed_by = @owner AND id = ANY(@ids)",
            token, ("@owner", owner), ("@ids", ids.Select(id => id.Value).ToArray())), ct);
    }

    public Task<IReadOnlyList<ChannelAddress>> DueChannelsAsync(DateTimeOffset now, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<ChannelAddress>>(async (connection, token) => await connection.QueryAsync(
            "SELECT DISTINCT address FROM deliveries WHERE status = 'pending' AND due_at <= @now",
            reader => ChannelAddress.Parse(reader.GetString(0)), token, ("@now", NpgsqlCommandExtensions.Stored(now))).ConfigureAwait(false), ct);

    /// <inheritdoc />
    /// <remarks>
    /// Records the send whatever the row's status. If the article was updated after the post was claimed, an Edit is
    /// planned here in case the sender rendered the older version.
    /// </remarks>
    public Task MarkSentAsync(DeliveryId id, string messageId, DateTimeOffset at, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        return database.WriteAsync(async (connection, token) =>
        {
            await connection.ExecuteAsync(
                "UPDATE deliveries SET status = 'sent', message_id = @message_id, sent_at = @at, claimed_by = NULL WHERE id = @id",
                token, ("@id", id.Value), ("@message_id", messageId), ("@at", NpgsqlCommandExtensions.Stored(at))).ConfigureAwait(false);
            return await connection.ExecuteAsync(
                """
                INSERT INTO deliveries (article_id, subscription_id, address, kind, status, attempts, due_at, created_at, message_id, event_seq)
                SELECT d.article_id, d.subscription_id, d.address, 'edit', 'pending', 0, @now, @now, d.message_id, e.seq
                FROM deliveries d
                JOIN subscriptions s ON s.id = d.subscription_id
                JOIN article_events e ON e.article_id = d.article_id AND e.kind = 'updated' AND e.seq > d.claimed_seq
                WHERE d.id = @id AND d.kind = 'post' AND s.enabled AND s.removed_at IS NULL
                ORDER BY e.seq DESC
                LIMIT 1
                ON CONFLICT DO NOTHING
                """,
                token, ("@id", id.Value), ("@now", NpgsqlCommandExtensions.Stored(time.GetUtcNow()))).ConfigureAwait(false);
        }, ct);
    }

    /// <remarks>Only a pending delivery is rescheduled; one cancelled meanwhile stays cancelled.</remarks>
    public Task RescheduleAsync(DeliveryId id, DateTimeOffset dueAt, string reason, CancellationToken ct) =>
        database.WriteAsync((connection, token) => connection.ExecuteAsync(
            "UPDATE deliveries SET due_at = @due_at, last_error = @reason, attempts = attempts + 1, claimed_by = NULL WHERE id = @id AND status = 'pending'",
            token, ("@id", id.Value), ("@due_at", NpgsqlCommandExtensions.Stored(dueAt)), ("@reason", reason)), ct);

    public Task ReleaseAsync(DeliveryId id, DateTimeOffset dueAt, string reason, CancellationToken ct) =>
        database.WriteAsync((connection, token) => connection.ExecuteAsync(
            "UPDATE deliveries SET due_at = @due_at, last_error = @reason, claimed_by = NULL WHERE id = @id AND status = 'pending'",
            token, ("@id", id.Value), ("@due_at", NpgsqlCommandExtensions.Stored(dueAt)), ("@reason", reason)), ct);

    /// <remarks>Only a pending delivery fails; one cancelled meanwhile stays cancelled.</remarks>
    public Task MarkFailedAsync(DeliveryId id, string reason, CancellationToken ct) =>
        database.WriteAsync((connection, token) => connection.ExecuteAsync(
            "UPDATE deliveries SET status = 'failed', last_error = @reason, attempts = attempts + 1, claimed_by = NULL WHERE id = @id AND status = 'pending'",
            token, ("@id", id.Value), ("@reason", reason)), ct);

    public Task<DateTimeOffset?> NextDueAsync(CancellationToken ct) =>
        database.ReadAsync(async (connection, token) =>
            NpgsqlCommandExtensions.Instant(await connection.Int64Async("SELECT MIN(due_at) FROM deliveries WHERE status = 'pending'", token).ConfigureAwait(false)), ct);

    /// <summary>Deliveries in <paramref name="status"/>, newest first.</summary>
    public Task<IReadOnlyList<Delivery>> ListAsync(DeliveryStatus status, int max, CancellationToken ct) =>
        max <= 0
            ? Task.FromResult<IReadOnlyList<Delivery>>([])
            : database.ReadAsync<IReadOnlyList<Delivery>>(async (connection, token) => await connection.QueryAsync(
                $"{Select} WHERE status = @status ORDER BY created_at DESC, id DESC LIMIT @max",
                DeliveryRows.Read, token, ("@status", DeliveryRows.ToText(status)), ("@max", max)).ConfigureAwait(false), ct);

    /// <inheritdoc />
    /// <remarks>Attempts restart at 0. Failed deliveries of disabled or removed subscriptions stay failed.</remarks>
    public Task<int> RetryFailedAsync(DateTimeOffset now, CancellationToken ct) =>
        database.WriteAsync((connection, token) => connection.ExecuteAsync(
            """
            UPDATE deliveries SET status = 'pending', due_at = @now, attempts = 0
            WHERE status = 'failed'
              AND subscription_id IN (SELECT id FROM subscriptions WHERE enabled AND removed_at IS NULL)
            """,
            token, ("@now", NpgsqlCommandExtensions.Stored(now))), ct);

    /// <summary><see cref="PostgresStoreOptions.HeartbeatTimeout"/> in stored units (milliseconds).</summary>
    private long HeartbeatTimeout => (long)database.Options.HeartbeatTimeout.TotalMilliseconds;

    private static string Qualified(string alias) =>
        string.Join(", ", DeliveryRows.Columns.Split(", ").Select(column => $"{alias}.{column}"));
}
