using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace JrCasework.Web.Components.Account.Sessions;

/// <summary>
/// Checks, on every request, that the session the sign-in cookie names is still going (and notes the activity), before
/// Identity's own security-stamp check. A cookie whose session has ended is refused and removed.
/// </summary>
internal sealed class SessionCookieEvents(SessionStore sessions) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        if (context.Principal is null || !await sessions.IsActiveAsync(context.Principal, activity: true))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    /// <summary>A principal renewed by the security-stamp check keeps its session.</summary>
    public static Task KeepSession(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.CurrentPrincipal?.FindFirst(SessionStore.SessionClaim) is { } session
            && context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity)
        {
            identity.AddClaim(new System.Security.Claims.Claim(SessionStore.SessionClaim, session.Value));
        }

        return Task.CompletedTask;
    }
}
