using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Airspace.Telegram.Tests.Fake;

/// <summary>The checks every method shares (chat state, text parsing, keyboards, rate) and the JSON shapes it answers with.</summary>
public sealed partial class FakeBotApi
{
    private void AnswerQuery(string? id)
    {
        if (id is null || !_openQueries.TryGetValue(id, out var answered) || answered)
        {
            throw FakeApiError.BadRequest("query is too old and response timeout expired or query ID is invalid");
        }

        _openQueries[id] = true;
    }

    private FakeChat FindChat(JsonNode? chatId)
    {
        FakeChat? chat = null;
        if (chatId is JsonValue value && value.TryGetValue<long>(out var id))
        {
            _chats.TryGetValue(id, out chat);
        }
        else if (chatId is JsonValue name && name.TryGetValue<string>(out var text))
        {
            chat = text.StartsWith('@')
                ? _chats.Values.FirstOrDefault(c => string.Equals("@" + c.Username, text, StringComparison.OrdinalIgnoreCase))
                : long.TryParse(text, out var parsed) ? _chats.GetValueOrDefault(parsed) : null;
        }

        return chat ?? throw FakeApiError.BadRequest("chat not found");
    }

    /// <summary>The chat, if the bot may send there now; otherwise the error the real server gives.</summary>
    private FakeChat SendableChat(JsonObject body)
    {
        var chat = FindChat(body["chat_id"]);
        if (chat.MigratedTo is { } newId)
        {
            throw FakeApiError.Migrated(newId);
        }

        switch (chat.State)
        {
            case FakeChatState.BlockedByUser:
                throw FakeApiError.Forbidden("bot was blocked by the user");
            case FakeChatState.BotKicked:
                throw FakeApiError.Forbidden($"bot was kicked from the {chat.Type} chat");
            case FakeChatState.Deleted:
                throw FakeApiError.Forbidden("the group chat was deleted");
        }

        if (chat.ScriptedErrors.TryDequeue(out var scripted))
        {
            if (scripted.Code == 429)
            {
                chat.TooManyRequests++;
            }

            throw scripted;
        }

        return chat;
    }

    private void TakeRateToken(FakeChat chat)
    {
        if (_limiter.TryTake(chat.Id) is { } retryAfter)
        {
            chat.TooManyRequests++;
            throw FakeApiError.TooManyRequests(retryAfter);
        }
    }

    /// <summary>Parses the text as Telegram does: HTML when asked, then the length in code points, and valid UTF-16 only.</summary>
    private static (string Text, IReadOnlyList<FakeEntity> Entities) ParseText(JsonObject body, string field, JsonNode? parseMode)
    {
        var raw = (string?)body[field] ?? "";
        if (raw.Where((c, i) => char.IsHighSurrogate(c) ? i + 1 >= raw.Length || !char.IsLowSurrogate(raw[i + 1]) : char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(raw[i - 1]))).Any())
        {
            throw FakeApiError.BadRequest("strings must be encoded in UTF-8");
        }

        var mode = ((string?)parseMode)?.ToLowerInvariant();
        var (text, entities) = mode switch
        {
            null or "" => (raw, (IReadOnlyList<FakeEntity>)[]),
            "html" => FakeHtml.Parse(raw),
            _ => throw FakeApiError.BadRequest("unsupported parse_mode " + mode),
        };

        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            throw FakeApiError.BadRequest("message text is empty");
        }

        if (trimmed.EnumerateRunes().Count() > MaxText)
        {
            throw FakeApiError.BadRequest("message is too long");
        }

        return (text, entities);
    }

    private static void ValidateMarkup(JsonNode? markup)
    {
        if (markup is null)
        {
            return;
        }

        var rows = markup["inline_keyboard"] as JsonArray ?? throw FakeApiError.BadRequest("can't parse inline keyboard button: field \"inline_keyboard\" must be an Array");
        foreach (var button in rows.SelectMany(r => r as JsonArray ?? throw FakeApiError.BadRequest("inline keyboard row must be an Array")))
        {
            if (string.IsNullOrEmpty((string?)button?["text"]))
            {
                throw FakeApiError.BadRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
            }

            if ((string?)button!["url"] is { } url && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https" or "tg")))
            {
                throw FakeApiError.BadRequest("BUTTON_URL_INVALID");
            }

            if ((string?)button["callback_data"] is { } data && Encoding.UTF8.GetByteCount(data) is < 1 or > 64)
            {
                throw FakeApiError.BadRequest("BUTTON_DATA_INVALID");
            }

            if (button["url"] is null && button["callback_data"] is null)
            {
                throw FakeApiError.BadRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
            }
        }
    }

    private JsonObject MessageJson(FakeChat chat, FakeMessage message)
    {
        var json = new JsonObject
        {
            ["message_id"] = message.Id,
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = chat.ToJson(),
            ["text"] = message.Text,
        };
        if (message.FromBot && chat.Type != "channel")
        {
            json["from"] = BotUser(full: false);
        }
        else if (message.FromUserId is { } user)
        {
            json["from"] = new JsonObject { ["id"] = user, ["is_bot"] = false, ["first_name"] = "User" + user };
            if (message.FromLanguageCode is { } language)
            {
                json["from"]!["language_code"] = language;
            }
        }

        if (chat.Type == "channel")
        {
            json["sender_chat"] = chat.ToJson();
        }

        if (message.ThreadId is { } thread)
        {
            json["message_thread_id"] = thread;
            json["is_topic_message"] = true;
        }

        if (message.ReplyMarkup is not null)
        {
            json["reply_markup"] = message.ReplyMarkup.DeepClone();
        }

        return json;
    }

    private static JsonObject BotUser(bool full)
    {
        var user = new JsonObject { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "Airspace", ["username"] = BotUsername };
        if (full)
        {
            user["can_join_groups"] = true;
            user["can_read_all_group_messages"] = false;
            user["supports_inline_queries"] = true;
        }

        return user;
    }

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex CommandName();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretToken();

    /// <summary>setMyCommands' language_code: a two-letter ISO 639-1 code.</summary>
    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex LanguageCode();
}
