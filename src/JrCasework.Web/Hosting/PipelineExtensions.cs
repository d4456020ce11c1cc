using System.Text.Json;
using JrCasework.Web.Components;
using JrCasework.Web.Components.Account;
using JrCasework.Web.Features.Calendar;
using JrCasework.Web.Features.Reports;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Events;

namespace JrCasework.Web.Hosting;

internal static class PipelineExtensions
{
    /// <summary>The health checks that say whether this instance may get traffic (/health/ready).</summary>
    public const string ReadyTag = "ready";

    public static WebApplication UseJrCaseworkPipeline(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            app.UseMigrationsEndPoint();
        }
        else
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
        }

        app.UseJrCaseworkManagementPort();
        app.UseSerilogRequestLogging(options =>
        {
            // This host's own logger rather than the static one, which the last host started in the process owns (tests start several).
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.GetMessageTemplateProperties = RequestLogProperties;
            options.GetLevel = RequestLogLevel;
        });
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseRequestLocalization();
        app.UseAntiforgery();
        app.UseMiddleware<AccountGate>();

        app.MapStaticAssets();
        // /health: every check; /health/live: the process answers (no dependency, for restarts);
        // /health/ready: the database answers and is migrated (for a proxy or orchestrator to send traffic).
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealthAsync }).AllowAnonymous();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteHealthAsync }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteHealthAsync })
            .AllowAnonymous();
        app.MapCultureSwitch();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAdditionalIdentityEndpoints();
        app.MapCalendarEndpoints();
        app.MapReportEndpoints();
        JrCasework.Web.Features.Reviews.OutcomeEndpoints.MapOutcomeEndpoints(app);
        JrCasework.Web.Features.Audit.AuditEndpoints.MapAuditEndpoints(app);
        return app;
    }

    /// <summary>The default request log properties, with the secret of a calendar feed address taken out of the path.</summary>
    private static IEnumerable<LogEventProperty> RequestLogProperties(HttpContext context, string path, double elapsedMs, int statusCode) =>
    [
        new("RequestMethod", new ScalarValue(context.Request.Method)),
        new("RequestPath", new ScalarValue(CalendarEndpoints.WithoutSecrets(path))),
        new("StatusCode", new ScalarValue(statusCode)),
        new("Elapsed", new ScalarValue(elapsedMs)),
    ];

    /// <summary>
    /// Serilog's own levels (Error for a failure, Information otherwise), except that a health probe that did not fail is
    /// Verbose: the proxy and the orchestrator ask every few seconds, which would fill the log of every instance.
    /// </summary>
    private static LogEventLevel RequestLogLevel(HttpContext context, double elapsedMs, Exception? exception) =>
        exception is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError ? LogEventLevel.Error
        : context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase) ? LogEventLevel.Verbose
        : LogEventLevel.Information;

    /// <summary>
    /// Healthy or not, to anyone; which checks ran and how each fared only on the management port or to an administrator,
    /// since the names of the parts say something about how the site is built.
    /// </summary>
    private static Task WriteHealthAsync(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var telemetry = context.RequestServices.GetRequiredService<IOptions<TelemetryOptions>>().Value;
        var status = report.Status.ToString();
        // An administrator with a step still to take (a temporary password, the second step) is not one yet.
        var administrator = context.User.IsInRole(Roles.Admin) && AccountGate.PendingStep(context.User) is null;
        return telemetry.IsManagementPort(context) || administrator
            ? JsonSerializer.SerializeAsync(context.Response.Body, new
            {
                status,
                checks = report.Entries.ToDictionary(entry => entry.Key, entry => entry.Value.Status.ToString()),
            })
            : JsonSerializer.SerializeAsync(context.Response.Body, new { status });
    }
}
