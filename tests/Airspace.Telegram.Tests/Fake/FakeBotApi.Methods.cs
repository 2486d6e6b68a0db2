using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Airspace.Telegram.Tests.Fake;

/// <summary>The Bot API methods the adapter uses, with the real server's checks and error descriptions.</summary>
public sealed partial class FakeBotApi
{
    public const int MaxText = 4096;

    private readonly List<JsonObject> _commands = [];

    /// <summary>The command menus set with a language_code, by that code (the default menu is <see cref="Commands"/>).</summary>
    private readonly Dictionary<string, List<JsonObject>> _localizedCommands = new(StringComparer.Ordinal);
    private readonly List<JsonObject> _callbackAnswers = [];
    private readonly List<JsonObject> _inlineAnswers = [];
    private readonly Dictionary<string, bool> _openQueries = new(StringComparer.Ordinal);

    public string? WebhookUrl { get; private set; }

    public string? WebhookSecret { get; private set; }

    public IReadOnlyList<JsonObject> Commands
    {
        get
        {
            lock (_gate)
            {
                return [.. _commands];
            }
        }
    }

    /// <summary>The menu setMyCommands set for <paramref name="languageCode"/> (empty when none was).</summary>
    public IReadOnlyList<JsonObject> CommandsFor(string languageCode)
    {
        lock (_gate)
        {
            return _localizedCommands.TryGetValue(languageCode, out var commands) ? [.. commands] : [];
        }
    }

    public IReadOnlyList<JsonObject> CallbackAnswers
    {
        get
        {
            lock (_gate)
            {
                return [.. _callbackAnswers];
            }
        }
    }

    public IReadOnlyList<JsonObject> InlineAnswers
    {
        get
        {
            lock (_gate)
            {
                return [.. _inlineAnswers];
            }
        }
    }

    private JsonNode SendMessage(JsonObject body)
    {
        var chat = SendableChat(body);
        var (text, entities) = ParseText(body, "text", body["parse_mode"]);
        var threadId = (int?)body["message_thread_id"];
        if (threadId is { } thread && (!chat.IsForum || !chat.Topics.Contains(thread)))
        {
            throw FakeApiError.BadRequest("message thread not found");
        }

        ValidateMarkup(body["reply_markup"]);
        var replyTo = (int?)body["reply_parameters"]?["message_id"];
        if (replyTo is { } reply && chat.Messages.All(m => m.Id != reply) && body["reply_parameters"]?["allow_sending_without_reply"]?.GetValue<bool>() != true)
        {
            throw FakeApiError.BadRequest("message to be replied not found");
        }

        TakeRateToken(chat);
        var message = new FakeMessage
        {
            Id = chat.NextMessageId(),
            FromBot = true,
            Text = text,
            Entities = entities,
            Raw = (string)body["text"]!,
            ParseMode = ((string?)body["parse_mode"])?.ToLowerInvariant(),
            ThreadId = threadId,
            ReplyTo = replyTo,
            ReplyMarkup = body["reply_markup"]?.DeepClone(),
            LinkPreview = body["link_preview_options"]?.DeepClone(),
        };
        chat.Messages.Add(message);
        return MessageJson(chat, message);
    }

    private JsonNode EditMessageText(JsonObject body)
    {
        var chat = SendableChat(body);
        var messageId = (int?)body["message_id"] ?? throw FakeApiError.BadRequest("message identifier is not specified");
        var message = chat.Messages.FirstOrDefault(m => m.Id == messageId && m.FromBot) ?? throw FakeApiError.BadRequest("message to edit not found");
        var (text, entities) = ParseText(body, "text", body["parse_mode"]);
        ValidateMarkup(body["reply_markup"]);
        var markup = body["reply_markup"]?.DeepClone();
        if (text == message.Text && entities.SequenceEqual(message.Entities) && JsonNode.DeepEquals(markup, message.ReplyMarkup))
        {
            throw FakeApiError.BadRequest("message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");
        }

        TakeRateToken(chat);
        message.Text = text;
        message.Entities = entities;
        message.Raw = (string)body["text"]!;
        message.ParseMode = ((string?)body["parse_mode"])?.ToLowerInvariant();
        message.ReplyMarkup = markup;
        message.LinkPreview = body["link_preview_options"]?.DeepClone();
        message.Edits++;
        return MessageJson(chat, message);
    }

    private JsonNode AnswerCallbackQuery(JsonObject body)
    {
        AnswerQuery((string?)body["callback_query_id"]);
        _callbackAnswers.Add((JsonObject)body.DeepClone());
        return true;
    }

    private JsonNode AnswerInlineQuery(JsonObject body)
    {
        var results = body["results"] as JsonArray ?? throw FakeApiError.BadRequest("results must be an array");
        if (results.Count > 50)
        {
            throw FakeApiError.BadRequest("RESULTS_TOO_MUCH");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var result in results.OfType<JsonObject>())
        {
            var id = (string?)result["id"] ?? "";
            if (id.Length == 0 || Encoding.UTF8.GetByteCount(id) > 64 || !ids.Add(id))
            {
                throw FakeApiError.BadRequest("RESULT_ID_INVALID");
            }

            if (string.IsNullOrEmpty((string?)result["title"]))
            {
                throw FakeApiError.BadRequest("RESULT_TITLE_EMPTY");
            }

            var content = result["input_message_content"] as JsonObject ?? throw FakeApiError.BadRequest("input_message_content is required");
            _ = ParseText(content, "message_text", content["parse_mode"]);
            ValidateMarkup(result["reply_markup"]);
        }

        if (Encoding.UTF8.GetByteCount((string?)body["next_offset"] ?? "") > 64)
        {
            throw FakeApiError.BadRequest("NEXT_OFFSET_INVALID");
        }

        AnswerQuery((string?)body["inline_query_id"]);
        _inlineAnswers.Add((JsonObject)body.DeepClone());
        return true;
    }

    private JsonNode SetMyCommands(JsonObject body)
    {
        var commands = body["commands"] as JsonArray ?? throw FakeApiError.BadRequest("commands must be an array");
        if (commands.Count > 100)
        {
            throw FakeApiError.BadRequest("BOT_COMMANDS_TOO_MUCH");
        }

        foreach (var command in commands)
        {
            if (!CommandName().IsMatch((string?)command?["command"] ?? ""))
            {
                throw FakeApiError.BadRequest("BOT_COMMAND_INVALID");
            }

            if (((string?)command!["description"])?.Length is not (>= 1 and <= 256))
            {
                throw FakeApiError.BadRequest("BOT_COMMAND_DESCRIPTION_INVALID");
            }
        }

        var languageCode = (string?)body["language_code"] ?? "";
        if (languageCode.Length != 0 && !LanguageCode().IsMatch(languageCode))
        {
            throw FakeApiError.BadRequest("language code is invalid");
        }

        var menu = languageCode.Length == 0 ? _commands : _localizedCommands.TryGetValue(languageCode, out var kept) ? kept : _localizedCommands[languageCode] = [];
        menu.Clear();
        menu.AddRange(commands.Select(c => (JsonObject)c!.DeepClone()));
        return true;
    }

    private JsonNode SetWebhook(JsonObject body)
    {
        var url = (string?)body["url"] ?? "";
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != "https")
        {
            throw FakeApiError.BadRequest("bad webhook: An HTTPS URL must be provided for webhook");
        }

        var secret = (string?)body["secret_token"];
        if (secret is not null && !SecretToken().IsMatch(secret))
        {
            throw FakeApiError.BadRequest("secret token contains unallowed characters");
        }

        WebhookUrl = url;
        WebhookSecret = secret;
        return true;
    }

    private JsonNode DeleteWebhook()
    {
        WebhookUrl = null;
        WebhookSecret = null;
        return true;
    }

    private JsonNode GetChat(JsonObject body)
    {
        var chat = FindChat(body["chat_id"]);
        var json = chat.ToJson();
        json["accent_color_id"] = 0;
        json["max_reaction_count"] = 11;
        json["accepted_gift_types"] = new JsonObject
        {
            ["unlimited_gifts"] = false, ["limited_gifts"] = false, ["unique_gifts"] = false, ["premium_subscription"] = false,
        };
        return json;
    }

    private JsonNode GetChatMember(JsonObject body)
    {
        var chat = FindChat(body["chat_id"]);
        var userId = (long?)body["user_id"] ?? throw FakeApiError.BadRequest("user_id is required");
        var (status, canPost) = chat.Members.GetValueOrDefault(userId, ("left", false));
        var member = new JsonObject
        {
            ["status"] = status,
            ["user"] = userId == BotId ? BotUser(full: false) : new JsonObject { ["id"] = userId, ["is_bot"] = false, ["first_name"] = "User" + userId },
        };
        switch (status)
        {
            case "creator":
                member["is_anonymous"] = false;
                break;
            case "administrator":
                member["can_be_edited"] = false;
                member["is_anonymous"] = false;
                member["can_manage_chat"] = true;
                member["can_delete_messages"] = true;
                member["can_manage_video_chats"] = true;
                member["can_restrict_members"] = true;
                member["can_promote_members"] = false;
                member["can_change_info"] = true;
                member["can_invite_users"] = true;
                member["can_post_stories"] = false;
                member["can_edit_stories"] = false;
                member["can_delete_stories"] = false;
                member["can_post_messages"] = canPost;
                member["can_edit_messages"] = canPost;
                break;
            case "kicked":
                member["until_date"] = 0;
                break;
        }

        return member;
    }
}
