using Microsoft.AspNetCore.Components.Authorization;

namespace JrCasework.Web.Features.Shared;

/// <summary>Lets the services pages use (<see cref="CurrentUser"/>, <see cref="UserClock"/>) serve a plain HTTP endpoint too.</summary>
internal static class EndpointUser
{
    /// <summary>
    /// An endpoint has no Blazor authentication state of its own: hand it the request's user, so that CurrentUser checks
    /// that user against the database exactly as it does for pages, and "today" is the date in the user's own time zone.
    /// Call it before anything reads the user or their date.
    /// </summary>
    public static void UseRequestUser(this AuthenticationStateProvider authentication, HttpContext context) =>
        ((IHostEnvironmentAuthenticationStateProvider)authentication).SetAuthenticationState(
            Task.FromResult(new AuthenticationState(context.User)));
}
