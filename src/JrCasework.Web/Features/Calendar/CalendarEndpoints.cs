using System.Text;
using Microsoft.AspNetCore.Components.Authorization;

namespace JrCasework.Web.Features.Calendar;

/// <summary>
/// The calendar feed (anonymous: the secret in its address is the key) and the .ics file of one
/// follow-up (signed in). Neither response holds case content, only a reference, a date and a link,
/// so neither leaves an audit record.
/// </summary>
internal static class CalendarEndpoints
{
    private const string FeedPrefix = "/calendar/";

    public static IEndpointRouteBuilder MapCalendarEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(FeedPrefix + "{token}.ics", FeedAsync).AllowAnonymous();
        endpoints.MapGet("/cases/{caseId:int}/follow-ups/{number:int}.ics", FollowUpAsync).RequireAuthorization();
        return endpoints;
    }

    /// <summary>
    /// The request path as it may be logged: a feed address carries its secret in the path, so that
    /// part is replaced; every other path is returned unchanged.
    /// </summary>
    public static string WithoutSecrets(string path) =>
        path.StartsWith(FeedPrefix, StringComparison.OrdinalIgnoreCase) ? FeedPrefix + "(secret).ics" : path;

    private static async Task<IResult> FeedAsync(string token, CalendarFeeds feeds, HttpContext context, CancellationToken cancellationToken)
    {
        var feed = await feeds.FeedAsync(token, cancellationToken);
        if (feed is null)
        {
            return Results.NotFound();
        }

        NeverStore(context);
        return Results.Text(feed, FollowUpCalendar.ContentType);
    }

    private static async Task<IResult> FollowUpAsync(
        int caseId, int number, HttpContext context, AuthenticationStateProvider authentication, CalendarFeeds feeds, CancellationToken cancellationToken)
    {
        authentication.UseRequestUser(context);
        CalendarFile? file;
        try
        {
            file = await feeds.FollowUpAsync(caseId, number, cancellationToken);
        }
        catch (AccessDeniedException)
        {
            file = null;
        }

        if (file is null)
        {
            return Results.NotFound();
        }

        NeverStore(context);
        return Results.File(Encoding.UTF8.GetBytes(file.Text), FollowUpCalendar.ContentType, file.FileName);
    }

    /// <summary>Shared caches and the browser's disk never keep these: they are personal and the feed's address is a secret.</summary>
    private static void NeverStore(HttpContext context) => context.Response.Headers.CacheControl = "private, no-store";
}
