using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Amuddu.Web.Tests.Infrastructure;

/// <summary>
/// Keeps every log line the app writes, so tests can check that no secret reaches a log. Errors also go to the
/// file named by AMUDDU_TEST_SERVER_ERRORS (test.sh prints it when a run fails): a 500 in a test is then explained
/// by the exception the app logged, not only by its status code.
/// </summary>
public sealed class LogCapture : ILoggerProvider
{
    private static readonly string? ErrorFile = Environment.GetEnvironmentVariable("AMUDDU_TEST_SERVER_ERRORS");
    private static readonly Lock ErrorFileLock = new();

    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var structured = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}"))
                : "";
            var line = $"{logLevel} {category}: {formatter(state, exception)} {structured} {exception}";
            lines.Enqueue(line);
            if (logLevel >= LogLevel.Error && ErrorFile is not null)
            {
                lock (ErrorFileLock)
                {
                    File.AppendAllText(ErrorFile, $"{DateTimeOffset.UtcNow:O} {line}{Environment.NewLine}");
                }
            }
        }
    }
}
