using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Airspace.Telegram.Sending;

/// <summary>
/// Every chat message (alerts and command replies) goes out here: paced per chat and globally (replies ahead of
/// alerts in the global budget), sent in HTML parse
/// mode, resent once as plain text if Telegram cannot parse the HTML, and a 429 pushes the chat's next turn back.
/// Failures come back as values, already classified.
/// </summary>
internal sealed class MessageSender(TelegramClients clients, ChatPacer pacer, GlobalSendBudget budget, TimeProvider time, ILogger<MessageSender> logger)
{
    public Task<SendResult> SendAsync(long chatId, int? topicId, OutgoingMessage message, int? replyToMessageId, SendPriority priority, TimeSpan maxWait, CancellationToken ct) =>
        RunAsync(chatId, priority, maxWait, async (asHtml, token) =>
        {
            var sent = await clients.Api.SendMessage(
                chatId,
                asHtml ? message.Html : message.Plain,
                parseMode: asHtml ? ParseMode.Html : ParseMode.None,
                replyParameters: replyToMessageId is { } replyTo ? new ReplyParameters { MessageId = replyTo, AllowSendingWithoutReply = true } : null,
                replyMarkup: message.Keyboard,
                linkPreviewOptions: message.Preview,
                messageThreadId: topicId,
                cancellationToken: token).ConfigureAwait(false);
            return sent.Id;
        }, ct);

    public Task<SendResult> EditAsync(long chatId, int messageId, OutgoingMessage message, SendPriority priority, TimeSpan maxWait, CancellationToken ct) =>
        RunAsync(chatId, priority, maxWait, async (asHtml, token) =>
        {
            try
            {
                await clients.Api.EditMessageText(
                    chatId,
                    messageId,
                    asHtml ? message.Html : message.Plain,
                    parseMode: asHtml ? ParseMode.Html : ParseMode.None,
                    replyMarkup: message.Keyboard,
                    linkPreviewOptions: message.Preview,
                    cancellationToken: token).ConfigureAwait(false);
            }
            catch (Exception ex) when (BotFailure.From(ex, clients.Redactor).Kind == BotFailureKind.NotModified)
            {
                // "message is not modified": it already reads as wanted.
            }

            return messageId;
        }, ct);

    private async Task<SendResult> RunAsync(long chatId, SendPriority priority, TimeSpan maxWait, Func<bool, CancellationToken, Task<int>> call, CancellationToken ct)
    {
        if (!pacer.TryReserveChat(chatId, maxWait, out var wait))
        {
            return new SendResult.Deferred(wait);
        }

        await DelayAsync(wait, ct).ConfigureAwait(false);
        try
        {
            return new SendResult.Sent(await CallAsync(priority, asHtml: true, call, ct).ConfigureAwait(false), AsPlainText: false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            var failure = BotFailure.From(ex, clients.Redactor);
            if (failure.Kind == BotFailureKind.ParseError)
            {
                TelegramLog.HtmlRefused(logger, chatId, failure.Description);
                return await PlainAsync(chatId, priority, call, ct).ConfigureAwait(false);
            }

            return Fail(chatId, failure);
        }
    }

    private async Task<SendResult> PlainAsync(long chatId, SendPriority priority, Func<bool, CancellationToken, Task<int>> call, CancellationToken ct)
    {
        try
        {
            return new SendResult.Sent(await CallAsync(priority, asHtml: false, call, ct).ConfigureAwait(false), AsPlainText: true);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return Fail(chatId, BotFailure.From(ex, clients.Redactor));
        }
    }

    /// <summary>One Bot API call inside the global budget; its slot counts until a second after the answer.</summary>
    private async Task<int> CallAsync(SendPriority priority, bool asHtml, Func<bool, CancellationToken, Task<int>> call, CancellationToken ct)
    {
        using var slot = await budget.AcquireAsync(priority, ct).ConfigureAwait(false);
        return await call(asHtml, ct).ConfigureAwait(false);
    }

    private SendResult.Failed Fail(long chatId, BotFailure failure)
    {
        if (failure.Kind == BotFailureKind.RateLimited && failure.RetryAfter is { } retryAfter)
        {
            pacer.Penalize(chatId, retryAfter);
            TelegramLog.RateLimited(logger, chatId, retryAfter);
            AirspaceMetrics.RateLimited("telegram");
        }

        return new SendResult.Failed(failure);
    }

    private Task DelayAsync(TimeSpan wait, CancellationToken ct) =>
        wait > TimeSpan.Zero ? Task.Delay(wait, time, ct) : Task.CompletedTask;
}
