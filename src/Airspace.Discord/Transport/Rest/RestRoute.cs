using System.Security.Cryptography;
using System.Text;

namespace Airspace.Discord.Transport.Rest;

/// <summary>
/// One REST call's route. <see cref="Template"/> (never the concrete path, which may hold a token) is what logs show;
/// rate-limit buckets are per route and major parameter (channel, guild, or webhook id + token).
/// </summary>
internal sealed record RestRoute(HttpMethod Method, string Template, string Path, string MajorParameter = "")
{
    /// <summary>Method + template: the key under which Discord's bucket hash for this route is learned.</summary>
    public string Key => Method.Method + " " + Template;

    public override string ToString() => Key;

    public static RestRoute GetApplication() => new(HttpMethod.Get, "/applications/@me", "/applications/@me");

    public static RestRoute GetGatewayBot() => new(HttpMethod.Get, "/gateway/bot", "/gateway/bot");

    public static RestRoute CreateMessage(string channelId) =>
        new(HttpMethod.Post, "/channels/{channel_id}/messages", $"/channels/{channelId}/messages", channelId);

    public static RestRoute EditMessage(string channelId, string messageId) =>
        new(HttpMethod.Patch, "/channels/{channel_id}/messages/{message_id}", $"/channels/{channelId}/messages/{messageId}", channelId);

    public static RestRoute OverwriteGlobalCommands(string applicationId) =>
        new(HttpMethod.Put, "/applications/{application_id}/commands", $"/applications/{applicationId}/commands");

    public static RestRoute OverwriteGuildCommands(string applicationId, string guildId) =>
        new(HttpMethod.Put, "/applications/{application_id}/guilds/{guild_id}/commands", $"/applications/{applicationId}/guilds/{guildId}/commands", guildId);

    public static RestRoute InteractionCallback(string interactionId, string token) =>
        new(HttpMethod.Post, "/interactions/{interaction_id}/{interaction_token}/callback", $"/interactions/{interactionId}/{token}/callback", interactionId);

    public static RestRoute EditOriginalResponse(string applicationId, string token) =>
        new(HttpMethod.Patch, "/webhooks/{application_id}/{interaction_token}/messages/@original", $"/webhooks/{applicationId}/{token}/messages/@original", WebhookMajor(applicationId, token));

    public static RestRoute FollowUp(string applicationId, string token) =>
        new(HttpMethod.Post, "/webhooks/{application_id}/{interaction_token}", $"/webhooks/{applicationId}/{token}", WebhookMajor(applicationId, token));

    public static RestRoute ExecuteWebhook(string webhookId, string token) =>
        new(HttpMethod.Post, "/webhooks/{webhook_id}/{webhook_token}", $"/webhooks/{webhookId}/{token}", WebhookMajor(webhookId, token));

    public static RestRoute EditWebhookMessage(string webhookId, string token, string messageId) =>
        new(HttpMethod.Patch, "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}", $"/webhooks/{webhookId}/{token}/messages/{messageId}", WebhookMajor(webhookId, token));

    /// <summary>Webhook buckets are per id + token; a digest keeps the token itself out of the limiter's keys.</summary>
    private static string WebhookMajor(string id, string token) =>
        id + ":" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)), 0, 8);
}
