using System.Reflection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace JrCasework.Web.Hosting;

/// <summary>"Telemetry" section: where Prometheus reads the metrics (decision 020).</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>The setting (an environment variable) that switches on the OTLP export of traces and metrics.</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The setting that chooses OpenTelemetry's semantic conventions (default here: the current ones for databases).</summary>
    public const string SemanticConventionsKey = "OTEL_SEMCONV_STABILITY_OPT_IN";

    public const string MetricsPath = "/metrics";

    /// <summary>
    /// The management port: <see cref="MetricsPath"/> and the health checks answer on it and nothing else does; it must be
    /// one of the addresses the server listens on (<c>--urls</c>), and never the one the public proxy forwards to.
    /// Null (default): no <see cref="MetricsPath"/> at all.
    /// </summary>
    public int? MetricsPort { get; set; }

    /// <summary>Whether a request came in on the management port.</summary>
    public bool IsManagementPort(HttpContext context) => MetricsPort is { } port && context.Connection.LocalPort == port;

    /// <summary>The addresses the management port serves: the metrics and the health checks.</summary>
    public static bool IsManagementPath(PathString path) =>
        path.Equals(MetricsPath, StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);
}

internal static class TelemetryExtensions
{
    public const string ServiceName = "jrcasework";

    /// <summary>ASP.NET Core's own meters that matter here (its instrumentation adds them too; named to make sure they stay).</summary>
    private static readonly string[] FrameworkMeters =
    [
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.Http.Connections",
        "Microsoft.AspNetCore.Components",
        "Microsoft.AspNetCore.Components.Server.Circuits",
        "Microsoft.EntityFrameworkCore",
    ];

    /// <summary>
    /// OpenTelemetry traces and metrics of ASP.NET Core and Blazor, HttpClient, the runtime, EF Core, Npgsql and the product's
    /// own counters (<see cref="JrCaseworkMetrics"/>). Spans always exist, so every log line carries a trace and span id, but
    /// they are recorded and exported over OTLP only when <see cref="TelemetryOptions.OtlpEndpointKey"/> is set. Metrics are
    /// collected only for a reader: OTLP, or Prometheus on <see cref="TelemetryOptions.MetricsPort"/>. No span leaves the
    /// process before <see cref="TelemetryPrivacy"/> has dropped SQL text, query strings and secrets.
    /// </summary>
    public static WebApplicationBuilder AddJrCaseworkTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelemetryOptions>().Bind(builder.Configuration.GetSection(TelemetryOptions.Section))
            .Validate(o => o.MetricsPort is null or > 0 and < 65536, "Telemetry:MetricsPort is a port number (1-65535).")
            .ValidateOnStart();
        builder.Services.AddSingleton<JrCaseworkMetrics>();

        // EF Core's spans in the current database conventions, whose db.query.summary ("SELECT Cases") names a query without
        // its text. The instrumentation reads this from the environment only, so an operator's own choice there stays.
        if (Environment.GetEnvironmentVariable(TelemetryOptions.SemanticConventionsKey) is null)
        {
            Environment.SetEnvironmentVariable(TelemetryOptions.SemanticConventionsKey, "database");
        }

        var telemetry = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration[TelemetryOptions.OtlpEndpointKey]);
        var version = typeof(TelemetryExtensions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

        var openTelemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName, serviceVersion: version))
            .WithTracing(tracing =>
            {
                tracing
                    .AddAspNetCoreInstrumentation(options =>
                    {
                        options.Filter = context => !telemetry.IsManagementPort(context);
                        // Blazor's own spans (circuit, navigation, event) already tell what each hub message did.
                        options.EnableAspNetCoreSignalRSupport = false;
                    })
                    .AddHttpClientInstrumentation()
                    // Query parameters only with OTEL_DOTNET_EXPERIMENTAL_EFCORE_ENABLE_TRACE_DB_QUERY_PARAMETERS; TelemetryPrivacy drops them even then.
                    .AddEntityFrameworkCoreInstrumentation()
                    .AddNpgsql()
                    .AddProcessor(new TelemetryPrivacy());
                if (otlp)
                {
                    tracing.AddOtlpExporter();
                }
                else
                {
                    // Nothing would read a recorded span: keep the ids (for the logs) and skip recording the rest.
                    tracing.SetSampler(new AlwaysOffSampler());
                }
            });

        if (otlp || telemetry.MetricsPort is not null)
        {
            openTelemetry.WithMetrics(metrics =>
            {
                metrics
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddNpgsqlInstrumentation()
                    .AddMeter(FrameworkMeters)
                    .AddMeter(JrCaseworkMetrics.MeterName);
                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }

                if (telemetry.MetricsPort is not null)
                {
                    metrics.AddPrometheusExporter();
                }
            });
        }

        return builder;
    }

    /// <summary>
    /// With a management port: <see cref="TelemetryOptions.MetricsPath"/> in Prometheus' text format on that port only, and on
    /// that port nothing but the metrics and the health checks. The port is checked on the connection, not the Host header,
    /// which a client chooses. Goes before request logging, so that scrapes do not fill the log.
    /// </summary>
    public static WebApplication UseJrCaseworkManagementPort(this WebApplication app)
    {
        var telemetry = app.Services.GetRequiredService<IOptions<TelemetryOptions>>().Value;
        if (telemetry.MetricsPort is not { } port)
        {
            return app;
        }

        app.UseOpenTelemetryPrometheusScrapingEndpoint(context =>
            telemetry.IsManagementPort(context) && context.Request.Path.Equals(TelemetryOptions.MetricsPath, StringComparison.OrdinalIgnoreCase));
        app.Use((context, next) =>
        {
            if (telemetry.IsManagementPort(context) && !TelemetryOptions.IsManagementPath(context.Request.Path))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            return next(context);
        });
        app.Lifetime.ApplicationStarted.Register(() => WarnWhenNotListening(app, port));
        return app;
    }

    /// <summary>A management port the server does not listen on serves nothing: say so once at start-up.</summary>
    private static void WarnWhenNotListening(WebApplication app, int port)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        if (!addresses.Any(address => BindingAddress.Parse(address).Port == port))
        {
            app.Logger.LogWarning(
                "Telemetry:MetricsPort is {Port}, but the server listens on {Addresses}: add the port to --urls to serve {Path}",
                port, string.Join(", ", addresses), TelemetryOptions.MetricsPath);
        }
    }
}
