using Microsoft.Data.Sqlite;

namespace Airspace.Storage.Sqlite.Mapping;

/// <summary>
/// Small writes that each wait for their own result (a seen id, a rate-limit count), written in batches: whoever finds
/// no write in progress writes every item queued by then in one transaction, then the ones queued meanwhile, until
/// none are left. One transaction per burst instead of one per item, and no queueing in SQLite's busy handler, whose
/// sleeps grow to 100 ms.
/// </summary>
internal sealed class WriteBatch<TItem, TResult>(SqliteDatabase database, Func<SqliteConnection, IReadOnlyList<TItem>, CancellationToken, Task<TResult[]>> write)
{
    private readonly Lock _gate = new();
    private List<Pending> _queued = [];
    private bool _writing;

    public async Task<TResult> WriteAsync(TItem item, CancellationToken ct)
    {
        var pending = new Pending(item, new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously));
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

        return await pending.Result.Task.WaitAsync(ct).ConfigureAwait(false);
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
                var results = await database.WriteAsync((connection, token) => write(connection, batch.ConvertAll(p => p.Item), token), CancellationToken.None).ConfigureAwait(false);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Result.TrySetResult(results[i]);
                }
            }
            catch (Exception ex)
            {
                foreach (var pending in batch)
                {
                    pending.Result.TrySetException(ex);
                }
            }
        }
    }

    private sealed record Pending(TItem Item, TaskCompletionSource<TResult> Result);
}
