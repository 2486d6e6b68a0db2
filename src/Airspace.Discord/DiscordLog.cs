namespace Airspace.Discord;

/// <summary>The adapter's log messages. None of them takes a token, a webhook URL or a concrete REST path.</summary>
internal static partial class DiscordLog
{
    [LoggerMessage(7000, LogLevel.Critical, "Discord adapter stopped: {Reason}")] public static partial void AdapterHalted(ILogger logger, string reason);
    [LoggerMessage(7001, LogLevel.Information, "Discord application {Name} ({ApplicationId}) accepted the token; interactions over {Mode}")] public static partial void DiscordStarted(ILogger logger, string name, string applicationId, string mode);
    [LoggerMessage(7002, LogLevel.Warning, "Could not check the Discord token at start-up ({Reason}); starting anyway and retrying in the background")] public static partial void StartupCheckSkipped(ILogger logger, string reason);
    [LoggerMessage(7003, LogLevel.Warning, "Airspace:Discord:ApplicationId is {Configured} but the token belongs to application {Actual}; using {Actual}")] public static partial void ApplicationIdMismatch(ILogger logger, string configured, string actual);

    [LoggerMessage(7010, LogLevel.Warning, "Discord rate limit on {Route}: retry after {RetryAfterSeconds} s (scope {Scope})")] public static partial void RateLimited(ILogger logger, string route, double retryAfterSeconds, string scope);
    [LoggerMessage(7011, LogLevel.Warning, "Discord request {Route} failed ({Reason}); retry {Attempt} after back-off")] public static partial void RestRetrying(ILogger logger, string route, string reason, int attempt);
    [LoggerMessage(7012, LogLevel.Error, "Too many invalid Discord responses (401/403/429) in the last 10 minutes; holding {Route} for {Wait} to avoid an IP ban")] public static partial void InvalidRequestBudgetExhausted(ILogger logger, string route, TimeSpan wait);

    [LoggerMessage(7020, LogLevel.Information, "Discord gateway connected to {Url} ({Resuming})")] public static partial void GatewayConnectedCore(ILogger logger, string url, string resuming);

    public static void GatewayConnected(ILogger logger, string url, bool resume) =>
        GatewayConnectedCore(logger, url, resume ? "resuming" : "identifying");

    [LoggerMessage(7021, LogLevel.Information, "Discord gateway READY (new session)")] public static partial void GatewayReady(ILogger logger);
    [LoggerMessage(7022, LogLevel.Information, "Discord gateway session resumed at sequence {Sequence}")] public static partial void GatewayResumed(ILogger logger, long sequence);
    [LoggerMessage(7023, LogLevel.Warning, "No heartbeat ACK within {Interval}: the gateway connection is a zombie; reconnecting to resume")] public static partial void GatewayZombie(ILogger logger, TimeSpan interval);
    [LoggerMessage(7024, LogLevel.Warning, "Discord gateway connection ended ({End}); next: {Action}")] public static partial void GatewayEnded(ILogger logger, string end, string action);
    [LoggerMessage(7025, LogLevel.Error, "Handling the {Event} dispatch failed")] public static partial void DispatchFailed(ILogger logger, Exception exception, string @event);
    [LoggerMessage(7026, LogLevel.Information, "Identifying with the Discord gateway ({Count} of at most {Max} today)")] public static partial void Identifying(ILogger logger, long count, int max);
    [LoggerMessage(7027, LogLevel.Error, "Discord's Identify budget is nearly spent ({Remaining} of {Total} left); waiting {Wait} for it to reset")] public static partial void IdentifyBudgetLow(ILogger logger, int remaining, int total, TimeSpan wait);
    [LoggerMessage(7028, LogLevel.Error, "Identified {Count} times today, the limit set by Airspace:Discord:MaxIdentifiesPerDay; waiting until {Until:o}")] public static partial void IdentifyCapReached(ILogger logger, long count, DateTimeOffset until);
    [LoggerMessage(7029, LogLevel.Warning, "Discord recommends {Shards} shards; Airspace uses one connection")] public static partial void ShardsRecommended(ILogger logger, int shards);

    [LoggerMessage(7030, LogLevel.Debug, "Interaction {InteractionId} (type {Type}, {Name}) received")] public static partial void InteractionReceived(ILogger logger, string interactionId, int type, string name);
    [LoggerMessage(7031, LogLevel.Debug, "Interaction {InteractionId} already handled; ignoring the repeat")] public static partial void DuplicateInteraction(ILogger logger, string interactionId);
    [LoggerMessage(7032, LogLevel.Information, "Interaction {InteractionId} deferred: the answer follows through the interaction webhook")] public static partial void InteractionDeferred(ILogger logger, string interactionId);
    [LoggerMessage(7033, LogLevel.Warning, "Discord no longer accepts a response to interaction {InteractionId}: {Result}")] public static partial void InteractionCallbackRefused(ILogger logger, string interactionId, string result);
    [LoggerMessage(7034, LogLevel.Warning, "Answering interaction {InteractionId} failed: {Result}")] public static partial void InteractionCallbackFailed(ILogger logger, string interactionId, string result);
    [LoggerMessage(7035, LogLevel.Warning, "The follow-up of interaction {InteractionId} failed: {Result}")] public static partial void FollowUpFailed(ILogger logger, string interactionId, string result);
    [LoggerMessage(7036, LogLevel.Error, "Answering interaction {InteractionId} ({Name}) threw")] public static partial void InteractionHandlerFailed(ILogger logger, Exception exception, string interactionId, string name);
    [LoggerMessage(7037, LogLevel.Warning, "Refused a request to the interactions endpoint: {Reason}")] public static partial void InteractionSignatureRejected(ILogger logger, string reason);

    [LoggerMessage(7040, LogLevel.Information, "Registered {Count} slash commands {Scope}")] public static partial void CommandsRegistered(ILogger logger, int count, string scope);
    [LoggerMessage(7041, LogLevel.Warning, "Registering the slash commands failed ({Result}); retrying in {Wait}")] public static partial void CommandsRetry(ILogger logger, string result, TimeSpan wait);
    [LoggerMessage(7042, LogLevel.Error, "Discord refused the slash commands: {Result}")] public static partial void CommandsRefused(ILogger logger, string result);

    [LoggerMessage(7050, LogLevel.Warning, "Discord channel {Address} is gone or forbids the bot: {Reason}")] public static partial void ChannelGone(ILogger logger, string address, string reason);
    [LoggerMessage(7051, LogLevel.Information, "Notice about the disabled subscription to channel {ChannelId}: sent={Sent} ({Result})")] public static partial void NoticeSent(ILogger logger, string channelId, bool sent, string result);
    [LoggerMessage(7052, LogLevel.Warning, "Subscription {SubscriptionId} of {Address} disabled: {Reason}")] public static partial void SubscriptionDisabledByEvent(ILogger logger, long subscriptionId, string address, string reason);
    [LoggerMessage(7053, LogLevel.Warning, "Discord server {GuildId} is unavailable (an outage); its subscriptions stay")] public static partial void GuildUnavailable(ILogger logger, string guildId);
    [LoggerMessage(7054, LogLevel.Warning, "The bot was removed from Discord server {GuildId}; subscriptions disabled: {Count}")] public static partial void GuildRemoved(ILogger logger, string guildId, int count);
    [LoggerMessage(7055, LogLevel.Warning, "Discord webhook {Address} is gone: {Reason}")] public static partial void WebhookGone(ILogger logger, string address, string reason);
    [LoggerMessage(7056, LogLevel.Warning, "No URL is configured for {Address} ({Key}); its alerts wait until it is set and the bot restarted")] public static partial void WebhookNotConfigured(ILogger logger, string address, string key);
    [LoggerMessage(7057, LogLevel.Warning, "Interaction {InteractionId} answered before the store could check it for a replay (the database is busy)")] public static partial void ReplayCheckSkipped(ILogger logger, string interactionId);
    [LoggerMessage(7058, LogLevel.Warning, "Interaction {InteractionId} could not be recorded against replays")] public static partial void ReplayRecordFailed(ILogger logger, Exception exception, string interactionId);
    [LoggerMessage(7059, LogLevel.Warning, "interaction replayed: {InteractionId} was already recorded in the store")] public static partial void ReplaySeenInStore(ILogger logger, string interactionId);
}
