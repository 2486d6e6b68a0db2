using Airspace.Core.Interactions;
using Microsoft.Data.Sqlite;

namespace Airspace.Storage.Sqlite;

/// <summary>
/// <see cref="ISeenInteractionStore"/> on SQLite: one row per (platform, interaction id) until its keep-until time,
/// after which the id may be recorded again and the row is pruned (at most once a minute, in the same write).
/// </summary>
/// <remarks>
/// Interactions come in bursts (hundreds of commands at once), each waiting for this before it is acknowledged, and
/// Discord's deadline is 3 s. So ids are written in batches (<see cref="WriteBatch{TItem, TResult}"/>): one
/// transaction per burst instead of one per interaction.
/// </remarks>
public sealed class SqliteSeenInteractionStore : ISeenInteractionStore
{
    private readonly PruneSchedule _prune;
    private readonly WriteBatch<(string Platform, string Id, DateTimeOffset KeepUntil), bool> _batch;

    public SqliteSeenInteractionStore(SqliteDatabase database, TimeProvider time)
    {
        _prune = new PruneSchedule(time);
        _batch = new(database, WriteAsync);
    }

    public Task<bool> TryRecordAsync(string platform, string interactionId, DateTimeOffset keepUntil, CancellationToken ct) =>
        _batch.WriteAsync((platform, interactionId, keepUntil), ct);

    private async Task<bool[]> WriteAsync(SqliteConnection connection, IReadOnlyList<(string Platform, string Id, DateTimeOffset KeepUntil)> batch, CancellationToken ct)
    {
        if (_prune.IsDue(out var now))
        {
            await connection.ExecuteAsync("DELETE FROM seen_interactions WHERE keep_until < @now", ct, ("@now", now)).ConfigureAwait(false);
        }

        var results = new bool[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            // An expired row not yet pruned counts as unseen: the id is recorded afresh.
            results[i] = await connection.ExecuteAsync(
                """
                INSERT INTO seen_interactions (platform, id, keep_until) VALUES (@platform, @id, @until)
                ON CONFLICT (platform, id) DO UPDATE SET keep_until = excluded.keep_until WHERE seen_interactions.keep_until < @now
                """,
                ct, ("@platform", batch[i].Platform), ("@id", batch[i].Id), ("@until", UnixTime.ToStorage(batch[i].KeepUntil)), ("@now", now)).ConfigureAwait(false) > 0;
        }

        return results;
    }
}
