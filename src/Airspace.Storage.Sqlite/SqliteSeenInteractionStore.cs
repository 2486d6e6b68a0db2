using Airspace.Core.Interactions;

namespace Airspace.Storage.Sqlite;

/// <summary>
/// <see cref="ISeenInteractionStore"/> on SQLite: one row per (platform, interaction id) until its keep-until time,
/// after which the id may be recorded again and the row is pruned (at most once a minute, in the same write).
/// </summary>
/// <remarks>
/// Interactions come in bursts (hundreds of commands at once), each waiting for this before it is acknowledged, and
/// Discord's deadline is 3 s. So ids are written in batches: whoever finds no write in progress writes every id
/// queued by then in one transaction, then the ones queued meanwhile, until none are left. One transaction per
/// burst instead of one per interaction, and no queueing in SQLite's busy handler, whose sleeps grow to 100 ms.
/// </remarks>
public sealed class SqliteSeenInteractionStore(SqliteDatabase database, TimeProvider time) : ISeenInteractionStore
{
    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private List<Pending> _queued = [];
    private bool _writing;
    private DateTimeOffset _lastPrune = DateTimeOffset.MinValue;

    public async Task<bool> TryRecordAsync(string platform, string interactionId, DateTimeOffset keepUntil, CancellationToken ct)
    {
        var pending = new Pending(platform, interactionId, keepUntil, new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
        bool write;
        lock (_gate)
        {
            _queued.Add(pending);
            write = !_writing;
            _writing = true;
        }

        if (write)
        {
            await WriteQueuedAsync().ConfigureAwait(false);
        }

        return await pending.Recorded.Task.WaitAsync(ct).ConfigureAwait(false);
    }

    private async Task WriteQueuedAsync()
    {
        while (true)
        {
            List<Pending> batch;
            lock (_gate)
            {
                if (_queued.Count == 0)
                {
                    _writing = false;
                    return;
                }

                (batch, _queued) = (_queued, []);
            }

            try
            {
                var recorded = await WriteAsync(batch).ConfigureAwait(false);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Recorded.TrySetResult(recorded[i]);
                }
            }
            catch (Exception ex)
            {
                foreach (var pending in batch)
                {
                    pending.Recorded.TrySetException(ex);
                }
            }
        }
    }

    private async Task<bool[]> WriteAsync(List<Pending> batch)
    {
        var now = time.GetUtcNow();
        var prune = now - _lastPrune >= PruneEvery;
        var recorded = await database.WriteAsync(async (connection, token) =>
        {
            if (prune)
            {
                await connection.ExecuteAsync("DELETE FROM seen_interactions WHERE keep_until < @now", token, ("@now", UnixTime.ToStorage(now))).ConfigureAwait(false);
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
                    token, ("@platform", batch[i].Platform), ("@id", batch[i].Id), ("@until", UnixTime.ToStorage(batch[i].KeepUntil)), ("@now", UnixTime.ToStorage(now))).ConfigureAwait(false) > 0;
            }

            return results;
        }, CancellationToken.None).ConfigureAwait(false);
        if (prune)
        {
            _lastPrune = now;
        }

        return recorded;
    }

    private sealed record Pending(string Platform, string Id, DateTimeOffset KeepUntil, TaskCompletionSource<bool> Recorded);
}
