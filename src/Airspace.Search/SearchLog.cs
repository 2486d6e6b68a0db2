namespace Airspace.Search;

internal static partial class SearchLog
{
    [LoggerMessage(3001, LogLevel.Information, "Search index at {IndexPath} rebuilt in {ElapsedMs} ms; articles indexed: {Count}")] public static partial void Rebuilt(ILogger logger, string indexPath, int count, long elapsedMs);
    [LoggerMessage(3002, LogLevel.Warning, "Search index write failed; rolled back to the last commit")] public static partial void WriteRolledBack(ILogger logger, Exception exception);
    [LoggerMessage(3003, LogLevel.Debug, "Search query reinterpreted: {Notice}")] public static partial void QueryReinterpreted(ILogger logger, string notice);
}
