using System.Globalization;
using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;

namespace Airspace.Telegram.Sending;

/// <summary>
/// Posts article alerts to Telegram chats and edits them when the article changes. Bot API errors become
/// <see cref="SendOutcome"/>s: 429 → wait retry_after; 5xx / network → transient; group upgraded → subscription moved
/// and resent at once; blocked / kicked / chat not found → retried a little later, and the subscription is disabled
/// only after <see cref="TelegramOptions.ChatGoneThreshold"/> such answers in a row.
/// </summary>
internal sealed class TelegramChatSender(
    MessageSender sender,
    ChatMigrations migrations,
    ChatMigrator migrator,
    ChatStrikes strikes,
    IOptions<TelegramOptions> settings,
    IOptions<ChatLanguageOptions> chat,
    ILogger<TelegramChatSender> logger) : IChatSender
{
    private const string PacingWait = "waiting for this chat's turn (Telegram allows about one message a second per chat, 20 a minute per group)";

    private readonly TelegramOptions _options = settings.Value;

    public string Platform => ChannelAddress.Telegram;

    public async Task<SendOutcome> SendAsync(Post post, CancellationToken ct)
    {
        if (!ChatTarget.TryParse(post.Address, out var target))
        {
            return new SendOutcome.Rejected($"'{post.Address}' is not a Telegram chat address.");
        }

        var chatId = migrations.Resolve(target.ChatId);
        if (post.Kind == DeliveryKind.Digest)
        {
            return await SendDigestPartAsync(post, target, chatId, ct).ConfigureAwait(false);
        }

        OutgoingMessage message;
        using (ChatLanguage.UseFor(post, chat.Value))
        {
            message = AlertRenderer.Render(post.Article, edited: post.Kind == DeliveryKind.Edit);
        }

        SendResult result;
        if (post.Kind == DeliveryKind.Edit)
        {
            if (!int.TryParse(post.MessageId, NumberStyles.None, CultureInfo.InvariantCulture, out var messageId))
            {
                return new SendOutcome.Rejected($"'{post.MessageId}' is not a Telegram message id to edit.");
            }

            result = await sender.EditAsync(chatId, messageId, message, SendPriority.Alert, _options.MaxPacingWait, ct).ConfigureAwait(false);
        }
        else
        {
            result = await sender.SendAsync(chatId, target.TopicId, message, replyToMessageId: null, SendPriority.Alert, _options.MaxPacingWait, ct).ConfigureAwait(false);
        }

        var address = post.Address.ToString();
        switch (result)
        {
            case SendResult.Sent sent:
                strikes.Clear(address);
                return new SendOutcome.Delivered(sent.MessageId.ToString(CultureInfo.InvariantCulture));
            case SendResult.Deferred deferred:
                return new SendOutcome.RetryAfter(deferred.Wait, PacingWait);
            case SendResult.Failed failed:
                return await MapFailureAsync(post, address, chatId, failed.Failure, ct).ConfigureAwait(false);
            default:
                throw new InvalidOperationException($"Unexpected send result {result}.");
        }
    }

    /// <summary>The next part of a digest; the dispatcher calls again for the rest (<see cref="SendOutcome.PartSent"/>).</summary>
    private async Task<SendOutcome> SendDigestPartAsync(Post post, ChatTarget target, long chatId, CancellationToken ct)
    {
        var progress = DigestParts.Of(post);
        DigestPart<OutgoingMessage>? part;
        using (ChatLanguage.UseFor(post, chat.Value))
        {
            part = progress.NextPart(post, slice => DigestRenderer.Render(post, slice));
        }

        if (part is null)
        {
            return progress.Done;
        }

        var result = await sender.SendAsync(chatId, target.TopicId, part.Message, replyToMessageId: null, SendPriority.Alert, _options.MaxPacingWait, ct).ConfigureAwait(false);
        var address = post.Address.ToString();
        switch (result)
        {
            case SendResult.Sent sent:
                strikes.Clear(address);
                return progress.Posted(sent.MessageId.ToString(CultureInfo.InvariantCulture), part);
            case SendResult.Deferred deferred:
                return new SendOutcome.RetryAfter(deferred.Wait, PacingWait);
            case SendResult.Failed failed:
                return await MapFailureAsync(post with { MessageId = null }, address, chatId, failed.Failure, ct).ConfigureAwait(false);
            default:
                throw new InvalidOperationException($"Unexpected send result {result}.");
        }
    }

    private async Task<SendOutcome> MapFailureAsync(Post post, string address, long chatId, BotFailure failure, CancellationToken ct)
    {
        var reason = "Telegram: " + failure.Description;
        switch (failure.Kind)
        {
            case BotFailureKind.RateLimited:
                return new SendOutcome.RetryAfter((failure.RetryAfter ?? TimeSpan.FromSeconds(1)) + _options.RetryAfterMargin, reason);
            case BotFailureKind.Migrated when failure.MigrateToChatId is { } newChatId:
                var moved = await migrator.MigrateAsync(chatId, newChatId, ct).ConfigureAwait(false);
                return moved
                    ? new SendOutcome.RetryAfter(TimeSpan.Zero, $"the group became supergroup {newChatId}; resending there")
                    : new SendOutcome.ChannelGone($"the group became supergroup {newChatId}, which has its own subscription");
            case BotFailureKind.ChatGone:
                var count = strikes.Strike(address);
                TelegramLog.ChatRefused(logger, address, count, _options.ChatGoneThreshold, failure.Description);
                if (count >= _options.ChatGoneThreshold)
                {
                    strikes.Clear(address);
                    return new SendOutcome.ChannelGone($"{reason} ({count} times in a row)");
                }

                return new SendOutcome.RetryAfter(_options.ChatGoneRetryDelay, $"{reason} ({count} of {_options.ChatGoneThreshold} before the subscription is disabled)");
            case BotFailureKind.NotModified:
                return new SendOutcome.Delivered(post.MessageId ?? "");
            case BotFailureKind.ParseError or BotFailureKind.Rejected:
                return new SendOutcome.Rejected(reason);
            case BotFailureKind.BadToken:
                return new SendOutcome.TransientFailure(reason + " (check Airspace:Telegram:Token)");
            default:
                return new SendOutcome.TransientFailure(reason);
        }
    }
}
