using Microsoft.AspNetCore.Components.Authorization;

namespace JrCasework.Web.Features.Reviews;

/// <summary>The CSV download of the outcome list: a plain GET with the page's filters in the query string, for HR only.</summary>
internal static class OutcomeEndpoints
{
    public const string ExportPath = "/outcomes/export.csv";

    public static IEndpointRouteBuilder MapOutcomeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExportPath, ExportAsync).RequireAuthorization(policy => policy.RequireRole(Roles.Hr));
        return endpoints;
    }

    /// <summary>The export link for <paramref name="filter"/>, relative to the base address.</summary>
    public static string ExportLink(OutcomeFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = filter.ToQuery(withPage: false);
        return ExportPath.TrimStart('/') + (query.Length == 0 ? "" : "?" + query);
    }

    private static async Task<IResult> ExportAsync(
        HttpContext context, AuthenticationStateProvider authentication, CaseListExport export, OutcomeQueries queries,
        IStringLocalizer<SharedResource> texts, CancellationToken cancellationToken)
    {
        authentication.UseRequestUser(context);

        var (filter, problem) = OutcomeFilter.Read(name => context.Request.Query[name].FirstOrDefault(), queries.Today);
        if (filter is null)
        {
            return problem!.BadRequest(texts);
        }

        // Built in memory first, so a refusal is a clean 403 rather than a broken download (a year is a few MB).
        var file = new MemoryStream();
        try
        {
            await export.WriteAsync(filter, file, cancellationToken);
        }
        catch (AccessDeniedException)
        {
            return Results.Forbid();
        }

        file.Position = 0;
        context.Response.Headers.CacheControl = "private, no-store";
        return Results.File(file, CaseListExport.ContentType, export.FileName);
    }
}
