namespace Airspace.Feeds;

/// <summary>Source polling and inbox logs. URLs are always redacted (no query string: it may carry a key).</summary>
internal static partial class FeedsLog
{
    [LoggerMessage(4001, LogLevel.Information, "Sources followed: {Count}")] public static partial void Following(ILogger logger, int count);
    [LoggerMessage(4002, LogLevel.Debug, "Polled {Source}: {Status}, {New} new, {Changed} changed, {Quiet} archived quietly, bytes: {Bytes}")] public static partial void Polled(ILogger logger, string source, string status, int @new, int changed, int quiet, long bytes);
    [LoggerMessage(4003, LogLevel.Warning, "Polling {Source} failed ({Failures} in a row), next try at {NextPoll:o}: {Reason}")] public static partial void PollFailed(ILogger logger, string source, int failures, DateTimeOffset nextPoll, string reason);
    [LoggerMessage(4004, LogLevel.Error, "Source {Source} is unhealthy (failed polls in a row: {Failures}): {Reason}")] public static partial void SourceUnhealthy(ILogger logger, string source, int failures, string reason);
    [LoggerMessage(4005, LogLevel.Information, "Source {Source} recovered")] public static partial void SourceRecovered(ILogger logger, string source);
    [LoggerMessage(4006, LogLevel.Information, "First poll of {Source}: archived {Count} existing items without alerting")] public static partial void Baselined(ILogger logger, string source, int count);
    [LoggerMessage(4007, LogLevel.Warning, "Item {Item} of {Source} was not ingested: {Reason}")] public static partial void ItemRefused(ILogger logger, string item, string source, string reason);
    [LoggerMessage(4008, LogLevel.Debug, "Full text of {Url} not fetched, keeping the excerpt: {Reason}")] public static partial void FullTextFailed(ILogger logger, string url, string reason);
    [LoggerMessage(4009, LogLevel.Information, "Told {Address} that source {Source} is unhealthy")] public static partial void NoticeSent(ILogger logger, string address, string source);

    [LoggerMessage(4010, LogLevel.Warning, "Could not tell {Address} that source {Source} is unhealthy (will retry): {Reason}")] public static partial void NoticeFailed(ILogger logger, string address, string source, string reason);
    [LoggerMessage(4011, LogLevel.Error, "Polling {Source} threw; other sources are unaffected")] public static partial void PollThrew(ILogger logger, Exception exception, string source);
    [LoggerMessage(4012, LogLevel.Warning, "Stored source {Source} is ignored: a configured source has the same name")] public static partial void StoredSourceShadowed(ILogger logger, string source);

    [LoggerMessage(4101, LogLevel.Information, "Watching the inbox folder {Folder}")] public static partial void InboxWatching(ILogger logger, string folder);
    [LoggerMessage(4102, LogLevel.Information, "Imported {FileName} from the inbox (articles: {Count})")] public static partial void InboxFileImported(ILogger logger, string fileName, int count);
    [LoggerMessage(4103, LogLevel.Warning, "Could not import {FileName} from the inbox, moved to failed/: {Reason}")] public static partial void InboxFileFailed(ILogger logger, string fileName, string reason);
    [LoggerMessage(4104, LogLevel.Debug, "Inbox file {FileName} is busy, will retry: {Reason}")] public static partial void InboxFileBusy(ILogger logger, string fileName, string reason);
    [LoggerMessage(4105, LogLevel.Warning, "Inbox watcher error, falling back to rescans: {Reason}")] public static partial void InboxWatcherError(ILogger logger, string reason);
    [LoggerMessage(4106, LogLevel.Error, "Inbox scan failed")] public static partial void InboxScanFailed(ILogger logger, Exception exception);
    [LoggerMessage(4107, LogLevel.Information, "Inbox file {FileName}: {Notice}")] public static partial void InboxFileNotice(ILogger logger, string fileName, string notice);
    [LoggerMessage(4108, LogLevel.Debug, "Inbox scan waits for the store (the files stay in the inbox): {Reason}")] public static partial void InboxWaitsForStore(ILogger logger, string reason);
}
