using Airspace.Core.Articles;
using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;
using Microsoft.Data.Sqlite;

namespace Airspace.Storage.Sqlite;

/// <summary>
/// <see cref="IDeliveryStore"/> on SQLite: the outbox. Planning and claiming are single <c>BEGIN IMMEDIATE</c>
/// transactions, so the bot and a CLI process (or two store instances) on the same file never plan twice or claim
/// the same row.
/// </summary>
public sealed class SqliteDeliveryStore(SqliteDatabase database, TimeProvider time) : IDeliveryStore
{
    private const string Select = $"SELECT {DeliveryRows.Columns} FROM deliveries";

    /// <inheritdoc />
    /// <remarks>
    /// Advances <see cref="DeliveryPlanner.Cursor"/>. Posts go to enabled subscriptions; edits only to enabled subscriptions, at the address the post was sent to.
    /// Also plans the articles of a backfill asked for by <see cref="SqliteSubscriptionStore.AddAsync"/> (counted in
    /// the result). The filter runs inside the write transaction: keep it quick and free of I/O.
    /// </remarks>
    public Task<int> PlanAsync(int maxEvents, DeliveryFilter filter, DeliveryHold hold, Core.Roles.RoleLease? fence, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(hold);
        return database.WriteAsync(async (connection, token) =>
        {
            var now = time.GetUtcNow();
            await RoleFenceCheck.EnsureHeldAsync(connection, fence, now, token).ConfigureAwait(false);
            return await new PlanningTransaction(connection, filter, hold, now).RunAsync(maxEvents, token).ConfigureAwait(false);
        }, ct);
    }

    /// <summary>Plans without a fence.</summary>
    public Task<int> PlanAsync(int maxEvents, DeliveryFilter filter, DeliveryHold hold, CancellationToken ct) =>
        PlanAsync(maxEvents, filter, hold, null, ct);

    /// <summary>Plans with every alert due at once (no quiet hours).</summary>
    public Task<int> PlanAsync(int maxEvents, DeliveryFilter filter, CancellationToken ct) =>
        PlanAsync(maxEvents, filter, static (_, now) => now, ct);

    /// <inheritdoc />
    public Task<DeliveryId?> CloseDigestAsync(SubscriptionId subscription, DateTimeOffset slot, Core.Roles.RoleLease? fence, CancellationToken ct) =>
        database.WriteAsync(async (connection, token) =>
        {
            var now = time.GetUtcNow();
            await RoleFenceCheck.EnsureHeldAsync(connection, fence, now, token).ConfigureAwait(false);
            return await DigestClosing.CloseAsync(connection, subscription, slot, now, token).ConfigureAwait(false);
        }, ct);

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
            token, ("@id", id.Value), ("@message_ids", messageIds), ("@owner", owner), ("@lease_end", UnixTime.ToStorage(leaseEnd))), ct).ConfigureAwait(false);
        return written == 1;
    }

    /// <inheritdoc />
    /// <remarks>Claimed deliveries stay <see cref="DeliveryStatus.Pending"/>; the returned ones carry their owner and lease end.</remarks>
    public Task<IReadOnlyList<Delivery>> ClaimDueAsync(DeliveryClaim claim, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentException.ThrowIfNullOrEmpty(claim.Owner);
        if (claim.Max <= 0)
        {
            return Task.FromResult<IReadOnlyList<Delivery>>([]);
        }

        var leaseEnd = UnixTime.ToStorage(claim.Now + claim.Lease);
        return database.WriteAsync<IReadOnlyList<Delivery>>(async (connection, token) =>
        {
            // A lane is a platform ('telegram' holds every 'telegram:…') or one address ('discord-webhook:news').
            var due = await connection.QueryAsync(
                $"""
                {Select}
                WHERE status = 'pending' AND due_at <= @now
                  AND (@lane IS NULL OR address = @lane OR substr(address, 1, length(@lane) + 1) = @lane || ':')
                ORDER BY due_at, id LIMIT @max
                """,
                DeliveryRows.Read, token, ("@now", UnixTime.ToStorage(claim.Now)), ("@max", claim.Max), ("@lane", claim.Lane?.Key)).ConfigureAwait(false);
            foreach (var delivery in due)
            {
                await connection.ExecuteAsync(
                    """
                    UPDATE deliveries
                    SET due_at = @lease_end, claimed_by = @owner,
                        claimed_seq = (SELECT MAX(e.seq) FROM article_events e WHERE e.article_id = deliveries.article_id)
                    WHERE id = @id
                    """,
                    token, ("@id", delivery.Id.Value), ("@lease_end", leaseEnd), ("@owner", claim.Owner)).ConfigureAwait(false);
            }

            return [.. due.Select(d => d with { DueAt = UnixTime.FromStorage(leaseEnd), ClaimedBy = claim.Owner })];
        }, ct);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Due at creation time rather than now: later deliveries to the same channel that were never claimed are due
    /// at their creation time or later, so claiming by due time keeps each channel's order.
    /// </remarks>
    public Task<int> ReleaseClaimsAsync(IReadOnlyCollection<string> liveOwners, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(liveOwners);
        var owners = liveOwners.Select((owner, i) => ($"@owner{i.ToString(System.Globalization.CultureInfo.InvariantCulture)}", (object?)owner)).ToArray();
        var notLive = owners.Length == 0 ? "" : $"AND claimed_by NOT IN ({string.Join(", ", owners.Select(o => o.Item1))})";
        return database.WriteAsync((connection, token) => connection.ExecuteAsync(
            $"UPDATE deliveries SET claimed_by = NULL, due_at = created_at WHERE status = 'pending' AND claimed_by IS NOT NULL {notLive}",
            token, owners), ct);
    }

    public Task<int> GiveBackAsync(string owner, IReadOnlyCollection<DeliveryId> ids, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return Task.FromResult(0);
        }

        var list = string.Join(", ", ids.Select(id => id.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return database.WriteAsync((connection, token) => connection.ExecuteAsync(
            $"UPDATE deliveries SET claimed_by = NULL, due_at = created_at WHERE status = 'pending' AND claimed_by = @owner AND id IN ({list})",
            token, ("@owner", owner)), ct);
    }

    public Task<IReadOnlyList<ChannelAddress>> DueChannelsAsync(DateTimeOffset now, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<ChannelAddress>>(async (connection, token) => await connection.QueryAsync(
            "SELECT DISTINCT address FROM deliveries WHERE status = 'pending' AND due_at <= @now",
            reader => ChannelAddress.Parse(reader.GetString(0)), token, ("@now", UnixTime.ToStorage(now))).ConfigureAwait(false), ct);

    /// <inheritdoc />
    /// <remarks>
    /// Records the send whatever the row's status (a send that raced a removal still happened). If the article was
    /// updated after the post was claimed, planning skipped that update (the post was still pending), so an Edit is
    /// planned here in case the sender rendered the older version.
    /// </remarks>
    public Task MarkSentAsync(DeliveryId id, string messageId, DateTimeOffset at, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        return database.WriteAsync(async (connection, token) =>
        {
            await connection.ExecuteAsync(
                "UPDATE deliveries SET status = 'sent', message_id = @message_id, sent_at = @at, claimed_by = NULL WHERE id = @id",
                token, ("@id", id.Value), ("@message_id", messageId), ("@at", UnixTime.ToStorage(at))).ConfigureAwait(false);
            return await PlanEditForRacedUpdateAsync(connection, id, token).ConfigureAwait(false);
        }, ct);
    }

    /// <remarks>Only a pending delivery is rescheduled; one cancelled meanwhile stays cancelled.</remarks>
    public Task RescheduleAsync(DeliveryId id, DateTimeOffset dueAt, string reason, CancellationToken ct) =>
        database.WriteAsync((connection, token) => connection.ExecuteAsync(
            "UPDATE deliveries SET due_at = @due_at, last_error = @reason, attempts = attempts + 1, claimed_by = NULL WHERE id = @id AND status = 'pending'",
            token, ("@id", id.Value), ("@due_at", UnixTime.ToStorage(dueAt)), ("@reason", reason)), ct);

    public Task ReleaseAsync(DeliveryId id, DateTimeOffset dueAt, string reason, CancellationToken ct) =>
        database.WriteAsync((connection, token) => connection.ExecuteAsync(
            "UPDATE deliveries SET due_at = @due_at, last_error = @reason, claimed_by = NULL WHERE id = @id AND status = 'pending'",
            token, ("@id", id.Value), ("@due_at", UnixTime.ToStorage(dueAt)), ("@reason", reason)), ct);

    /// <remarks>Only a pending delivery fails; one cancelled meanwhile stays cancelled.</remarks>
    public Task MarkFailedAsync(DeliveryId id, string reason, CancellationToken ct) =>
        database.WriteAsync((connection, token) => connection.ExecuteAsync(
            "UPDATE deliveries SET status = 'failed', last_error = @reason, attempts = attempts + 1, claimed_by = NULL WHERE id = @id AND status = 'pending'",
            token, ("@id", id.Value), ("@reason", reason)), ct);

    public Task<DateTimeOffset?> NextDueAsync(CancellationToken ct) =>
        database.ReadAsync(async (connection, token) =>
            UnixTime.FromStorage(await connection.Int64Async("SELECT MIN(due_at) FROM deliveries WHERE status = 'pending'", token).ConfigureAwait(false)), ct);

    /// <summary>Deliveries in <paramref name="status"/>, newest first.</summary>
    public Task<IReadOnlyList<Delivery>> ListAsync(DeliveryStatus status, int max, CancellationToken ct) =>
        max <= 0
            ? Task.FromResult<IReadOnlyList<Delivery>>([])
            : database.ReadAsync<IReadOnlyList<Delivery>>(async (connection, token) => await connection.QueryAsync(
                $"{Select} WHERE status = @status ORDER BY created_at DESC, id DESC LIMIT @max",
                DeliveryRows.Read, token, ("@status", DeliveryRows.ToText(status)), ("@max", max)).ConfigureAwait(false), ct);

    /// <inheritdoc />
    /// <remarks>
    /// Attempts restart at 0. Failed deliveries of disabled or removed subscriptions stay failed: re-adding the
    /// channel re-enables it, then a retry sends them.
    /// </remarks>
    public Task<int> RetryFailedAsync(DateTimeOffset now, CancellationToken ct) =>
        database.WriteAsync((connection, token) => connection.ExecuteAsync(
            """
            UPDATE deliveries SET status = 'pending', due_at = @now, attempts = 0
            WHERE status = 'failed'
              AND subscription_id IN (SELECT id FROM subscriptions WHERE enabled = 1 AND removed_at IS NULL)
            """,
            token, ("@now", UnixTime.ToStorage(now))), ct);

    private Task<int> PlanEditForRacedUpdateAsync(SqliteConnection connection, DeliveryId id, CancellationToken ct)
    {
        var now = UnixTime.ToStorage(time.GetUtcNow());
        return connection.ExecuteAsync(
            """
            INSERT INTO deliveries (article_id, subscription_id, address, kind, status, attempts, due_at, created_at, message_id, event_seq)
            SELECT d.article_id, d.subscription_id, d.address, 'edit', 'pending', 0, @now, @now, d.message_id, e.seq
            FROM deliveries d
            JOIN subscriptions s ON s.id = d.subscription_id
            JOIN article_events e ON e.article_id = d.article_id AND e.kind = 'updated' AND e.seq > d.claimed_seq
            WHERE d.id = @id AND d.kind = 'post' AND s.enabled = 1 AND s.removed_at IS NULL
            ORDER BY e.seq DESC
            LIMIT 1
            ON CONFLICT DO NOTHING
            """,
            ct, ("@id", id.Value), ("@now", now));
    }
}
