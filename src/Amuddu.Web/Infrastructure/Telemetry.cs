using Microsoft.Extensions.Logging.Console;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Amuddu.Web.Infrastructure;

/// <summary>Settings under <c>Amuddu:Telemetry</c>; see docs/observability.md.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Amuddu:Telemetry";

    /// <summary>The service.name of every span and metric.</summary>
    public string ServiceName { get; set; } = "amuddu";

    public OtlpSettings Otlp { get; set; } = new();

    public PrometheusSettings Prometheus { get; set; } = new();

    public sealed class OtlpSettings
    {
        /// <summary>The collector (http://collector:4317 for gRPC, http://collector:4318 for http/protobuf); none: no OTLP, no traces.</summary>
        public Uri? Endpoint { get; set; }

        /// <summary><c>grpc</c> or <c>http/protobuf</c>.</summary>
        public string Protocol { get; set; } = "grpc";

        /// <summary>Headers the collector asks for ("Authorization=Bearer x,Other=y").</summary>
        public string? Headers { get; set; }
    }

    public sealed class PrometheusSettings
    {
        public bool Enabled { get; set; }

        public string Path { get; set; } = "/metrics";

        /// <summary>Addresses and networks that may scrape; loopback only by default.</summary>
        public string[]? AllowedAddresses { get; set; }
    }
}

/// <summary>
/// OpenTelemetry for the web app: metrics (ASP.NET Core, HttpClient, EF Core, Npgsql, the app's own <see cref="AmudduMetrics"/>)
/// for Prometheus and OTLP, traces (the same, and Npgsql's own spans on PostgreSQL) for OTLP, and log lines that carry the trace.
/// With no exporter configured no provider is built and nothing listens: the instruments then cost next to nothing.
/// No span or metric carries personal data: routes are templates, raw paths and query strings are dropped, SQL goes out as
/// the parameterised text EF Core writes, never with its parameters' values.
/// </summary>
public static class Telemetry
{
    private const string NpgsqlEfProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    public static WebApplicationBuilder AddAmudduTelemetry(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.Configure<TelemetryOptions>(configuration.GetSection(TelemetryOptions.Section));
        services.AddSingleton<AmudduMetrics>();

        // Each log line carries the trace and span of the request (or worker pass) that wrote it, and nothing of the
        // request's other scopes (its path may hold an id): see AmudduConsoleFormatter.
        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        builder.Logging.AddConsoleFormatter<AmudduConsoleFormatter, ConsoleFormatterOptions>();
        if (string.IsNullOrEmpty(configuration["Logging:Console:FormatterName"]))
        {
            services.Configure<ConsoleLoggerOptions>(o => o.FormatterName = AmudduConsoleFormatter.FormatterName);
        }

        var settings = Settings(configuration);
        var otlp = settings.Otlp.Endpoint is not null;
        if (!otlp && !settings.Prometheus.Enabled)
        {
            return builder;
        }

        var telemetry = services.AddOpenTelemetry().ConfigureResource(r => r.AddService(settings.ServiceName));
        // This app's instruments (made by its IMeterFactory: ASP.NET Core's, the app's own) and the process's shared ones
        // (EF Core's, Npgsql's), not those of another app in the same process (the tests run several at once), which
        // the listener would otherwise take for its own.
        services.ConfigureOpenTelemetryMeterProvider((provider, metrics) =>
        {
            var meters = provider.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
            metrics.AddView(i => i.Meter.Scope is null || ReferenceEquals(i.Meter.Scope, meters) ? null : MetricStreamConfiguration.Drop);
        });
        telemetry.WithMetrics(metrics =>
        {
            metrics.AddMeter(AmudduMetrics.Name, "Microsoft.EntityFrameworkCore")
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddNpgsqlInstrumentation();
            if (settings.Prometheus.Enabled)
            {
                metrics.AddPrometheusExporter(o => o.ScrapeEndpointPath = settings.Prometheus.Path);
            }

            if (otlp)
            {
                metrics.AddOtlpExporter(o => Otlp(o, settings.Otlp, "v1/metrics"));
            }
        });
        if (otlp)
        {
            telemetry.WithTracing(tracing => tracing
                .AddSource(AmudduMetrics.Name)
                .AddAspNetCoreInstrumentation(o =>
                {
                    o.Filter = c => !c.Request.Path.StartsWithSegments(settings.Prometheus.Path) && !c.Request.Path.StartsWithSegments("/health");
                    // The route template (http.route, and the span's name) says what was asked; the raw path may hold an id.
                    o.EnrichWithHttpRequest = (activity, _) => activity.SetTag("url.path", null).SetTag("url.query", null);
                })
                .AddHttpClientInstrumentation(o =>
                    o.EnrichWithHttpRequestMessage = (activity, request) =>
                        activity.SetTag("url.full", request.RequestUri?.GetLeftPart(UriPartial.Path)))
                // On PostgreSQL, Npgsql's own spans (with the pool's and the server's view); EF Core's for the others.
                .AddEntityFrameworkCoreInstrumentation(o => o.Filter = (provider, _) => provider != NpgsqlEfProvider)
                .AddNpgsql()
                .AddOtlpExporter(o => Otlp(o, settings.Otlp, "v1/traces")));
        }

        return builder;
    }

    /// <summary>
    /// The scrape endpoint, when Prometheus is on: answered only to the allowed addresses (loopback by default) and never
    /// to a request that came through a proxy (it carries X-Forwarded-For), so that nginx cannot publish it. Anyone else
    /// gets the app's 404. Placed after the forwarded headers, which move X-Forwarded-For to X-Original-For.
    /// </summary>
    public static WebApplication UseAmudduMetricsEndpoint(this WebApplication app)
    {
        var settings = Settings(app.Configuration).Prometheus;
        if (!settings.Enabled)
        {
            return app;
        }

        var allowed = TrustedProxies.Networks(settings.AllowedAddresses ?? TrustedProxies.Default, $"{TelemetryOptions.Section}:Prometheus:AllowedAddresses");
        app.UseOpenTelemetryPrometheusScrapingEndpoint(c => c.Request.Path == settings.Path && MayScrape(c, allowed));
        return app;
    }

    private static bool MayScrape(HttpContext context, IReadOnlyList<System.Net.IPNetwork> allowed)
    {
        var headers = context.Request.Headers;
        if (headers.ContainsKey("X-Forwarded-For") || headers.ContainsKey("X-Original-For") || headers.ContainsKey("Forwarded"))
        {
            return false;
        }

        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return false;
        }

        address = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return allowed.Any(n => n.Contains(address));
    }

    private static TelemetryOptions Settings(IConfiguration configuration) =>
        configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();

    private static void Otlp(OtlpExporterOptions options, TelemetryOptions.OtlpSettings settings, string signalPath)
    {
        var http = settings.Protocol.Equals("http/protobuf", StringComparison.OrdinalIgnoreCase);
        if (!http && !settings.Protocol.Equals("grpc", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{TelemetryOptions.Section}:Otlp:Protocol: '{settings.Protocol}' is neither grpc nor http/protobuf.");
        }

        options.Protocol = http ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
        // Over HTTP each signal has its own path under the collector's address (as OTEL_EXPORTER_OTLP_ENDPOINT has it).
        options.Endpoint = http ? new Uri(settings.Endpoint!, settings.Endpoint!.AbsolutePath.TrimEnd('/') + "/" + signalPath) : settings.Endpoint!;
        if (!string.IsNullOrEmpty(settings.Headers))
        {
            options.Headers = settings.Headers;
        }
    }
}
