namespace Airspace.Telegram.Sending;

/// <summary>
/// The bot token's overall send budget: at most <see cref="TelegramOptions.GlobalMessagesPerSecond"/> messages in
/// <em>any</em> one-second window as Telegram counts them, the first second of a burst included (Telegram answers 429
/// past about 30 a second), shared by alerts and command replies, with replies served first.
/// </summary>
/// <remarks>
/// A slot is taken when a request starts and counts until one second after its answer came back. The server saw
/// the request somewhere in between, so two requests that use the same slot reach it at least a second apart,
/// however long connection set-up or the network delayed them; a budget counted from the start of requests lets a
/// slow first burst and a fast second one land inside the same second.
/// Not <c>System.Threading.RateLimiting</c>'s <c>SlidingWindowRateLimiter</c>: its segments hand a permit back up to a
/// segment early (up to twice the limit inside one second unless the window is padded), it cannot count from a
/// request's end, its queue is first-come or last-come only (no priority), and it runs on the system clock rather
/// than a <see cref="TimeProvider"/>.
/// </remarks>
internal sealed class GlobalSendBudget
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private readonly TimeProvider _time;
    private readonly int _limit;
    private readonly Lock _gate = new();
    private readonly Queue<DateTimeOffset> _finished = new();
    private readonly LinkedList<TaskCompletionSource<Slot>>[] _waiting = [new(), new()];
    private int _inFlight;
    private ITimer? _timer;

    public GlobalSendBudget(IOptions<TelegramOptions> settings, TimeProvider time)
    {
        var options = settings.Value;
        _time = time;
        _limit = options.GlobalMessagesPerSecond;
    }

    /// <summary>Completes when this send may go out; dispose the slot when the answer is back (or the send failed).</summary>
    public Task<Slot> AcquireAsync(SendPriority priority, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (Next() is null && TryTake(_time.GetUtcNow()))
            {
                return Task.FromResult(new Slot(this));
            }

            var waiter = new TaskCompletionSource<Slot>(TaskCreationOptions.RunContinuationsAsynchronously);
            var node = _waiting[(int)priority].AddLast(waiter);
            if (ct.CanBeCanceled)
            {
                var registration = ct.Register(() => Abandon(node, ct));
                _ = waiter.Task.ContinueWith(_ => registration.Dispose(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }

            Schedule(_time.GetUtcNow());
            return waiter.Task;
        }
    }

    private void Return()
    {
        lock (_gate)
        {
            _inFlight--;
            _finished.Enqueue(_time.GetUtcNow());
            Schedule(_time.GetUtcNow());
        }
    }

    private void Abandon(LinkedListNode<TaskCompletionSource<Slot>> node, CancellationToken ct)
    {
        lock (_gate)
        {
            node.List?.Remove(node);
        }

        node.Value.TrySetCanceled(ct);
    }

    private void Serve()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            while (Next() is { } list && TryTake(now))
            {
                var waiter = list.First!.Value;
                list.RemoveFirst();
                if (!waiter.TrySetResult(new Slot(this)))
                {
                    _inFlight--;
                }
            }

            Schedule(now);
        }
    }

    private LinkedList<TaskCompletionSource<Slot>>? Next() =>
        _waiting[0].Count > 0 ? _waiting[0] : _waiting[1].Count > 0 ? _waiting[1] : null;

    private bool TryTake(DateTimeOffset now)
    {
        while (_finished.TryPeek(out var end) && end + Window <= now)
        {
            _finished.Dequeue();
        }

        if (_inFlight + _finished.Count >= _limit)
        {
            return false;
        }

        _inFlight++;
        return true;
    }

    /// <summary>Wakes up when a slot is free or the oldest finished send leaves the window, if anyone is waiting.</summary>
    private void Schedule(DateTimeOffset now)
    {
        if (Next() is null)
        {
            return;
        }

        TimeSpan due;
        if (_inFlight + _finished.Count < _limit)
        {
            due = TimeSpan.Zero;
        }
        else if (_finished.TryPeek(out var oldest))
        {
            due = oldest + Window - now;
        }
        else
        {
            // Every slot is in flight: the next Return schedules again.
            return;
        }

        _timer ??= _time.CreateTimer(_ => Serve(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _timer.Change(due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    /// <summary>One send's place in the budget; disposing it starts its one second of cooling down.</summary>
    internal sealed class Slot(GlobalSendBudget budget) : IDisposable
    {
        private int _returned;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _returned, 1) == 0)
            {
                budget.Return();
            }
        }
    }
}
