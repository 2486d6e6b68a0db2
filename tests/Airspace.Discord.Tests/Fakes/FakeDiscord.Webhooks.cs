using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Airspace.Discord.Tests.Fakes;

/// <summary>
/// Channel webhooks: execute (<c>POST /webhooks/{id}/{token}</c>, honouring <c>?wait=true</c>) and edit
/// (<c>PATCH /webhooks/{id}/{token}/messages/{message id}</c>). No Authorization is needed; an unknown or deleted
/// webhook answers 404 10015 and a wrong token 401 50027, as Discord does. Stricter than Discord on purpose: a bot
/// Authorization header and fields these endpoints do not take (such as a nonce, which would silently not deduplicate)
/// are refused.
/// </summary>
public sealed partial class FakeDiscord
{
    public const string WebhookBucketHash = "webhookbkt003";

    private static readonly HashSet<string> ExecuteFields =
        ["content", "username", "avatar_url", "tts", "embeds", "allowed_mentions", "components", "attachments", "flags", "thread_name", "applied_tags", "poll"];

    private static readonly HashSet<string> EditFields = ["content", "embeds", "flags", "allowed_mentions", "components", "attachments", "poll"];

    /// <summary>Channel webhooks by id.</summary>
    public ConcurrentDictionary<string, FakeWebhook> Webhooks { get; } = new();

    /// <summary>A new webhook in a new channel.</summary>
    public FakeWebhook CreateWebhook()
    {
        var id = NewId();
        var token = "wH00k-" + Guid.NewGuid().ToString("N") + "_" + Guid.NewGuid().ToString("N");
        var webhook = new FakeWebhook(id, token, NewId(), $"http://127.0.0.1:{Port}/api/webhooks/{id}/{token}");
        Webhooks[id] = webhook;
        return webhook;
    }

    private (int, JsonNode?) ExecuteWebhook(HttpContext context, string id, string token, RecordedRequest request)
    {
        if (RefuseWebhookCall(id, token, request, ExecuteFields) is { } refused)
        {
            return refused;
        }

        var webhook = Webhooks[id];
        if (Bucket(context, WebhookBucketHash, id) is { } limited)
        {
            return limited;
        }

        var body = (JsonObject)request.Body!;
        if (MessageRules.Validate(body, requireAllowedMentions: true) is { } invalid)
        {
            return (400, invalid);
        }

        if (MessageRules.IsEmpty(body))
        {
            return (400, Error(50006, "Cannot send an empty message"));
        }

        var list = Messages.GetOrAdd(webhook.ChannelId, _ => []);
        FakeMessage message;
        lock (list)
        {
            message = new FakeMessage(NewId(), webhook.ChannelId, null, (JsonObject)body.DeepClone());
            list.Add(message);
        }

        // Without ?wait=true Discord answers 204 before the message is saved, and no id comes back.
        return context.Request.Query["wait"] == "true" ? (200, WebhookMessageJson(message, id)) : (204, null);
    }

    private (int, JsonNode?) EditWebhookMessage(HttpContext context, string id, string token, string messageId, RecordedRequest request)
    {
        if (RefuseWebhookCall(id, token, request, EditFields) is { } refused)
        {
            return refused;
        }

        var webhook = Webhooks[id];
        if (Bucket(context, WebhookBucketHash, id) is { } limited)
        {
            return limited;
        }

        var body = (JsonObject)request.Body!;
        if (MessageRules.Validate(body, requireAllowedMentions: true) is { } invalid)
        {
            return (400, invalid);
        }

        var list = Messages.GetOrAdd(webhook.ChannelId, _ => []);
        lock (list)
        {
            if (list.FirstOrDefault(m => m.Id == messageId) is not { } message)
            {
                return (404, Error(10008, "Unknown Message"));
            }

            message.Body = (JsonObject)body.DeepClone();
            message.Edits++;
            return (200, WebhookMessageJson(message, id));
        }
    }

    private (int, JsonNode?)? RefuseWebhookCall(string id, string token, RecordedRequest request, HashSet<string> fields)
    {
        if (!Webhooks.TryGetValue(id, out var webhook) || webhook.Deleted)
        {
            return (404, Error(10015, "Unknown Webhook"));
        }

        if (webhook.Token != token)
        {
            return (401, Error(50027, "Invalid Webhook Token"));
        }

        if (request.Authorization is not null)
        {
            return (400, Error(0, "This fake refuses an Authorization header on webhook calls: the token is in the path."));
        }

        if (request.Body is not JsonObject body)
        {
            return (400, Error(50109, "The request body contains invalid JSON."));
        }

        var unknown = body.Select(p => p.Key).Where(k => !fields.Contains(k)).ToArray();
        return unknown.Length == 0
            ? null
            : (400, Error(50035, "Invalid Form Body", new JsonObject { [unknown[0]] = new JsonObject { ["_errors"] = new JsonArray(new JsonObject { ["code"] = "UNKNOWN_FIELD", ["message"] = "This endpoint does not take this field." }) } }));
    }

    private static JsonObject WebhookMessageJson(FakeMessage message, string webhookId)
    {
        var json = MessageJson(message);
        json["webhook_id"] = webhookId;
        return json;
    }
}
