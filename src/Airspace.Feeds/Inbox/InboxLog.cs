using Microsoft.Extensions.Logging;

namespace Airspace.Feeds.Inbox;

internal static partial class InboxLog
{
    [LoggerMessage(101, LogLevel.Information, "Watching the inbox folder {Folder}")]
    public static partial void InboxWatching(ILogger logger, string folder);

    [LoggerMessage(102, LogLevel.Information, "Imported {FileName} from the inbox (articles: {Count})")]
    public static partial void InboxFileImported(ILogger logger, string fileName, int count);

    [LoggerMessage(103, LogLevel.Warning, "Could not import {FileName} from the inbox, moved to failed/: {Reason}")]
    public static partial void InboxFileFailed(ILogger logger, string fileName, string reason);

    [LoggerMessage(104, LogLevel.Debug, "Inbox file {FileName} is busy, will retry: {Reason}")]
    public static partial void InboxFileBusy(ILogger logger, string fileName, string reason);

    [LoggerMessage(105, LogLevel.Warning, "Inbox watcher error, falling back to rescans: {Reason}")]
    public static partial void InboxWatcherError(ILogger logger, string reason);

    [LoggerMessage(107, LogLevel.Information, "Inbox file {FileName}: {Notice}")]
    public static partial void InboxFileNotice(ILogger logger, string fileName, string notice);

    [LoggerMessage(106, LogLevel.Error, "Inbox scan failed")]
    public static partial void InboxScanFailed(ILogger logger, Exception exception);
}
