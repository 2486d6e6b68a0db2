using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;

namespace Airspace.Discord.Sending;

/// <summary>
/// Posts alerts to <c>discord:&lt;channel id&gt;</c> addresses (and edits them in place). Channels that are gone or
/// forbid us disable their subscription with the reason kept, after a notice where Discord still lets us speak.
/// </summary>
internal sealed class DiscordChatSender(
    DiscordRestClient rest,
    AlertRenderer renderer,
    ILogger<DiscordChatSender> logger) : IChatSender
{
    /// <summary>How long alerts wait while the adapter is halted (bad token): long enough not to spin, short enough to resume after a fix.</summary>
    public static readonly TimeSpan HaltedRetryDelay = TimeSpan.FromMinutes(10);

    public string Platform => ChannelAddress.Discord;

    public async Task<SendOutcome> SendAsync(Post post, CancellationToken ct)
    {
        var channelId = post.Address.Target;
        var progress = DigestParts.Of(post);
        var digest = post.Kind == DeliveryKind.Digest ? progress.NextPart(post, slice => renderer.RenderDigest(post, slice)) : null;
        if (post.Kind == DeliveryKind.Digest && digest is null)
        {
            return progress.Done;
        }

        var payload = digest is null ? renderer.Render(post) : digest.Message;
        var edit = post.Kind == DeliveryKind.Edit && post.MessageId is { Length: > 0 };
        var route = edit ? RestRoute.EditMessage(channelId, post.MessageId!) : RestRoute.CreateMessage(channelId);
        var result = await rest.SendAsync(new RestRequest(route, payload), ct).ConfigureAwait(false);
        var outcome = Outcome(result, edit, out var notice);
        if (outcome is SendOutcome.Delivered && result.GetString("id") is null && !edit)
        {
            return new SendOutcome.TransientFailure("Discord answered without a message id");
        }

        if (notice is not null)
        {
            await TryNoticeAsync(channelId, notice, ct).ConfigureAwait(false);
        }

        if (outcome is SendOutcome.ChannelGone gone)
        {
            DiscordLog.ChannelGone(logger, post.Address.ToString(), gone.Reason);
        }

        return digest is not null && outcome is SendOutcome.Delivered part ? progress.Posted(part.MessageId, digest) : outcome;
    }

    private static SendOutcome Outcome(RestResult result, bool edit, out string? notice)
    {
        notice = null;
        var described = result.Describe();
        switch (result.Kind)
        {
            case RestResultKind.Success:
                return new SendOutcome.Delivered(result.GetString("id") ?? "");
            case RestResultKind.RateLimited:
                return new SendOutcome.RetryAfter(result.RetryAfter, "Discord rate limit: " + described);
            case RestResultKind.Unauthorized:
            case RestResultKind.Halted:
                return new SendOutcome.RetryAfter(HaltedRetryDelay, described);
            case RestResultKind.ServerError:
            case RestResultKind.NetworkError:
                return new SendOutcome.TransientFailure(described);
        }

        switch (result.ErrorCode)
        {
            case DiscordErrorCodes.UnknownChannel:
                return new SendOutcome.ChannelGone("the Discord channel was deleted (Unknown Channel, 10003)");
            case DiscordErrorCodes.UnknownGuild:
                return new SendOutcome.ChannelGone("the bot is no longer in this Discord server (Unknown Guild, 10004)");
            case DiscordErrorCodes.MissingAccess:
                return new SendOutcome.ChannelGone("the bot cannot see this Discord channel (Missing Access, 50001); give it View Channel and run /subscribe again");
            case DiscordErrorCodes.MissingPermissions:
                notice = "Airspace cannot post alerts here (Missing Permissions), so this channel's subscription was disabled. Give the bot View Channel, Send Messages and Embed Links, then run /subscribe again.";
                return new SendOutcome.ChannelGone("the bot lacks permissions in this Discord channel (Missing Permissions, 50013); give it View Channel, Send Messages and Embed Links and run /subscribe again");
            case DiscordErrorCodes.CannotSendEmptyMessage when !edit:
                // An embed-only message arrives empty when the bot lacks Embed Links: Discord drops embeds silently.
                notice = "Airspace cannot post alerts here because it lacks the Embed Links permission, so this channel's subscription was disabled. Grant it, then run /subscribe again.";
                return new SendOutcome.ChannelGone("the bot lacks Embed Links in this Discord channel (empty message, 50006); grant it and run /subscribe again");
            case DiscordErrorCodes.CannotSendToThisChannelType:
                return new SendOutcome.ChannelGone("this Discord channel does not accept messages (50008)");
            case DiscordErrorCodes.ThreadArchived:
                return new SendOutcome.ChannelGone("the Discord thread is archived (50083)");
            case DiscordErrorCodes.UnknownMessage when edit:
                return new SendOutcome.Rejected("the Discord message to edit was deleted (Unknown Message, 10008)");
        }

        return (result.Status, result.ErrorCode) switch
        {
            // Without Discord's JSON error code a 403/404 came from something else (a proxy, a wrong base URL, an
            // edge ban): never disable a subscription on that.
            (403 or 404, null) => new SendOutcome.RetryAfter(HaltedRetryDelay, $"Discord answered {described} without an error code; check Airspace:Discord:ApiBaseUrl"),
            (403, _) => new SendOutcome.ChannelGone("Discord forbids posting in this channel: " + described),
            (404, _) when !edit => new SendOutcome.ChannelGone("Discord does not know this channel: " + described),
            _ => new SendOutcome.Rejected("Discord refused the message: " + described),
        };
    }

    private async Task TryNoticeAsync(string channelId, string text, CancellationToken ct)
    {
        var notice = new MessagePayload { Content = text };
        var result = await rest.SendAsync(new RestRequest(RestRoute.CreateMessage(channelId), notice) { RetryServerErrors = false }, ct).ConfigureAwait(false);
        DiscordLog.NoticeSent(logger, channelId, result.IsSuccess, result.Describe());
    }
}
