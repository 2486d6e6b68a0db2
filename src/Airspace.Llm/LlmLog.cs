namespace Airspace.Llm;

internal static partial class LlmLog
{
    [LoggerMessage(5001, LogLevel.Warning, "LLM summary took longer than {TimeoutMs} ms; using the extractive summary")] public static partial void TimedOut(ILogger logger, double timeoutMs);
    [LoggerMessage(5002, LogLevel.Warning, "LLM summary failed ({ErrorType}: {ErrorMessage}); using the extractive summary")] public static partial void Failed(ILogger logger, string errorType, string errorMessage);
    [LoggerMessage(5003, LogLevel.Warning, "LLM answer was unusable ({Reason}); using the extractive summary")] public static partial void Unusable(ILogger logger, string reason);
    [LoggerMessage(5004, LogLevel.Information, "LLM summaries enabled: model {Model} at {Endpoint}, timeout {TimeoutMs} ms")] public static partial void Enabled(ILogger logger, string model, string endpoint, double timeoutMs);
}
