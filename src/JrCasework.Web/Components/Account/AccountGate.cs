using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;

namespace JrCasework.Web.Components.Account;

/// <summary>
/// Closes the application to a signed-in user who has a step of their own to take first: replace a temporary password
/// (decision 017), then, for a role that requires it, set up two-step sign-in (decision 028). Every page and endpoint
/// that needs a signed-in user answers with a redirect to that step's page (GET) or 403 (anything else, the interactive
/// connection included). Anonymous endpoints stay open: the sign-in page, the culture switch, static files, and the
/// calendar feed, whose address carries its own secret. Signing out stays open too.
/// </summary>
internal sealed class AccountGate(RequestDelegate next)
{
    public const string ChangePasswordPath = "/Account/Manage/ChangePassword";

    public const string EnableTwoFactorPath = "/Account/Manage/TwoFactor/Enable";

    /// <summary>The page of the step <paramref name="user"/> must take before anything else opens, or null when none is left.</summary>
    public static string? PendingStep(ClaimsPrincipal user) =>
        user.HasClaim(JrClaimsPrincipalFactory.MustChangePasswordClaim, "true") ? ChangePasswordPath
        : user.HasClaim(JrClaimsPrincipalFactory.MustEnrolTwoFactorClaim, "true") ? EnableTwoFactorPath
        : null;

    public Task InvokeAsync(HttpContext context)
    {
        var step = PendingStep(context.User);
        if (step is null || !IsClosed(context, step))
        {
            return next(context);
        }

        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.Redirect(step);
        }
        else
        {
            // A bare 403: a re-executed error page would answer a POST with a page-form error instead.
            context.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
        }

        return Task.CompletedTask;
    }

    private static bool IsClosed(HttpContext context, string step)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments(step, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // The Blazor hub carries no authorization metadata of its own; its pages do, but they run inside it.
        if (path.StartsWithSegments("/_blazor", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var metadata = context.GetEndpoint()?.Metadata;
        return metadata?.GetMetadata<IAuthorizeData>() is not null && metadata.GetMetadata<IAllowAnonymous>() is null;
    }
}
