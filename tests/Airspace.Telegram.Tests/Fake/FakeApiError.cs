using System.Text.Json.Nodes;

namespace Airspace.Telegram.Tests.Fake;

/// <summary>An error the fake answers with, in the real envelope: HTTP status = error_code.</summary>
public sealed class FakeApiError(int code, string description, JsonObject? parameters = null) : Exception(description)
{
    public int Code { get; } = code;

    public string Description { get; } = description;

    public JsonObject? Parameters { get; } = parameters;

    public static FakeApiError BadRequest(string what) => new(400, "Bad Request: " + what);

    public static FakeApiError Forbidden(string what) => new(403, "Forbidden: " + what);

    public static FakeApiError TooManyRequests(int retryAfter) =>
        new(429, $"Too Many Requests: retry after {retryAfter}", new JsonObject { ["retry_after"] = retryAfter });

    public static FakeApiError Migrated(long newChatId) =>
        new(400, "Bad Request: group chat was upgraded to a supergroup chat", new JsonObject { ["migrate_to_chat_id"] = newChatId });

    public JsonObject ToJson()
    {
        var body = new JsonObject { ["ok"] = false, ["error_code"] = Code, ["description"] = Description };
        if (Parameters is not null)
        {
            body["parameters"] = Parameters.DeepClone();
        }

        return body;
    }
}
