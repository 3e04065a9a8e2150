using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Amuddu.Web.Tests.Platform;

/// <summary>
/// Everything an app sends out as telemetry, kept for a test to search: every finished span (in-memory exporter), every metric
/// (in-memory exporter), every log line as the app's console formatter writes it (and each entry's message and values).
/// </summary>
public sealed partial class TelemetryCapture : ILoggerProvider, ISupportExternalScope
{
    private readonly AmudduConsoleFormatter _formatter = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public Locked<Activity> Spans { get; } = new();
    public Locked<MetricSnapshot> Metrics { get; } = new();
    public ConcurrentQueue<string> LogLines { get; } = new();

    /// <summary>The services that send an app's telemetry here; the app must have an exporter configured (OTLP for traces).</summary>
    public void AddTo(IServiceCollection services)
    {
        services.ConfigureOpenTelemetryTracerProvider(b => b.AddInMemoryExporter(Spans));
        services.ConfigureOpenTelemetryMeterProvider(b => b.AddInMemoryExporter(Metrics));
        // Every scrape answers what is measured now, not a copy from a moment ago.
        services.Configure<PrometheusAspNetCoreOptions>(o => o.ScrapeResponseCacheDurationMilliseconds = 0);
        services.AddSingleton<ILoggerProvider>(this);
    }

    /// <summary>Every text a span carries: names, tags, events and their tags, status, links' tags.</summary>
    public static IEnumerable<string> TextOf(Activity span) =>
        new[] { span.DisplayName, span.OperationName, span.Source.Name, span.StatusDescription ?? "" }
            .Concat(span.TagObjects.Select(t => $"{t.Key}={Convert.ToString(t.Value, CultureInfo.InvariantCulture)}"))
            .Concat(span.Events.SelectMany(e => e.Tags.Select(t => $"{t.Key}={t.Value}").Append(e.Name)))
            .Concat(span.Links.SelectMany(l => (l.Tags ?? []).Select(t => $"{t.Key}={t.Value}")))
            .Concat(span.Baggage.Select(b => $"{b.Key}={b.Value}"));

    /// <summary>Every text a metric carries: its name, description, unit and every point's tags.</summary>
    public static IEnumerable<string> TextOf(MetricSnapshot metric)
    {
        yield return $"{metric.MeterName} {metric.Name} {metric.Description} {metric.Unit}";
        foreach (var point in metric.MetricPoints)
        {
            foreach (var tag in point.Tags)
            {
                yield return $"{tag.Key}={tag.Value}";
            }
        }
    }

    /// <summary>The value of a metric point's tag, or null.</summary>
    public static string? Tag(MetricPoint point, string key)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key)
            {
                return Convert.ToString(tag.Value, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    /// <summary>The scrape endpoint's answer to a caller at <paramref name="from"/>, with these request headers.</summary>
    public static async Task<(int Status, string Body)> ScrapeAsync(AmudduApp app, IPAddress? from, params (string Name, string Value)[] headers)
    {
        var context = await app.Server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = "/metrics";
            c.Connection.RemoteIpAddress = from;
            foreach (var (name, value) in headers)
            {
                c.Request.Headers[name] = value;
            }
        });
        using var reader = new StreamReader(context.Response.Body, Encoding.UTF8);
        return (context.Response.StatusCode, await reader.ReadToEndAsync());
    }

    /// <summary>The value of a metric without labels other than the scope's, in Prometheus' text.</summary>
    public static double Value(string scrape, string name)
    {
        var match = Regex.Match(scrape, $@"^{name}(\{{[^}}]*\}})? (?<value>\S+)", RegexOptions.Multiline);
        Assert.True(match.Success, $"{name} is not in the scrape");
        return double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>The metric families a scrape holds (its # TYPE lines), as Prometheus names them.</summary>
    public static HashSet<string> Families(string scrape) =>
        [.. TypeLines().Matches(scrape).Select(m => m.Groups["name"].Value)];

    [GeneratedRegex(@"^# TYPE (?<name>\S+) \S+", RegexOptions.Multiline)]
    private static partial Regex TypeLines();

    /// <summary>A list the exporters add to from their threads while the test reads it.</summary>
    public sealed class Locked<T> : System.Collections.ObjectModel.Collection<T>
    {
        public T[] Snapshot()
        {
            lock (Items)
            {
                return [.. Items];
            }
        }

        protected override void InsertItem(int index, T item)
        {
            lock (Items)
            {
                base.InsertItem(index, item);
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(string category, TelemetryCapture capture) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => capture._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            // What reaches the console, exactly as the app writes it.
            using var line = new StringWriter();
            capture._formatter.Write(new Microsoft.Extensions.Logging.Abstractions.LogEntry<TState>(logLevel, category, eventId, state, exception, formatter),
                capture._scopes, line);
            capture.LogLines.Enqueue(line.ToString());
            // And what any other logger could write of the entry: its message's values and the exception.
            if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                capture.LogLines.Enqueue(string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) + " " + exception);
            }
        }
    }
}
