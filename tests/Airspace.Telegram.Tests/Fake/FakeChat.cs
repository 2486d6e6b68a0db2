using System.Text.Json.Nodes;

namespace Airspace.Telegram.Tests.Fake;

public enum FakeChatState
{
    Active,
    BlockedByUser,
    BotKicked,
    Deleted,
}

/// <summary>A message in a fake chat: one the bot sent (parsed as Telegram would) or one a user sent.</summary>
public sealed class FakeMessage
{
    public required int Id { get; init; }
    public required bool FromBot { get; init; }
    public long? FromUserId { get; init; }
    /// <summary>The sender's language_code (<c>id</c>, <c>en-US</c>), sent in <c>from</c>; none when null.</summary>
    public string? FromLanguageCode { get; init; }
    public required string Text { get; set; }
    public IReadOnlyList<FakeEntity> Entities { get; set; } = [];
    /// <summary>The text exactly as the bot sent it (HTML when <see cref="ParseMode"/> is html).</summary>
    public string Raw { get; set; } = "";
    public string? ParseMode { get; set; }
    public int? ThreadId { get; init; }
    public int? ReplyTo { get; init; }
    public JsonNode? ReplyMarkup { get; set; }
    public JsonNode? LinkPreview { get; set; }
    public int Edits { get; set; }
}

/// <summary>A chat the fake knows; chats it does not know are "chat not found".</summary>
public sealed class FakeChat
{
    private int _nextMessageId;

    public required long Id { get; init; }
    /// <summary>private, group, supergroup or channel.</summary>
    public required string Type { get; init; }
    public string? Username { get; init; }
    public string Title { get; init; } = "Chat";
    public bool IsForum { get; init; }
    public HashSet<int> Topics { get; } = [];
    public FakeChatState State { get; set; }
    public long? MigratedTo { get; set; }
    public Dictionary<long, (string Status, bool CanPost)> Members { get; } = [];
    public List<FakeMessage> Messages { get; } = [];
    public Queue<FakeApiError> ScriptedErrors { get; } = new();
    public int TooManyRequests { get; set; }

    public IEnumerable<FakeMessage> BotMessages => Messages.Where(m => m.FromBot);

    public int NextMessageId() => ++_nextMessageId;

    public JsonObject ToJson()
    {
        var json = new JsonObject { ["id"] = Id, ["type"] = Type };
        if (Type == "private")
        {
            json["first_name"] = Title;
        }
        else
        {
            json["title"] = Title;
        }

        if (Username is not null)
        {
            json["username"] = Username;
        }

        if (IsForum)
        {
            json["is_forum"] = true;
        }

        return json;
    }
}
