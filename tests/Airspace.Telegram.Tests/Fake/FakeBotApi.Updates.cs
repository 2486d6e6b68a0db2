using System.Text.Json.Nodes;

namespace Airspace.Telegram.Tests.Fake;

/// <summary>
/// getUpdates as the real server does it: offset &gt; 0 confirms (deletes) every update below it, a poll is held until
/// an update arrives or the timeout ends, and a second concurrent poll ends the first with 409.
/// </summary>
public sealed partial class FakeBotApi
{
    private readonly List<JsonObject> _pending = [];
    private readonly List<(JsonObject Update, int FromPoll)> _redeliveries = [];
    private int _polls;
    private int _rateLimitedPolls;
    private int _pollRetryAfter;
    private readonly List<long> _pollOffsets = [];
    private int _nextUpdateId = 1000;
    private int _nextQueryId;
    private TaskCompletionSource<bool>? _waitingPoll;

    /// <summary>The offset of every getUpdates call so far.</summary>
    public IReadOnlyList<long> PollOffsets
    {
        get
        {
            lock (_gate)
            {
                return [.. _pollOffsets];
            }
        }
    }

    /// <summary>The next <paramref name="times"/> getUpdates calls answer 429 with <c>retry_after</c> <paramref name="retryAfter"/> seconds.</summary>
    public void RateLimitPolls(int times, int retryAfter)
    {
        lock (_gate)
        {
            (_rateLimitedPolls, _pollRetryAfter) = (times, retryAfter);
        }
    }

    /// <summary>A user (or, in a channel, the channel) posts <paramref name="text"/>; a leading command gets its bot_command entity.</summary>
    /// <param name="languageCode">The user's language_code in <c>from</c> (<c>id</c>, <c>en-US</c>); none when null.</param>
    public int PushMessage(long chatId, long? fromUserId, string text, int? threadId = null, long? senderChatId = null, string? languageCode = null)
    {
        lock (_gate)
        {
            var chat = _chats[chatId];
            var message = new FakeMessage { Id = chat.NextMessageId(), FromBot = false, FromUserId = fromUserId, FromLanguageCode = languageCode, Text = text, ThreadId = threadId };
            chat.Messages.Add(message);
            var json = MessageJson(chat, message);
            if (senderChatId is { } sender)
            {
                json["sender_chat"] = _chats[sender].ToJson();
            }

            var command = System.Text.RegularExpressions.Regex.Match(text, "^/[A-Za-z0-9_]{1,64}(@[A-Za-z0-9_]{3,32})?");
            if (command.Success)
            {
                json["entities"] = new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = command.Length });
            }

            return Push(chat.Type == "channel" ? "channel_post" : "message", json);
        }
    }

    /// <summary>A user presses an inline button with <paramref name="data"/> under the bot's message.</summary>
    public int PushCallback(long chatId, int messageId, long fromUserId, string data)
    {
        lock (_gate)
        {
            var chat = _chats[chatId];
            var message = chat.Messages.Single(m => m.Id == messageId);
            var id = "cbq-" + ++_nextQueryId;
            _openQueries[id] = false;
            return Push("callback_query", new JsonObject
            {
                ["id"] = id,
                ["from"] = new JsonObject { ["id"] = fromUserId, ["is_bot"] = false, ["first_name"] = "User" + fromUserId },
                ["chat_instance"] = "ci-" + chatId,
                ["data"] = data,
                ["message"] = MessageJson(chat, message),
            });
        }
    }

    public int PushInlineQuery(long fromUserId, string query, string offset = "")
    {
        lock (_gate)
        {
            var id = "iq-" + ++_nextQueryId;
            _openQueries[id] = false;
            return Push("inline_query", new JsonObject
            {
                ["id"] = id,
                ["from"] = new JsonObject { ["id"] = fromUserId, ["is_bot"] = false, ["first_name"] = "User" + fromUserId },
                ["query"] = query,
                ["offset"] = offset,
            });
        }
    }

    /// <summary>The bot's own membership changed (kicked, left, administrator …).</summary>
    public int PushMyChatMember(long chatId, long fromUserId, string newStatus)
    {
        lock (_gate)
        {
            var chat = _chats[chatId];
            chat.Members[BotId] = (newStatus, false);
            var newMember = new JsonObject { ["status"] = newStatus, ["user"] = BotUser(full: false) };
            if (newStatus == "kicked")
            {
                newMember["until_date"] = 0;
            }

            return Push("my_chat_member", new JsonObject
            {
                ["chat"] = chat.ToJson(),
                ["from"] = new JsonObject { ["id"] = fromUserId, ["is_bot"] = false, ["first_name"] = "User" + fromUserId },
                ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["old_chat_member"] = new JsonObject { ["status"] = "member", ["user"] = BotUser(full: false) },
                ["new_chat_member"] = newMember,
            });
        }
    }

    /// <summary>The group becomes a supergroup with <paramref name="newChatId"/>: sends to the old id now fail with migrate_to_chat_id.</summary>
    public FakeChat Migrate(long groupId, long newChatId, bool announce)
    {
        FakeChat supergroup;
        lock (_gate)
        {
            var group = _chats[groupId];
            group.MigratedTo = newChatId;
            supergroup = new FakeChat { Id = newChatId, Type = "supergroup", Title = group.Title };
            foreach (var (user, member) in group.Members)
            {
                supergroup.Members[user] = member;
            }

            _chats[newChatId] = supergroup;
            if (announce)
            {
                var service = MessageJson(group, new FakeMessage { Id = group.NextMessageId(), FromBot = false, FromUserId = 1, Text = "" });
                service.Remove("text");
                service["migrate_to_chat_id"] = newChatId;
                Push("message", service);
            }
        }

        return supergroup;
    }

    /// <summary>Hands an already delivered update out once more, whatever the offset (a server that lost our confirmation).</summary>
    public void Redeliver(int updateId, JsonObject update)
    {
        lock (_gate)
        {
            var copy = (JsonObject)update.DeepClone();
            copy["update_id"] = updateId;

            // Only for a poll that starts from now on: one still held from before belongs to a client that may be gone.
            _redeliveries.Add((copy, _polls + 1));
        }
    }

    /// <summary>The update JSON with this id, as first pushed.</summary>
    public JsonObject? PushedUpdate(int updateId)
    {
        lock (_gate)
        {
            return _allPushed.TryGetValue(updateId, out var update) ? (JsonObject)update.DeepClone() : null;
        }
    }

    private readonly Dictionary<int, JsonObject> _allPushed = [];

    private int Push(string kind, JsonObject payload)
    {
        var id = ++_nextUpdateId;
        var update = new JsonObject { ["update_id"] = id, [kind] = payload };
        _pending.Add(update);
        _allPushed[id] = (JsonObject)update.DeepClone();
        WakePoll(true);
        return id;
    }

    private void WakePoll(bool result)
    {
        _waitingPoll?.TrySetResult(result);
        _waitingPoll = null;
    }

    private async Task<JsonNode> GetUpdatesAsync(JsonObject body, CancellationToken ct)
    {
        TaskCompletionSource<bool> waiter;
        TimeSpan hold;
        long offset;
        int limit;
        int poll;
        lock (_gate)
        {
            poll = ++_polls;
            if (_rateLimitedPolls > 0)
            {
                _rateLimitedPolls--;
                throw FakeApiError.TooManyRequests(_pollRetryAfter);
            }

            if (WebhookUrl is not null)
            {
                throw new FakeApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
            }

            offset = (long?)body["offset"] ?? 0;
            limit = Math.Clamp((int?)body["limit"] ?? 100, 1, 100);
            hold = TimeSpan.FromSeconds(Math.Clamp((int?)body["timeout"] ?? 0, 0, 50));
            hold = hold < Limits.MaxPollHold ? hold : Limits.MaxPollHold;
            _pollOffsets.Add(offset);
            Confirm(offset);

            // Another poll is waiting: it is terminated, this one goes on.
            WakePoll(false);
            if (Ready(offset, limit, poll) is { Count: > 0 } || hold == TimeSpan.Zero)
            {
                return Take(offset, limit, poll);
            }

            waiter = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waitingPoll = waiter;
        }

        var woken = await Task.WhenAny(waiter.Task, Task.Delay(hold, ct));
        if (woken == waiter.Task && !waiter.Task.Result)
        {
            throw new FakeApiError(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
        }

        lock (_gate)
        {
            if (_waitingPoll == waiter)
            {
                _waitingPoll = null;
            }

            return Take(offset, limit, poll);
        }
    }

    private void Confirm(long offset)
    {
        if (offset > 0)
        {
            _pending.RemoveAll(u => (int)u["update_id"]! < offset);
        }
        else if (offset < 0 && _pending.Count > -offset)
        {
            _pending.RemoveRange(0, _pending.Count + (int)offset);
        }
    }

    private List<JsonObject> Ready(long offset, int limit, int poll) =>
        [.. _redeliveries.Where(r => r.FromPoll <= poll).Select(r => r.Update), .. _pending.Where(u => (int)u["update_id"]! >= offset).Take(limit)];

    /// <summary>True once a getUpdates call started after one that handed out the update: the client has taken it in.</summary>
    public bool TakenIn(int updateId)
    {
        lock (_gate)
        {
            return _firstDelivery.TryGetValue(updateId, out var poll) && _polls > poll;
        }
    }

    private readonly Dictionary<int, int> _firstDelivery = [];

    private JsonArray Take(long offset, int limit, int poll)
    {
        var ready = Ready(offset, limit, poll);
        foreach (var update in ready)
        {
            _firstDelivery.TryAdd((int)update["update_id"]!, poll);
        }

        _redeliveries.RemoveAll(r => r.FromPoll <= poll);
        return new JsonArray([.. ready.Select(u => u.DeepClone())]);
    }
}
