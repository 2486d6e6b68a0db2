using Microsoft.Extensions.Logging.Console;

namespace Airspace.Host.Composition;

/// <summary>
/// One log format for the bot and the verbs: one line each, UTC timestamp first, all on stderr (stdout is the
/// console channel and the verbs' output).
/// </summary>
public static class ConsoleLogging
{
    public const string TimestampFormat = "yyyy-MM-dd HH:mm:ss'Z' ";

    public static ILoggingBuilder AddAirspaceConsole(this ILoggingBuilder logging)
    {
        logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = TimestampFormat;
            o.UseUtcTimestamp = true;
        });
        logging.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        return logging;
    }
}
