using System.Globalization;
using Microsoft.AspNetCore.Components.Authorization;

namespace JrCasework.Web.Features.Reports;

/// <summary>
/// The report's CSV download (HR only). The period and unit travel in the address, as on the print view, so
/// the page can offer the download as a plain link: <c>/reports/export.csv?from=2026-07-01&amp;to=2026-09-30&amp;unit=3</c>.
/// </summary>
internal static class ReportEndpoints
{
    public const string ExportPath = "reports/export.csv";
    public const string PrintPath = "reports/print";

    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/" + ExportPath, ExportAsync).RequireAuthorization(policy => policy.RequireRole(Roles.Hr));
        return endpoints;
    }

    /// <summary>The address of the CSV download of a report (relative to the base address).</summary>
    public static string ExportLink(ReportPeriod period, int? unitId) => ExportPath + Query(period, unitId);

    /// <summary>The address of the printable report (relative to the base address).</summary>
    public static string PrintLink(ReportPeriod period, int? unitId) => PrintPath + Query(period, unitId);

    /// <summary>
    /// The period (<c>from</c> and <c>to</c>, yyyy-MM-dd, both needed) and the unit (<c>unit</c>, optional) of a
    /// report's address, or what is wrong with them (<see cref="AddressQuery"/>: dates in range, in order, not too long).
    /// </summary>
    public static (ReportPeriod? Period, int? UnitId, AddressProblem? Problem) Read(Func<string, string?> value, DateOnly today)
    {
        var query = new AddressQuery(value, today);
        var period = query.Period("from", "to");
        var unitId = query.Number("unit");
        return query.Problem is { } problem ? (null, null, problem) : (new ReportPeriod(period!.Value.From, period.Value.To), unitId, null);
    }

    private static string Query(ReportPeriod period, int? unitId) =>
        string.Create(CultureInfo.InvariantCulture, $"?from={period.From:yyyy-MM-dd}&to={period.To:yyyy-MM-dd}{(unitId is { } unit ? $"&unit={unit}" : "")}");

    private static async Task<IResult> ExportAsync(
        HttpContext context, AuthenticationStateProvider authentication, ReportQueries reports, IStringLocalizer<SharedResource> texts,
        CancellationToken cancellationToken)
    {
        authentication.UseRequestUser(context);

        var (period, unit, problem) = Read(name => context.Request.Query[name].FirstOrDefault(), reports.Today);
        if (problem is not null)
        {
            return problem.BadRequest(texts);
        }

        CaseReport report;
        try
        {
            report = await reports.ExportAsync(period!, unit, cancellationToken);
        }
        catch (AccessDeniedException)
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        context.Response.Headers.CacheControl = "private, no-store";
        return Results.File(ReportExport.ToCsv(report), ReportExport.ContentType, ReportExport.FileName(report));
    }
}
