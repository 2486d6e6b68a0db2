namespace Airspace.Telegram;

/// <summary>The adapter's log lines. Reasons are scrubbed of the token before they get here; exceptions are never logged whole.</summary>
internal static partial class TelegramLog
{
    [LoggerMessage(6001, LogLevel.Information, "Telegram bot @{Username} ({BotId}) connected in {Mode} mode")] public static partial void Connected(ILogger logger, string username, long botId, TelegramMode mode);
    [LoggerMessage(6002, LogLevel.Warning, "Telegram {Step} failed; retrying in the background: {Reason}")] public static partial void ConnectFailed(ILogger logger, string step, string reason);
    [LoggerMessage(6003, LogLevel.Warning, "Could not register the Telegram command menu: {Reason}")] public static partial void CommandsNotRegistered(ILogger logger, string reason);
    [LoggerMessage(6004, LogLevel.Critical, "{Reason}")] public static partial void Stopped(ILogger logger, string reason);
    [LoggerMessage(6005, LogLevel.Warning, "Telegram getUpdates failed; retrying in {Delay}: {Reason}")] public static partial void PollFailed(ILogger logger, TimeSpan delay, string reason);
    [LoggerMessage(6006, LogLevel.Debug, "Skipped Telegram update {UpdateId}: already handled")] public static partial void DuplicateUpdate(ILogger logger, int updateId);
    [LoggerMessage(6007, LogLevel.Error, "Telegram update {UpdateId} failed: {Reason}")] public static partial void UpdateFailed(ILogger logger, int updateId, string reason);
    [LoggerMessage(6008, LogLevel.Warning, "Telegram could not parse our HTML for chat {ChatId}; resending as plain text: {Reason}")] public static partial void HtmlRefused(ILogger logger, long chatId, string reason);
    [LoggerMessage(6009, LogLevel.Warning, "Telegram reply to chat {ChatId} not sent: {Reason}")] public static partial void ReplyNotSent(ILogger logger, long chatId, string reason);

    [LoggerMessage(6010, LogLevel.Information, "Telegram chat {FromChatId} became supergroup {ToChatId}; moved {Count} subscription(s)")] public static partial void ChatMigrated(ILogger logger, long fromChatId, long toChatId, int count);
    [LoggerMessage(6011, LogLevel.Warning, "Could not move subscription {SubscriptionId} to {Address}: {Reason}")] public static partial void MoveFailed(ILogger logger, long subscriptionId, string address, string reason);
    [LoggerMessage(6012, LogLevel.Information, "Bot no longer in Telegram chat {ChatId} ({Status}); disabled {Count} subscription(s)")] public static partial void RemovedFromChat(ILogger logger, long chatId, string status, int count);
    [LoggerMessage(6013, LogLevel.Warning, "Telegram admin check in chat {ChatId} failed: {Reason}")] public static partial void AdminCheckFailed(ILogger logger, long chatId, string reason);
    [LoggerMessage(6014, LogLevel.Warning, "Refused a Telegram webhook request: wrong or missing secret header")] public static partial void WebhookRefused(ILogger logger);
    [LoggerMessage(6015, LogLevel.Warning, "Telegram webhook queue is full; asked Telegram to redeliver update {UpdateId}")] public static partial void WebhookQueueFull(ILogger logger, int updateId);
    [LoggerMessage(6016, LogLevel.Warning, "Telegram {Kind} query answer failed: {Reason}")] public static partial void QueryAnswerFailed(ILogger logger, string kind, string reason);
    [LoggerMessage(6017, LogLevel.Information, "Telegram rate limit on chat {ChatId}: nothing more goes there for {RetryAfter}")] public static partial void RateLimited(ILogger logger, long chatId, TimeSpan retryAfter);
    [LoggerMessage(6018, LogLevel.Warning, "Telegram chat {Address} refused a delivery ({Count} of {Threshold} before its subscription is disabled): {Reason}")] public static partial void ChatRefused(ILogger logger, string address, int count, int threshold, string reason);
    [LoggerMessage(6019, LogLevel.Error, "Telegram {Lane} work for chat {ChatId} failed: {Reason}")] public static partial void LaneItemFailed(ILogger logger, string lane, long chatId, string reason);

    [LoggerMessage(6020, LogLevel.Information, "Telegram user {UserId} in chat {ChatId} is over the command rate limit")] public static partial void CommandThrottled(ILogger logger, long chatId, long userId);
    [LoggerMessage(6021, LogLevel.Warning, "Refused a Telegram webhook request: body larger than {MaxBytes} bytes")] public static partial void WebhookBodyTooLarge(ILogger logger, int maxBytes);
    [LoggerMessage(6022, LogLevel.Warning, "Telegram reply to chat {ChatId} dropped: {Waiting} replies are already waiting for the chat's turn")] public static partial void ReplyDropped(ILogger logger, long chatId, int waiting);
    [LoggerMessage(6023, LogLevel.Warning, "Telegram update position not saved (a later update saves it): {Reason}")] public static partial void CursorNotSaved(ILogger logger, string reason);
    [LoggerMessage(6024, LogLevel.Warning, "Telegram command rate limit not checked in the store, command allowed: {Reason}")] public static partial void RateCheckSkipped(ILogger logger, string reason);
    [LoggerMessage(6025, LogLevel.Warning, "Telegram update {UpdateId} not recorded in the store, handled anyway (a redelivery to another process may be handled again): {Reason}")] public static partial void UpdateRecordSkipped(ILogger logger, int updateId, string reason);
    [LoggerMessage(6026, LogLevel.Warning, "Telegram chat {ChatId}: its turn could not be taken in the store, update handled without it: {Reason}")] public static partial void ChatTurnSkipped(ILogger logger, long chatId, string reason);
}
