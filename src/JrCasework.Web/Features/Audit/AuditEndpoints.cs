using System.Globalization;
using CsvHelper;
using Microsoft.AspNetCore.Components.Authorization;

namespace JrCasework.Web.Features.Audit;

/// <summary>The audit trail's CSV download: a plain GET with the page's filters in the query string, for the privacy officer and HR.</summary>
internal static class AuditEndpoints
{
    public const string ExportPath = "/audit/export.csv";

    /// <summary>The columns, in order; each one's name is the text <c>Export.{column}</c>.</summary>
    private static readonly string[] Columns = ["Sequence", "When", "User", "UserEmail", "Action", "Case", "Subject", "Detail", "CasesShown"];

    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExportPath, ExportAsync).RequireAuthorization(policy => policy.RequireRole(Roles.PrivacyOfficer, Roles.Hr));
        return endpoints;
    }

    /// <summary>The export link for <paramref name="filter"/>, relative to the base address.</summary>
    public static string ExportLink(AuditFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = filter.ToQuery(withPage: false);
        return ExportPath.TrimStart('/') + (query.Length == 0 ? "" : "?" + query);
    }

    private static async Task<IResult> ExportAsync(
        HttpContext context, AuthenticationStateProvider authentication, AuditTrail trail, UserClock userClock,
        IStringLocalizer<AuditResource> text, IStringLocalizer<SharedResource> texts, CancellationToken cancellationToken)
    {
        authentication.UseRequestUser(context);
        var (filter, problem) = AuditFilter.Read(name => context.Request.Query[name].FirstOrDefault(), userClock.Today);
        if (filter is null)
        {
            return problem!.BadRequest(texts);
        }

        IReadOnlyList<AuditRow> rows;
        try
        {
            rows = await trail.ExportAsync(filter, cancellationToken);
        }
        catch (AccessDeniedException)
        {
            return Results.Forbid();
        }

        var file = new MemoryStream();
        await using (var csv = CsvWriter.Create(file, CsvFiles.ForCurrentUser().Options, leaveOpen: true))
        {
            foreach (var column in Columns)
            {
                csv.WriteField(text[$"Export.{column}"].Value);
            }

            await csv.EndRecordAsync(cancellationToken);
            foreach (var row in rows)
            {
                csv.WriteField(row.Sequence, default);
                csv.WriteField(userClock.ToLocal(row.AtUtc).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
                csv.WriteField(row.UserName ?? row.UserId);
                csv.WriteField(row.UserEmail);
                csv.WriteField(row.Action);
                csv.WriteField(row.CaseReference ?? row.CaseId?.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(row.Subject);
                csv.WriteField(row.Detail);
                csv.WriteField(row.ShownCases, default);
                await csv.EndRecordAsync(cancellationToken);
            }

            await csv.FlushAsync(cancellationToken);
        }

        file.Position = 0;
        context.Response.Headers.CacheControl = "private, no-store";
        return Results.File(file, CsvFiles.ContentType, $"audit-{userClock.Today:yyyy-MM-dd}.csv");
    }
}
