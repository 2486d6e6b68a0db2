using Microsoft.Extensions.Logging;

namespace Airspace.Feeds.Sources;

/// <summary>Source polling logs. URLs are always redacted (no query string: it may carry a key).</summary>
internal static partial class FeedsLog
{
    [LoggerMessage(301, LogLevel.Information, "Sources followed: {Count}")]
    public static partial void Following(ILogger logger, int count);

    [LoggerMessage(302, LogLevel.Debug, "Polled {Source}: {Status}, {New} new, {Changed} changed, {Quiet} archived quietly, bytes: {Bytes}")]
    public static partial void Polled(ILogger logger, string source, string status, int @new, int changed, int quiet, long bytes);

    [LoggerMessage(303, LogLevel.Warning, "Polling {Source} failed ({Failures} in a row), next try at {NextPoll:o}: {Reason}")]
    public static partial void PollFailed(ILogger logger, string source, int failures, DateTimeOffset nextPoll, string reason);

    [LoggerMessage(304, LogLevel.Error, "Source {Source} is unhealthy (failed polls in a row: {Failures}): {Reason}")]
    public static partial void SourceUnhealthy(ILogger logger, string source, int failures, string reason);

    [LoggerMessage(305, LogLevel.Information, "Source {Source} recovered")]
    public static partial void SourceRecovered(ILogger logger, string source);

    [LoggerMessage(306, LogLevel.Information, "First poll of {Source}: archived {Count} existing items without alerting")]
    public static partial void Baselined(ILogger logger, string source, int count);

    [LoggerMessage(307, LogLevel.Warning, "Item {Item} of {Source} was not ingested: {Reason}")]
    public static partial void ItemRefused(ILogger logger, string item, string source, string reason);

    [LoggerMessage(308, LogLevel.Debug, "Full text of {Url} not fetched, keeping the excerpt: {Reason}")]
    public static partial void FullTextFailed(ILogger logger, string url, string reason);

    [LoggerMessage(309, LogLevel.Information, "Told {Address} that source {Source} is unhealthy")]
    public static partial void NoticeSent(ILogger logger, string address, string source);

    [LoggerMessage(310, LogLevel.Warning, "Could not tell {Address} that source {Source} is unhealthy (will retry): {Reason}")]
    public static partial void NoticeFailed(ILogger logger, string address, string source, string reason);

    [LoggerMessage(311, LogLevel.Error, "Polling {Source} threw; other sources are unaffected")]
    public static partial void PollThrew(ILogger logger, Exception exception, string source);

    [LoggerMessage(312, LogLevel.Warning, "Stored source {Source} is ignored: a configured source has the same name")]
    public static partial void StoredSourceShadowed(ILogger logger, string source);
}
