using Airspace.Core.Interactions;
using Airspace.Storage.Sqlite.Mapping;

namespace Airspace.Storage.Sqlite;

/// <summary>
/// <see cref="ISeenInteractionStore"/> on SQLite: one row per (platform, interaction id) until its keep-until time,
/// after which the id may be recorded again and the row is pruned (at most once a minute, in the same write).
/// </summary>
public sealed class SqliteSeenInteractionStore(SqliteDatabase database, TimeProvider time) : ISeenInteractionStore
{
    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(1);

    // One writer at a time from this process: a burst of interactions queues here instead of in SQLite's busy
    // handler, whose back-off sleeps grow to 100 ms and would eat Discord's 3-second deadline.
    private readonly SemaphoreSlim _writer = new(1, 1);
    private DateTimeOffset _lastPrune = DateTimeOffset.MinValue;

    public async Task<bool> TryRecordAsync(string platform, string interactionId, DateTimeOffset keepUntil, CancellationToken ct)
    {
        await _writer.WaitAsync(ct);
        try
        {
            var now = time.GetUtcNow();
            var prune = now - _lastPrune >= PruneEvery;
            var recorded = await database.WriteAsync(async (connection, token) =>
            {
                if (prune)
                {
                    await connection.ExecuteAsync("DELETE FROM seen_interactions WHERE keep_until < @now", token, ("@now", UnixTime.ToStorage(now)));
                }

                // An expired row not yet pruned counts as unseen: the id is recorded afresh.
                return await connection.ExecuteAsync(
                    """
                    INSERT INTO seen_interactions (platform, id, keep_until) VALUES (@platform, @id, @until)
                    ON CONFLICT (platform, id) DO UPDATE SET keep_until = excluded.keep_until WHERE seen_interactions.keep_until < @now
                    """,
                    token, ("@platform", platform), ("@id", interactionId), ("@until", UnixTime.ToStorage(keepUntil)), ("@now", UnixTime.ToStorage(now))) > 0;
            }, ct);
            if (prune)
            {
                _lastPrune = now;
            }

            return recorded;
        }
        finally
        {
            _writer.Release();
        }
    }
}
