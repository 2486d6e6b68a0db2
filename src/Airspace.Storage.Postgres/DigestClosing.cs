using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;

namespace Airspace.Storage.Postgres;

/// <summary>
/// The body of <see cref="PostgresDeliveryStore.CloseDigestAsync"/>, run under the planner's advisory lock: the slot
/// check, the digest row and the items' link to it commit together, so a crash leaves either a whole digest or none,
/// and two replicas closing the same digest time make one digest.
/// </summary>
internal static class DigestClosing
{
    /// <param name="last">The digest is being switched off: what it kept goes out now, whatever digest time was closed last.</param>
    public static async Task<DeliveryId?> CloseAsync(NpgsqlConnection connection, SubscriptionId subscription, DateTimeOffset slot, DateTimeOffset now, CancellationToken ct, bool last = false)
    {
        // The slot moves forward in the same statement that checks it (the row lock holds a second closer back).
        var address = await connection.ScalarAsync(
            """
            UPDATE subscriptions SET digest_slot = @slot
            WHERE id = @id AND enabled AND removed_at IS NULL AND digest_at IS NOT NULL
              AND (@last OR digest_slot IS NULL OR digest_slot < @slot)
            RETURNING address
            """,
            ct, ("@id", subscription.Value), ("@slot", NpgsqlCommandExtensions.Stored(slot)), ("@last", last)).ConfigureAwait(false) as string;
        if (address is null)
        {
            return null;
        }

        var open = await connection.QueryAsync(
            "SELECT article_id, event_seq FROM digest_items WHERE subscription_id = @id AND delivery_id IS NULL ORDER BY event_seq",
            r => (ArticleId: r.GetInt64(0), Sequence: r.GetInt64(1)), ct, ("@id", subscription.Value)).ConfigureAwait(false);
        if (open.Count == 0)
        {
            return null;
        }

        // The row names its first article (deliveries need one) and its last sequence (unique per digest).
        var nowMs = NpgsqlCommandExtensions.Stored(now);
        var id = await connection.Int64Async(
            """
            INSERT INTO deliveries (article_id, subscription_id, address, kind, status, attempts, due_at, created_at, event_seq)
            VALUES (@article_id, @subscription_id, @address, 'digest', 'pending', 0, @now, @now, @event_seq)
            RETURNING id
            """,
            ct, ("@article_id", open[0].ArticleId), ("@subscription_id", subscription.Value), ("@address", address),
            ("@now", nowMs), ("@event_seq", open[^1].Sequence)).ConfigureAwait(false)
            ?? throw new InvalidOperationException("INSERT … RETURNING id returned no row.");
        await connection.ExecuteAsync(
            "UPDATE digest_items SET delivery_id = @delivery WHERE subscription_id = @id AND delivery_id IS NULL AND event_seq <= @last",
            ct, ("@delivery", id), ("@id", subscription.Value), ("@last", open[^1].Sequence)).ConfigureAwait(false);
        return new DeliveryId(id);
    }
}
