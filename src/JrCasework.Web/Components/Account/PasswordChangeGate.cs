using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;

namespace JrCasework.Web.Components.Account;

/// <summary>
/// Closes the application to a user signed in with a temporary password until they chose their own: every page
/// and endpoint that needs a signed-in user answers with a redirect to the change-password page (GET) or 403
/// (anything else, the interactive connection included). Anonymous endpoints stay open: the sign-in page, the
/// culture switch, static files, and the calendar feed, whose address carries its own secret.
/// </summary>
internal sealed class PasswordChangeGate(RequestDelegate next)
{
    public const string ChangePasswordPath = "/Account/Manage/ChangePassword";

    public Task InvokeAsync(HttpContext context)
    {
        if (!context.User.HasClaim(JrClaimsPrincipalFactory.MustChangePasswordClaim, "true") || !IsClosed(context))
        {
            return next(context);
        }

        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.Redirect(ChangePasswordPath);
        }
        else
        {
            // A bare 403: a re-executed error page would answer a POST with a page-form error instead.
            context.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
        }

        return Task.CompletedTask;
    }

    private static bool IsClosed(HttpContext context)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments(ChangePasswordPath, StringComparison.OrdinalIgnoreCase))
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
