namespace Airspace.Host;

internal static partial class HostLog
{
    [LoggerMessage(8001, LogLevel.Warning, "No bundled samples at {Folder}; starting with an empty store")] public static partial void SamplesMissing(ILogger logger, string folder);
    [LoggerMessage(8002, LogLevel.Information, "First run: imported the samples; archive articles (searchable): {Archived}, sample articles (posted): {Posted}")] public static partial void Seeded(ILogger logger, int archived, int posted);
    [LoggerMessage(8003, LogLevel.Warning, "Skipped an unreadable sample: {Reason}")] public static partial void SampleUnreadable(ILogger logger, string reason);
    [LoggerMessage(8004, LogLevel.Information, "Airspace is running with data in {DataDirectory}; stop with Ctrl+C")] public static partial void Running(ILogger logger, string dataDirectory);

    [LoggerMessage(8010, LogLevel.Information, "Listening on {Urls}")] public static partial void Listening(ILogger logger, string urls);
    [LoggerMessage(8011, LogLevel.Warning, "{Warning}")] public static partial void SubscriptionNotServed(ILogger logger, string warning);
    [LoggerMessage(8012, LogLevel.Warning, "{Warning}")] public static partial void InsecureEndpoint(ILogger logger, string warning);
    [LoggerMessage(8013, LogLevel.Information, "A chat platform or a source is configured, so the demo articles are not imported (and stay hidden if they were)")] public static partial void NotSeeding(ILogger logger);
    [LoggerMessage(8014, LogLevel.Information, "Serving /healthz and /metrics only on {Urls}")] public static partial void ManagementListening(ILogger logger, string urls);
}
