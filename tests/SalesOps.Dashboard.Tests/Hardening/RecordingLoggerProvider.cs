using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SalesOps.Dashboard.Tests.Hardening;

/// <summary>Keeps every formatted log message (and exception text) the app writes at the levels its configuration enables.</summary>
public sealed class RecordingLoggerProvider(ConcurrentQueue<string> messages) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Recorder(categoryName, messages);

    public void Dispose()
    {
    }

    private sealed class Recorder(string category, ConcurrentQueue<string> messages) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            messages.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
        }
    }
}
