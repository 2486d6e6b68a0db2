namespace Airspace.Telegram.Sending;

/// <summary>
/// Our own copy of Telegram's send limits, so a burst is spread out instead of answered with 429s: one message
/// per <see cref="TelegramOptions.PrivateChatInterval"/> to a private chat, one per
/// <see cref="TelegramOptions.GroupChatInterval"/> to a group or channel (negative ids); the overall limit is
/// <see cref="GlobalSendBudget"/>'s. A 429 pushes the chat's next turn past retry_after.
/// </summary>
internal sealed class ChatPacer(IOptions<TelegramOptions> settings, TimeProvider time)
{
    private readonly TelegramOptions _options = settings.Value;

    private const int PruneAbove = 10_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<long, DateTimeOffset> _nextTurn = [];

    /// <summary>
    /// Reserves the chat's next turn when it is at most <paramref name="maxWait"/> away and returns true with the
    /// wait; otherwise reserves nothing and returns false with the wait it would have taken.
    /// </summary>
    public bool TryReserveChat(long chatId, TimeSpan maxWait, out TimeSpan wait)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var turn = _nextTurn.TryGetValue(chatId, out var next) && next > now ? next : now;
            wait = turn - now;
            if (wait > maxWait)
            {
                return false;
            }

            if (_nextTurn.Count > PruneAbove)
            {
                Prune(now);
            }

            _nextTurn[chatId] = turn + Interval(chatId);
            return true;
        }
    }

    /// <summary>Telegram said 429: nothing more goes to this chat until <paramref name="retryAfter"/> has passed.</summary>
    public void Penalize(long chatId, TimeSpan retryAfter)
    {
        lock (_gate)
        {
            var until = time.GetUtcNow() + retryAfter;
            if (!_nextTurn.TryGetValue(chatId, out var next) || next < until)
            {
                _nextTurn[chatId] = until;
            }
        }
    }

    public TimeSpan Interval(long chatId) => chatId > 0 ? _options.PrivateChatInterval : _options.GroupChatInterval;

    private void Prune(DateTimeOffset now)
    {
        foreach (var (chat, next) in _nextTurn.ToArray())
        {
            if (next <= now)
            {
                _nextTurn.Remove(chat);
            }
        }
    }
}
