using Microsoft.Extensions.Logging;

namespace Airspace.Testing;

/// <summary>One log call as <see cref="LogCapture"/> saw it.</summary>
public sealed record LogEntry(LogLevel Level, string Category, EventId EventId, string Message, Exception? Exception)
{
    /// <summary>The formatted message, then the exception (type, message and stack) on the next line when there is one.</summary>
    public string Text => Exception is null ? Message : Message + "\n" + Exception;
}
