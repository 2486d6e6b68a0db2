namespace Airspace.Telegram.Commands;

/// <summary>
/// Work keyed by chat: one item at a time per chat, in the order posted; different chats run side by side, at most
/// <c>concurrency</c> items at once when a cap is given. Every lane is a tracked task: a failure is logged (never
/// lost, never fatal), and <see cref="StopAsync"/> cancels what is left and waits for what is running.
/// </summary>
internal sealed class ChatLanes
{
    /// <summary>Items waiting or running over all chats; past this, <see cref="PostAsync"/> waits (back-pressure on the update source).</summary>
    public const int MaxQueued = 1000;

    private readonly string _name;
    private readonly int _perChat;
    private readonly SemaphoreSlim? _slots;
    private readonly SemaphoreSlim _room = new(MaxQueued, MaxQueued);
    private readonly Redactor _redactor;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private readonly Dictionary<long, Queue<Func<CancellationToken, Task>>> _lanes = [];
    private readonly HashSet<Task> _running = [];
    private readonly CancellationTokenSource _stopping = new();

    /// <param name="perChat">Items one chat may have waiting; <see cref="TryPost"/> refuses more (no cap when null).</param>
    public ChatLanes(string name, int? concurrency, Redactor redactor, ILogger logger, int? perChat = null)
    {
        _name = name;
        _perChat = perChat ?? int.MaxValue;
        _slots = concurrency is { } cap ? new SemaphoreSlim(cap, cap) : null;
        _redactor = redactor;
        _logger = logger;
    }

    /// <summary>Queues <paramref name="work"/> behind the chat's earlier items; waits only while <see cref="MaxQueued"/> items are pending.</summary>
    public async Task PostAsync(long chat, Func<CancellationToken, Task> work, CancellationToken ct)
    {
        using var both = CancellationTokenSource.CreateLinkedTokenSource(ct, _stopping.Token);
        await _room.WaitAsync(both.Token).ConfigureAwait(false);
        lock (_gate)
        {
            Enqueue(chat, work);
        }
    }

    /// <summary>
    /// Queues <paramref name="work"/> behind the chat's earlier items without ever waiting: false (nothing queued)
    /// when the chat already has its cap of items waiting, when <see cref="MaxQueued"/> are pending, or when stopping.
    /// </summary>
    public bool TryPost(long chat, Func<CancellationToken, Task> work)
    {
        lock (_gate)
        {
            if (_stopping.IsCancellationRequested || (_lanes.TryGetValue(chat, out var waiting) && waiting.Count >= _perChat) || !_room.Wait(0))
            {
                return false;
            }

            Enqueue(chat, work);
            return true;
        }
    }

    private void Enqueue(long chat, Func<CancellationToken, Task> work)
    {
        if (_lanes.TryGetValue(chat, out var queue))
        {
            queue.Enqueue(work);
            return;
        }

        queue = new Queue<Func<CancellationToken, Task>>();
        queue.Enqueue(work);
        _lanes[chat] = queue;
        var lane = Task.Run(() => RunLaneAsync(chat, queue), CancellationToken.None);
        _running.Add(lane);
        _ = lane.ContinueWith(Forget, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Stops taking new items off the lanes, cancels the running ones and waits for them to end.</summary>
    public async Task StopAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        Task[] running;
        lock (_gate)
        {
            running = [.. _running];
        }

        await Task.WhenAll(running).ConfigureAwait(false);
    }

    private async Task RunLaneAsync(long chat, Queue<Func<CancellationToken, Task>> queue)
    {
        var ct = _stopping.Token;
        while (true)
        {
            Func<CancellationToken, Task> work;
            lock (_gate)
            {
                if (queue.Count == 0 || ct.IsCancellationRequested)
                {
                    _lanes.Remove(chat);
                    return;
                }

                work = queue.Dequeue();
            }

            try
            {
                if (_slots is not null)
                {
                    await _slots.WaitAsync(ct).ConfigureAwait(false);
                }

                try
                {
                    await work(ct).ConfigureAwait(false);
                }
                finally
                {
                    _slots?.Release();
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
            }
            catch (Exception ex)
            {
                TelegramLog.LaneItemFailed(_logger, _name, chat, _redactor.Describe(ex));
            }
            finally
            {
                _room.Release();
            }
        }
    }

    private void Forget(Task lane)
    {
        lock (_gate)
        {
            _running.Remove(lane);
        }
    }
}
