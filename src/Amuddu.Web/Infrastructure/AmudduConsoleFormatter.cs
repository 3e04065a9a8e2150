using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace Amuddu.Web.Infrastructure;

/// <summary>
/// The console's log line (the default; <c>Logging:Console:FormatterName</c> chooses another): one line per entry, UTC time,
/// level, category and event, the trace and span ids of the request or worker pass that wrote it, then the message, and an
/// exception's text on the lines after. Of the logging scopes only the trace's ids are written: ASP.NET Core's request scope
/// holds the raw path, which may carry an id (the simple and JSON formatters' <c>IncludeScopes</c> would print it).
/// </summary>
public sealed class AmudduConsoleFormatter() : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "amuddu";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (string.IsNullOrEmpty(message) && logEntry.Exception is null)
        {
            return;
        }

        string? traceId = null, spanId = null;
        scopeProvider?.ForEachScope((scope, _) =>
        {
            if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                foreach (var (key, value) in pairs)
                {
                    switch (key)
                    {
                        case "TraceId": traceId = value?.ToString(); break;
                        case "SpanId": spanId = value?.ToString(); break;
                    }
                }
            }
        }, (object?)null);

        textWriter.Write(DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        textWriter.Write(' ');
        textWriter.Write(Level(logEntry.LogLevel));
        textWriter.Write(' ');
        textWriter.Write(logEntry.Category);
        textWriter.Write('[');
        textWriter.Write(logEntry.EventId.Id.ToString(CultureInfo.InvariantCulture));
        textWriter.Write(']');
        if (traceId is not null)
        {
            textWriter.Write(" trace_id=");
            textWriter.Write(traceId);
            textWriter.Write(" span_id=");
            textWriter.Write(spanId);
        }

        textWriter.Write(' ');
        // One entry, one line: a message's own line breaks would start what looks like another entry.
        textWriter.Write(message.ReplaceLineEndings(" "));
        textWriter.WriteLine();
        if (logEntry.Exception is not null)
        {
            textWriter.WriteLine(logEntry.Exception.ToString());
        }
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        LogLevel.None => "none",
    };
}
