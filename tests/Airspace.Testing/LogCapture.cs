using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Airspace.Testing;

/// <summary>
/// Keeps every log call (level, category, event id, message, exception) so tests can read what an operator would
/// see — and check that no secret was logged. Register it as an <see cref="ILoggerProvider"/>, or take a logger from
/// <see cref="CreateLogger{T}"/> for a class built by hand. Thread-safe; every level is enabled.
/// </summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    /// <summary>A snapshot of the entries so far, in the order they were logged.</summary>
    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    /// <summary>Every entry as <c>Level Category: text</c>, one a line (for assertion messages and substring checks).</summary>
    public string All => string.Join("\n", _entries.Select(e => $"{e.Level} {e.Category}: {e.Text}"));

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    /// <summary>A logger for <typeparamref name="T"/> writing into this capture.</summary>
    public ILogger<T> CreateLogger<T>() => new Logger<T>(new Logger(typeof(T).FullName ?? typeof(T).Name, _entries));

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new LogEntry(logLevel, category, eventId, formatter(state, exception), exception));
    }

    private sealed class Logger<T>(ILogger inner) : ILogger<T>
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            inner.Log(logLevel, eventId, state, exception, formatter);
    }
}
