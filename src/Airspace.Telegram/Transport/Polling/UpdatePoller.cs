using System.Globalization;
using Airspace.Core.State;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Airspace.Telegram.Transport.Polling;

/// <summary>
/// Long polling. The position is the last update id below which every update has <em>started</em> being handled;
/// it is persisted (<see cref="Offset"/>) as an update starts, before it is handled, and sent back as the offset,
/// which confirms (deletes) at Telegram only the updates below it. So updates still queued when the bot stops or
/// crashes are fetched again after a restart, and no update is ever handled twice (an update cut off mid-handling by
/// a crash is dropped: the user can repeat a command, but not unsend a double reply). Updates fetched again while
/// still queued are skipped, and the next poll waits until one of them starts.
/// Telegram keeps updates for 24 hours and picks a random new id sequence after a week without updates, so once the
/// last handled update is older than that, polling starts from the head (offset 0) and nothing counts as a repeat.
/// 401 (token revoked) and 409 (another poller, or a webhook) stop polling loudly: an error log and a failed health check.
/// </summary>
internal sealed class UpdatePoller(
    TelegramClients clients,
    TelegramSession session,
    UpdateScheduler scheduler,
    IStateStore state,
    TelegramHealth health,
    IOptions<TelegramOptions> settings,
    TimeProvider time,
    ILogger<UpdatePoller> logger)
{
    private readonly TelegramOptions _options = settings.Value;

    /// <summary>Telegram drops updates nobody fetched after this long, so an older position is worth nothing.</summary>
    public static readonly TimeSpan UpdateLifetime = TimeSpan.FromHours(24);

    private const int BatchLimit = 100;

    /// <summary>The position (see above) of the bot with this id.</summary>
    public static StateKey<long> Offset(long botId) => StateKey.Number("telegram:updates:" + botId.ToString(CultureInfo.InvariantCulture));

    /// <summary>When the update at <see cref="Offset"/> was handled.</summary>
    public static StateKey<DateTimeOffset> OffsetTime(long botId) => StateKey.UnixSeconds("telegram:updates-at:" + botId.ToString(CultureInfo.InvariantCulture));

    private readonly Lock _gate = new();
    private readonly SortedSet<long> _unstarted = [];
    private readonly SemaphoreSlim _cursorWrite = new(1, 1);
    private long _received;
    private long _saved;
    private bool _replaceOffset;
    private TaskCompletionSource _progress = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task RunAsync(CancellationToken ct)
    {
        if (!await session.EnsureConnectedAsync(ct).ConfigureAwait(false))
        {
            return;
        }

        var botId = session.Identity!.Id;

        // Network and server trouble, or the store being busy: back off and poll again (the offset is unchanged). A
        // wait Telegram asks for (429 retry_after) is waited exactly and is not a failure. A refused token or a second
        // poller ends polling. One execution lasts until a poll succeeds, so a good poll starts the count again.
        var retry = RetryPipelines.Create<bool>(
            session.ErrorBackoff,
            time,
            outcome => outcome.Exception is not { } ex || (ex is OperationCanceledException && ct.IsCancellationRequested)
                ? RetryDecision.Done
                : BotFailure.From(ex, clients.Redactor) switch
                {
                    { Kind: BotFailureKind.BadToken or BotFailureKind.Conflict } => RetryDecision.Done,
                    { Kind: BotFailureKind.RateLimited, RetryAfter: var asked } => RetryDecision.Asked(asked),
                    _ => RetryDecision.Failure,
                },
            (outcome, delay, _) => TelegramLog.PollFailed(logger, delay, BotFailure.From(outcome.Exception!, clients.Redactor).Description));
        var loaded = false;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                var poll = new PollState(this, botId) { Loaded = loaded };
                await retry.ExecuteAsync(static (poll, token) => poll.Poller.PollOnceAsync(poll, token), poll, ct).ConfigureAwait(false);
                loaded = poll.Loaded;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                var failure = BotFailure.From(ex, clients.Redactor);
                var sentence = failure.Kind == BotFailureKind.BadToken
                    ? $"Telegram polling stopped: the Bot API refused Airspace:Telegram:Token ({failure.Description}); copy the token from BotFather again and restart."
                    : $"Telegram polling stopped: another process is polling with this bot token, or a webhook is set ({failure.Description}); run one instance only and restart.";
                // Logged first: whoever sees the failed health check finds the reason already in the log.
                TelegramLog.Stopped(logger, sentence);
                health.Fail(sentence);
                return;
            }
        }
    }

    /// <summary>One poll: loads the position once, fetches a batch and queues it; throws what failed.</summary>
    private async ValueTask<bool> PollOnceAsync(PollState poll, CancellationToken ct)
    {
        var botId = poll.BotId;
        if (!poll.Loaded)
        {
            var last = new Position(
                await state.GetAsync(Offset(botId), ct).ConfigureAwait(false),
                await state.GetAsync(OffsetTime(botId), ct).ConfigureAwait(false));
            lock (_gate)
            {
                _unstarted.Clear();
                _received = _saved = Fresh(last) ? last.Id : 0;
                _replaceOffset = !Fresh(last) && last.Id > 0;
            }

            poll.Loaded = true;
        }

        var progress = Progress();
        var offset = Watermark();
        var updates = await clients.Polling.GetUpdates(
            offset > 0 ? (int)(offset + 1) : 0, BatchLimit, (int)_options.PollTimeout.TotalSeconds, TelegramSession.AllowedUpdates, ct).ConfigureAwait(false);
        if (!await HandleAsync(updates, botId, ct).ConfigureAwait(false) && updates.Length > 0)
        {
            // Only updates still queued came back: poll again once one of them has started.
            await WaitAsync(progress, ct).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>Queues a batch in order (handled concurrently across chats, in order within one); true when any update in it was new.</summary>
    private async Task<bool> HandleAsync(Update[] updates, long botId, CancellationToken ct)
    {
        var any = false;
        foreach (var update in updates)
        {
            long id = update.Id;
            lock (_gate)
            {
                if (id <= _received)
                {
                    // Below the position: handled (or started) before; above it: still queued, fetched again.
                    if (id <= Watermark())
                    {
                        TelegramLog.DuplicateUpdate(logger, update.Id);
                    }

                    continue;
                }

                _received = id;
                _unstarted.Add(id);
            }

            any = true;
            await scheduler.EnqueueAsync(update, ct, () => StartingAsync(botId, id)).ConfigureAwait(false);
        }

        return any;
    }

    /// <summary>Moves the position past <paramref name="id"/> if every update before it has started, persisted before it is handled: at most once, never twice.</summary>
    private async Task StartingAsync(long botId, long id)
    {
        TaskCompletionSource progress;
        long mark;
        lock (_gate)
        {
            _unstarted.Remove(id);
            mark = Watermark();
            (progress, _progress) = (_progress, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        }

        progress.TrySetResult();
        await _cursorWrite.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            if (mark > _saved)
            {
                // Only forward, so a poller that lost its role and writes late cannot send the next one back to updates
                // it handled; except the first write over a position too old to trust (Telegram may have restarted its
                // ids lower after a quiet week), which replaces it. The time is stamped only with a stored position.
                if (_replaceOffset)
                {
                    await state.SetAsync(Offset(botId), mark, CancellationToken.None).ConfigureAwait(false);
                }

                if (_replaceOffset || await state.AdvanceAsync(Offset(botId), mark, CancellationToken.None).ConfigureAwait(false))
                {
                    await state.SetAsync(OffsetTime(botId), time.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
                    _replaceOffset = false;
                }

                _saved = mark;
            }
        }
        catch (Exception ex)
        {
            // The update is handled anyway; a later one persists the position.
            TelegramLog.CursorNotSaved(logger, clients.Redactor.Describe(ex));
        }
        finally
        {
            _cursorWrite.Release();
        }
    }

    /// <summary>The last update id below which every update has started (call under the lock, or for a snapshot).</summary>
    private long Watermark()
    {
        lock (_gate)
        {
            return _unstarted.Count > 0 ? _unstarted.Min - 1 : _received;
        }
    }

    private Task Progress()
    {
        lock (_gate)
        {
            return _progress.Task;
        }
    }

    private async Task WaitAsync(Task progress, CancellationToken ct)
    {
        try
        {
            await progress.WaitAsync(_options.PollTimeout, time, ct).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
        }
    }

    private bool Fresh(Position position) => position.Id > 0 && time.GetUtcNow() - position.At < UpdateLifetime;

    private readonly record struct Position(long Id, DateTimeOffset At);

    /// <summary>What one poll execution needs; <see cref="Loaded"/> turns true once the position has been read (and stays, across retries).</summary>
    private sealed class PollState(UpdatePoller poller, long botId)
    {
        public UpdatePoller Poller { get; } = poller;

        public long BotId { get; } = botId;

        public bool Loaded { get; set; }
    }
}
