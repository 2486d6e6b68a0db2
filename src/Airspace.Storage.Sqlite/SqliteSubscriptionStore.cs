using Airspace.Core.Schedules;
using Airspace.Core.Subscriptions;
using Microsoft.Data.Sqlite;

namespace Airspace.Storage.Sqlite;

/// <summary>
/// <see cref="ISubscriptionStore"/> on SQLite. Removing is a soft delete: the row stays (delivery history points at
/// it) but is no longer found, listed or planned for, and re-adding the address revives it with the same id.
/// </summary>
public sealed class SqliteSubscriptionStore(SqliteDatabase database, TimeProvider time) : ISubscriptionStore
{
    private const string Select = $"SELECT {SubscriptionRows.Columns} FROM subscriptions";

    /// <inheritdoc />
    /// <remarks>
    /// A new, removed or disabled subscription starts at the current end of the change log, so nothing old floods
    /// back; a live one keeps its start. With <paramref name="backfill"/> N &gt; 0 it starts just before the N-th most
    /// recent Created event, and the next <see cref="IDeliveryStore.PlanAsync"/> plans those N articles even though
    /// the planner's cursor has already passed them. Keywords and source names are trimmed, blanks and duplicates
    /// dropped; <paramref name="sources"/> null (stored as NULL) follows every source.
    /// </remarks>
    public Task<Subscription> AddAsync(ChannelAddress address, IReadOnlyList<string> keywords, IReadOnlyList<string>? sources, int backfill, CancellationToken ct) =>
        SubscribeAsync(new SubscriptionRequest(address) { Keywords = keywords, Sources = sources, Backfill = backfill }, ct);

    /// <inheritdoc />
    public Task<Subscription> SubscribeAsync(SubscriptionRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Keywords);
        var (address, backfill) = (request.Address, request.Backfill);
        var cleanKeywords = JsonList.Write(Clean(request.Keywords));
        var cleanSources = request.Sources is null ? null : JsonList.Write(Clean(request.Sources));
        return database.WriteAsync(async (connection, token) =>
        {
            var last = await connection.Int64Async("SELECT COALESCE(MAX(seq), 0) FROM article_events", token).ConfigureAwait(false) ?? 0;
            long? backfillStart = backfill > 0 ? await BackfillStartAsync(connection, backfill, token).ConfigureAwait(false) : null;
            var existing = (await connection.QueryAsync(
                """
                SELECT id, start_seq, catch_up_seq, enabled, removed_at FROM subscriptions WHERE address = @address
                ORDER BY CASE WHEN removed_at IS NULL THEN 0 ELSE 1 END, id DESC LIMIT 1
                """,
                r => new ExistingRow(r.GetInt64(0), r.GetInt64(1), r.GetNullableInt64(2), r.GetInt64(3) != 0 && r.IsDBNull(4)),
                token, ("@address", address.ToString())).ConfigureAwait(false)).FirstOrDefault();

            // A live subscription never moves its start forward (that would skip articles not yet planned).
            var (start, catchUp) = (existing, backfillStart) switch
            {
                ({ Live: true }, { } fromBackfill) => (Math.Min(existing.StartSequence, fromBackfill), (long?)last),
                ({ Live: true }, null) => (existing.StartSequence, existing.CatchUpSequence),
                (_, { } fromBackfill) => (fromBackfill, last),
                _ => (last, null),
            };

            catchUp = catchUp > start ? catchUp : null;
            long id;
            if (existing is null)
            {
                id = await connection.Int64Async(
                    """
                    INSERT INTO subscriptions (address, keywords, sources, start_seq, catch_up_seq, created_at, enabled)
                    VALUES (@address, @keywords, @sources, @start, @catch_up, @now, 1)
                    RETURNING id
                    """,
                    token, ("@address", address.ToString()), ("@keywords", cleanKeywords), ("@sources", cleanSources), ("@start", start), ("@catch_up", catchUp),
                    ("@now", UnixTime.ToStorage(time.GetUtcNow()))).ConfigureAwait(false)
                    ?? throw new InvalidOperationException("INSERT … RETURNING id returned no row.");
            }
            else
            {
                id = existing.Id;
                await connection.ExecuteAsync(
                    """
                    UPDATE subscriptions
                    SET keywords = @keywords, sources = @sources, start_seq = @start, catch_up_seq = @catch_up,
                        enabled = 1, disabled_reason = NULL, removed_at = NULL
                    WHERE id = @id
                    """,
                    token, ("@id", id), ("@keywords", cleanKeywords), ("@sources", cleanSources), ("@start", start), ("@catch_up", catchUp)).ConfigureAwait(false);
            }

            var subscription = await ReadOneAsync(connection, $"{Select} WHERE id = @id", token, ("@id", id)).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Subscription {id} vanished inside its own transaction.");
            if (!request.Schedule.IsEmpty)
            {
                subscription = await ApplyScheduleAsync(connection, subscription, request.Schedule.ApplyTo(subscription.Schedule), time.GetUtcNow(), token).ConfigureAwait(false);
            }

            if (request.Language is not null)
            {
                await connection.ExecuteAsync("UPDATE subscriptions SET language = @language WHERE id = @id", token, ("@id", id), ("@language", request.Language)).ConfigureAwait(false);
                subscription = subscription with { Language = request.Language };
            }

            return subscription;
        }, ct);
    }

    /// <summary>Subscribes the channel to every source.</summary>
    public Task<Subscription> AddAsync(ChannelAddress address, IReadOnlyList<string> keywords, int backfill, CancellationToken ct) =>
        AddAsync(address, keywords, sources: null, backfill, ct);

    /// <summary>Soft-deletes the live subscription of <paramref name="address"/> and cancels its pending deliveries.</summary>
    public Task<bool> RemoveAsync(ChannelAddress address, CancellationToken ct) =>
        database.WriteAsync(async (connection, token) =>
        {
            var id = await connection.Int64Async(
                "SELECT id FROM subscriptions WHERE address = @address AND removed_at IS NULL", token, ("@address", address.ToString())).ConfigureAwait(false);
            if (id is null)
            {
                return false;
            }

            await connection.ExecuteAsync(
                "UPDATE subscriptions SET removed_at = @now, catch_up_seq = NULL WHERE id = @id",
                token, ("@id", id), ("@now", UnixTime.ToStorage(time.GetUtcNow()))).ConfigureAwait(false);
            await CancelPendingAsync(connection, id.Value, "subscription removed", token).ConfigureAwait(false);

            // Removed means gone: a later subscribe starts without the old schedule or the articles its digest kept.
            await connection.ExecuteAsync(
                "UPDATE subscriptions SET digest_at = NULL, quiet = NULL, time_zone = NULL WHERE id = @id", token, ("@id", id)).ConfigureAwait(false);
            await connection.ExecuteAsync(
                "DELETE FROM digest_items WHERE subscription_id = @id AND delivery_id IS NULL", token, ("@id", id)).ConfigureAwait(false);
            return true;
        }, ct);

    public Task<Subscription?> FindAsync(ChannelAddress address, CancellationToken ct) =>
        database.ReadAsync((connection, token) =>
            ReadOneAsync(connection, $"{Select} WHERE address = @address AND removed_at IS NULL", token, ("@address", address.ToString())), ct);

    /// <summary>The live subscription with this id; null for unknown and removed ones.</summary>
    public Task<Subscription?> GetAsync(SubscriptionId id, CancellationToken ct) =>
        database.ReadAsync((connection, token) =>
            ReadOneAsync(connection, $"{Select} WHERE id = @id AND removed_at IS NULL", token, ("@id", id.Value)), ct);

    /// <summary>Live subscriptions, disabled ones included, in id order.</summary>
    public Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<Subscription>>(async (connection, token) =>
            await connection.QueryAsync($"{Select} WHERE removed_at IS NULL ORDER BY id", SubscriptionRows.Read, token).ConfigureAwait(false), ct);

    /// <inheritdoc />
    /// <remarks>Unknown or removed ids are ignored: the channel may have been unsubscribed while a send was failing.</remarks>
    public Task DisableAsync(SubscriptionId id, string reason, CancellationToken ct) =>
        database.WriteAsync(async (connection, token) =>
        {
            var changed = await connection.ExecuteAsync(
                "UPDATE subscriptions SET enabled = 0, disabled_reason = @reason WHERE id = @id AND removed_at IS NULL",
                token, ("@id", id.Value), ("@reason", reason)).ConfigureAwait(false);
            await CancelPendingAsync(connection, id.Value, $"subscription disabled: {reason}", token).ConfigureAwait(false);
            return changed;
        }, ct);

    /// <inheritdoc />
    public Task<bool> SetLanguageAsync(SubscriptionId id, string? language, CancellationToken ct) =>
        database.WriteAsync(async (connection, token) =>
            await connection.ExecuteAsync(
                "UPDATE subscriptions SET language = @language WHERE id = @id AND removed_at IS NULL",
                token, ("@id", id.Value), ("@language", language)).ConfigureAwait(false) > 0, ct);

    /// <inheritdoc />
    /// <remarks>
    /// Does not merge: if another live subscription already has <paramref name="newAddress"/>, this throws
    /// <see cref="InvalidOperationException"/> and changes nothing (remove one of them, then move).
    /// Throws <see cref="KeyNotFoundException"/> for an unknown or removed id. Sent deliveries keep their address:
    /// that is where their messages are.
    /// </remarks>
    public Task MoveAsync(SubscriptionId id, ChannelAddress newAddress, CancellationToken ct) =>
        database.WriteAsync(async (connection, token) =>
        {
            var current = await connection.ScalarAsync(
                "SELECT address FROM subscriptions WHERE id = @id AND removed_at IS NULL", token, ("@id", id.Value)).ConfigureAwait(false) as string
                ?? throw new KeyNotFoundException($"There is no subscription {id} to move.");
            var target = newAddress.ToString();
            if (current == target)
            {
                return 0;
            }

            var other = await connection.Int64Async(
                "SELECT id FROM subscriptions WHERE address = @address AND removed_at IS NULL", token, ("@address", target)).ConfigureAwait(false);
            if (other is not null)
            {
                throw new InvalidOperationException(
                    $"Cannot move subscription {id} from {current} to {target}: {target} already has subscription {other}. Remove one of them first.");
            }

            await connection.ExecuteAsync("UPDATE subscriptions SET address = @address WHERE id = @id", token, ("@id", id.Value), ("@address", target)).ConfigureAwait(false);
            return await connection.ExecuteAsync(
                "UPDATE deliveries SET address = @address WHERE subscription_id = @id AND status = 'pending'",
                token, ("@id", id.Value), ("@address", target)).ConfigureAwait(false);
        }, ct);

    /// <inheritdoc />
    /// <remarks>
    /// A new or changed digest time (or zone) records now as the latest digest time closed, so the next digest is the
    /// next one to come rather than one today already past. Switching a digest off sends what it had kept at once, as
    /// a last digest, instead of dropping it.
    /// </remarks>
    public Task<Subscription?> SetScheduleAsync(ChannelAddress address, SubscriptionSchedule schedule, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return database.WriteAsync(async (connection, token) =>
        {
            var current = await ReadOneAsync(connection, $"{Select} WHERE address = @address AND removed_at IS NULL", token, ("@address", address.ToString())).ConfigureAwait(false);
            return current is null ? null : await ApplyScheduleAsync(connection, current, schedule, time.GetUtcNow(), token).ConfigureAwait(false);
        }, ct);
    }

    private static async Task<Subscription> ApplyScheduleAsync(SqliteConnection connection, Subscription current, SubscriptionSchedule schedule, DateTimeOffset now, CancellationToken ct)
    {
        var (digest, quiet, zone) = schedule.ToStored();
        if (current.Schedule.Digest is not null && schedule.Digest is null)
        {
            await DigestClosing.CloseAsync(connection, current.Id, now, now, ct, last: true).ConfigureAwait(false);
        }

        await connection.ExecuteAsync(
            """
            UPDATE subscriptions
            SET digest_slot = CASE WHEN digest_at IS @digest AND time_zone IS @zone THEN digest_slot ELSE @now END,
                digest_at = @digest, quiet = @quiet, time_zone = @zone
            WHERE id = @id
            """,
            ct, ("@id", current.Id.Value), ("@digest", digest), ("@quiet", quiet), ("@zone", zone), ("@now", UnixTime.ToStorage(now))).ConfigureAwait(false);
        return await ReadOneAsync(connection, $"{Select} WHERE id = @id", ct, ("@id", current.Id.Value)).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Subscription {current.Id} vanished inside its own transaction.");
    }

    /// <summary>
    /// The sequence just before the N-th most recent Created event of a stored, non-demo article (0 when there are
    /// fewer than N): demo articles are never backfilled, so they do not count towards N either.
    /// </summary>
    private static async Task<long> BackfillStartAsync(SqliteConnection connection, int count, CancellationToken ct)
    {
        var nth = await connection.Int64Async(
            """
            SELECT e.seq FROM article_events e JOIN articles a ON a.id = e.article_id
            WHERE e.kind = 'created' AND a.demo = 0
            ORDER BY e.seq DESC LIMIT 1 OFFSET @skip
            """, ct, ("@skip", count - 1)).ConfigureAwait(false);
        return nth is { } seq ? seq - 1 : 0;
    }

    private static IReadOnlyList<string> Clean(IEnumerable<string> values) =>
        [.. values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];

    private static Task<int> CancelPendingAsync(SqliteConnection connection, long subscriptionId, string why, CancellationToken ct) =>
        connection.ExecuteAsync(
            "UPDATE deliveries SET status = 'cancelled', last_error = @why WHERE subscription_id = @id AND status = 'pending'",
            ct, ("@id", subscriptionId), ("@why", why));

    private static async Task<Subscription?> ReadOneAsync(SqliteConnection connection, string sql, CancellationToken ct, params (string, object?)[] parameters) =>
        (await connection.QueryAsync(sql, SubscriptionRows.Read, ct, parameters).ConfigureAwait(false)).FirstOrDefault();

    /// <param name="Live">Enabled and not removed.</param>
    private sealed record ExistingRow(long Id, long StartSequence, long? CatchUpSequence, bool Live);
}
