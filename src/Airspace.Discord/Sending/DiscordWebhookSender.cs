using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;

namespace Airspace.Discord.Sending;

/// <summary>
/// Posts alerts to <c>discord-webhook:&lt;name&gt;</c> addresses through the channel webhook configured under that
/// name, with the bot's embed, and edits them in place; no bot token is involved. A deleted webhook (or a wrong URL)
/// disables the subscription. A name with no URL configured keeps its alerts waiting instead, as alerts for a platform
/// that is not configured do: after the URL is set and the bot restarted they go out, and any that gave up in the
/// meantime come back with <c>airspace deliveries retry</c>. Nothing is lost and no subscription is disabled by a
/// configuration slip.
/// </summary>
internal sealed class DiscordWebhookSender(
    DiscordRestClient rest,
    AlertRenderer renderer,
    IOptions<DiscordOptions> options,
    ILogger<DiscordWebhookSender> logger) : IChatSender
{
    /// <summary>How long alerts to a name without a URL wait; the dispatcher's default for an unconfigured platform.</summary>
    public static readonly TimeSpan NotConfiguredRetryDelay = TimeSpan.FromMinutes(10);

    private readonly Dictionary<string, DiscordWebhook> _webhooks = Load(options.Value);

    public string Platform => ChannelAddress.DiscordWebhook;

    public async Task<SendOutcome> SendAsync(Post post, CancellationToken ct)
    {
        var address = post.Address.ToString();
        if (!_webhooks.TryGetValue(post.Address.Target, out var webhook))
        {
            var key = DiscordWebhook.ConfigurationKey(post.Address.Target);
            DiscordLog.WebhookNotConfigured(logger, address, key);
            return new SendOutcome.RetryAfter(NotConfiguredRetryDelay, $"no URL configured for {key}; set it (environment: Airspace__Discord__Webhooks__{post.Address.Target}) and restart");
        }

        var progress = DigestParts.Of(post);
        var digest = post.Kind == DeliveryKind.Digest ? progress.NextPart(post, slice => renderer.RenderDigest(post, slice)) : null;
        if (post.Kind == DeliveryKind.Digest && digest is null)
        {
            return progress.Done;
        }

        var edit = post.Kind == DeliveryKind.Edit && post.MessageId is { Length: > 0 };
        // Webhooks take no nonce, so a repeated post would be a second message: 5xx and network failures go back to
        // the dispatcher's back-off instead of an immediate retry. Edits are idempotent and retry in place.
        var payload = (digest is null ? renderer.Render(post) : digest.Message) with { Nonce = null, EnforceNonce = null };
        var request = edit
            ? new RestRequest(RestRoute.EditWebhookMessage(webhook.Id, webhook.Token, post.MessageId!), payload)
            : new RestRequest(RestRoute.ExecuteWebhook(webhook.Id, webhook.Token), payload) { Query = "wait=true", RetryServerErrors = false };
        request = request with { BaseUrl = webhook.BaseUrl, Authenticated = false, StopsWhenHalted = false };

        var result = await rest.SendAsync(request, ct).ConfigureAwait(false);
        var outcome = Scrubbed(Outcome(result, edit, post.MessageId), webhook.Token);
        if (outcome is SendOutcome.ChannelGone gone)
        {
            DiscordLog.WebhookGone(logger, address, gone.Reason);
        }

        return digest is not null && outcome is SendOutcome.Delivered part ? progress.Posted(part.MessageId, digest) : outcome;
    }

    private static SendOutcome Outcome(RestResult result, bool edit, string? messageId)
    {
        var described = result.Describe();
        switch (result.Kind)
        {
            case RestResultKind.Success when edit:
                return new SendOutcome.Delivered(result.GetString("id") ?? messageId!);
            case RestResultKind.Success:
                // Only ?wait=true returns the message; without its id an edit would be impossible later.
                return result.GetString("id") is { Length: > 0 } id
                    ? new SendOutcome.Delivered(id)
                    : new SendOutcome.TransientFailure("Discord answered without a message id");
            case RestResultKind.RateLimited:
                return new SendOutcome.RetryAfter(result.RetryAfter, "Discord rate limit: " + described);
            case RestResultKind.ServerError:
            case RestResultKind.NetworkError:
                return new SendOutcome.TransientFailure(described);
            case RestResultKind.Unauthorized:
            case RestResultKind.Halted:
                // Not expected: webhook calls carry no bot token and are not stopped by a halt.
                return new SendOutcome.RetryAfter(DiscordChatSender.HaltedRetryDelay, described);
        }

        return (result.Status, result.ErrorCode) switch
        {
            (_, DiscordErrorCodes.UnknownWebhook or DiscordErrorCodes.InvalidWebhookToken) or (401, not null) =>
                new SendOutcome.ChannelGone($"the webhook was deleted or its URL is wrong ({described}); set a new webhook URL and run `airspace subscriptions add` for this address again"),
            (_, DiscordErrorCodes.CannotSendToThisChannelType or DiscordErrorCodes.ThreadArchived) =>
                new SendOutcome.ChannelGone("the webhook's channel does not accept messages: " + described),
            (_, DiscordErrorCodes.UnknownMessage) when edit =>
                new SendOutcome.Rejected("the Discord message to edit was deleted (Unknown Message, 10008)"),
            // Without Discord's JSON error code the answer came from something else (a proxy, a wrong host): never
            // disable a subscription on that.
            (401 or 403 or 404, null) =>
                new SendOutcome.RetryAfter(DiscordChatSender.HaltedRetryDelay, $"Discord answered {described} without an error code; check the webhook URL's host"),
            (403, _) => new SendOutcome.ChannelGone("Discord forbids posting through this webhook: " + described),
            _ => new SendOutcome.Rejected("Discord refused the message: " + described),
        };
    }

    /// <summary>Reasons are logged and stored with the delivery: make sure the webhook's token is in none of them.</summary>
    private static SendOutcome Scrubbed(SendOutcome outcome, string token) => outcome switch
    {
        SendOutcome.RetryAfter r => r with { Reason = SecretRedactor.Redact(r.Reason, token) },
        SendOutcome.TransientFailure t => t with { Reason = SecretRedactor.Redact(t.Reason, token) },
        SendOutcome.Rejected r => r with { Reason = SecretRedactor.Redact(r.Reason, token) },
        SendOutcome.ChannelGone g => g with { Reason = SecretRedactor.Redact(g.Reason, token) },
        _ => outcome,
    };

    private static Dictionary<string, DiscordWebhook> Load(DiscordOptions options)
    {
        var webhooks = new Dictionary<string, DiscordWebhook>(StringComparer.Ordinal);
        foreach (var (name, url) in options.Webhooks)
        {
            // Bad entries stopped the start already (DiscordOptions.Validate); none reaches a running sender.
            if (DiscordWebhook.TryParse(name, url, out var webhook, out _))
            {
                webhooks[webhook.Name] = webhook;
            }
        }

        return webhooks;
    }
}
