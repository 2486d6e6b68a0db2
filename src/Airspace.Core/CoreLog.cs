namespace Airspace.Core;

internal static partial class CoreLog
{
    [LoggerMessage(1001, LogLevel.Debug, "Article {ArticleId} {Kind}: {Title}")] public static partial void ArticleIngested(ILogger logger, long articleId, UpsertKind kind, string title);
    [LoggerMessage(1002, LogLevel.Warning, "Refused an article from {Source} ({Reference}): no text left after cleaning")] public static partial void ArticleRefused(ILogger logger, string source, string reference);
    [LoggerMessage(1003, LogLevel.Information, "Deliveries planned: {Count}")] public static partial void DeliveriesPlanned(ILogger logger, int count);
    [LoggerMessage(1004, LogLevel.Information, "Delivery {DeliveryId} of article {ArticleId} to {Address} sent as {MessageId}")] public static partial void DeliverySent(ILogger logger, long deliveryId, long articleId, string address, string messageId);
    [LoggerMessage(1005, LogLevel.Warning, "Delivery {DeliveryId} to {Address} will be retried at {DueAt:o}: {Reason}")] public static partial void DeliveryRetry(ILogger logger, long deliveryId, string address, DateTimeOffset dueAt, string reason);
    [LoggerMessage(1006, LogLevel.Error, "Delivery {DeliveryId} to {Address} failed for good: {Reason}")] public static partial void DeliveryFailed(ILogger logger, long deliveryId, string address, string reason);
    [LoggerMessage(1007, LogLevel.Warning, "Subscription {SubscriptionId} of {Address} disabled: {Reason}")] public static partial void SubscriptionDisabled(ILogger logger, long subscriptionId, string address, string reason);
    [LoggerMessage(1008, LogLevel.Error, "Sender for {Address} threw while sending delivery {DeliveryId}")] public static partial void SenderThrew(ILogger logger, Exception exception, long deliveryId, string address);
    [LoggerMessage(1009, LogLevel.Information, "Search index caught up to sequence {Sequence} (articles indexed: {Count})")] public static partial void IndexCaughtUp(ILogger logger, long sequence, int count);

    [LoggerMessage(1010, LogLevel.Error, "{Loop} iteration failed; retrying in {Delay}")] public static partial void LoopFailed(ILogger logger, Exception exception, string loop, TimeSpan delay);
    [LoggerMessage(1011, LogLevel.Warning, "The search index was built by another version; rebuilding it from the store (schema {Version})")] public static partial void IndexSchemaChanged(ILogger logger, int version);
    [LoggerMessage(1012, LogLevel.Critical, "Delivery {DeliveryId} to {Address} was sent as {MessageId} but could not be recorded; this process records it when it claims it again (a restart before then sends it again)")] public static partial void MarkSentFailed(ILogger logger, Exception exception, long deliveryId, string address, string messageId);

    [LoggerMessage(1091, LogLevel.Information, "Released {Count} claims left by a process that stopped; those deliveries are due again")] public static partial void DeadClaimsReleased(ILogger logger, int count);
    [LoggerMessage(1092, LogLevel.Error, "Dispatch lane {Lane} failed; it restarts at the next poll")] public static partial void LaneFailed(ILogger logger, Exception exception, string lane);
    [LoggerMessage(1093, LogLevel.Information, "Gave back {Count} claims of a failed dispatch batch; those deliveries are due again in order")] public static partial void ClaimsGivenBack(ILogger logger, int count);
    [LoggerMessage(1094, LogLevel.Warning, "Could not give back the claims of a failed dispatch batch ({Count} deliveries); they are due again when their lease ends")] public static partial void GiveBackFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(1101, LogLevel.Information, "Source {Source} {Change} from chat by {Platform} operator {UserId}")] public static partial void SourceChangedFromChat(ILogger logger, string source, string change, string platform, string userId);
    [LoggerMessage(1102, LogLevel.Warning, "Refused /sources {Action} from {Platform} user {UserId}: not an operator")] public static partial void SourceChangeRefused(ILogger logger, string action, string platform, string userId);

    [LoggerMessage(1103, LogLevel.Information, "Planned digest {DeliveryId} for {Address} (digest time {Slot})")] public static partial void DigestPlanned(ILogger logger, long deliveryId, string address, DateTimeOffset slot);

    [LoggerMessage(1104, LogLevel.Information, "Role {Role} acquired (fence {Fence}): its loop runs in this process")] public static partial void RoleAcquired(ILogger logger, string role, long fence);
    [LoggerMessage(1105, LogLevel.Warning, "Role {Role} lost (fence {Fence}): its loop stopped here; another process holds it")] public static partial void RoleLost(ILogger logger, string role, long fence);
    [LoggerMessage(1106, LogLevel.Warning, "Could not take, renew or release role {Role}; trying again")] public static partial void RoleLeaseFailed(ILogger logger, Exception exception, string role);
    [LoggerMessage(1107, LogLevel.Information, "Role {Role} released")] public static partial void RoleReleased(ILogger logger, string role);
    [LoggerMessage(1108, LogLevel.Error, "The loop of role {Role} failed while stopping")] public static partial void RoleWorkerStopFailed(ILogger logger, Exception exception, string role);
    [LoggerMessage(1109, LogLevel.Warning, "Stopped sending digest {DeliveryId} to {Address}: its claim ended and another process holds it now")] public static partial void DigestClaimLost(ILogger logger, long deliveryId, string address);
    [LoggerMessage(1110, LogLevel.Warning, "Could not keep a search's paging key in the store: its buttons work in this process only, until it restarts")] public static partial void PagingKeyNotStored(ILogger logger, Exception exception);
    [LoggerMessage(1111, LogLevel.Warning, "Role {Role}: a write was fenced out (fence {Fence} is no longer the role's lease), nothing was written; its loop stopped here and the role is tried again")] public static partial void RoleFencedOut(ILogger logger, string role, long fence);
    [LoggerMessage(1112, LogLevel.Warning, "The store is unavailable: {Reason} The bot keeps running and retries; nothing is lost")] public static partial void StoreGone(ILogger logger, string reason);
    [LoggerMessage(1113, LogLevel.Information, "The store answers again after {Outage}; the loops catch up")] public static partial void StoreBack(ILogger logger, TimeSpan outage);
    [LoggerMessage(1114, LogLevel.Debug, "{Loop} waits for the store; retrying in {Delay}: {Reason}")] public static partial void LoopWaitsForStore(ILogger logger, string loop, TimeSpan delay, string reason);
    [LoggerMessage(1115, LogLevel.Information, "Building the search index from the store: {Total} articles to index in batches of {BatchSize}")] public static partial void IndexBuildStarted(ILogger logger, long total, int batchSize);
}
