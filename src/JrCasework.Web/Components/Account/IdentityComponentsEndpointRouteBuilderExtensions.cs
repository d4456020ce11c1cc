using JrCasework.Data.Identity;
using JrCasework.Web.Components.Account.SingleSignOn;
using JrCasework.Web.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace JrCasework.Web.Components.Account;

internal static class IdentityComponentsEndpointRouteBuilderExtensions
{
    /// <summary>The endpoints the static Identity pages post to.</summary>
    public static IEndpointConventionBuilder MapAdditionalIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        var accountGroup = endpoints.MapGroup("/Account");

        accountGroup.MapPost("/Logout", async (
            [FromServices] SignInManager<ApplicationUser> signInManager,
            [FromForm] string? returnUrl) =>
        {
            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect("~/" + ReturnAddress.BaseRelative(returnUrl));
        });

        // "Sign in with <organisation>": on to the organisation's provider, and back to /Account/ExternalLogin (decision
        // 032). The form's antiforgery token is checked (a form field binds), so no other site can start it.
        accountGroup.MapPost("/ExternalLogin", async (
            HttpContext context,
            [FromServices] SignInManager<ApplicationUser> signInManager,
            [FromServices] IAuthenticationSchemeProvider schemes,
            [FromForm] string? returnUrl) =>
        {
            if (await schemes.GetSchemeAsync(SingleSignOnOptions.Scheme) is null)
            {
                return Results.NotFound();
            }

            var back = "/Account/ExternalLogin?returnUrl=" + Uri.EscapeDataString(ReturnAddress.BaseRelative(returnUrl));
            return Results.Challenge(signInManager.ConfigureExternalAuthenticationProperties(SingleSignOnOptions.Scheme, back), [SingleSignOnOptions.Scheme]);
        }).AllowAnonymous();

        // A fresh challenge for signing in with a passkey (js/passkeys.js asks for it when the button is pressed): any
        // passkey the browser finds for this site may answer it. The form's antiforgery token comes along as a header.
        accountGroup.MapPost("/PasskeyRequestOptions", async (
            HttpContext context,
            [FromServices] IAntiforgery antiforgery,
            [FromServices] SignInManager<ApplicationUser> signInManager) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                context.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
                return Results.BadRequest();
            }

            context.Response.Headers.CacheControl = "no-store";
            return Results.Content(await signInManager.MakePasskeyRequestOptionsAsync(user: null), "application/json");
        }).AllowAnonymous();

        // The browser's signal that its user is typing or clicking in an open page (wwwroot/js/activity.js): the
        // sign-in check of this request notes the activity; 401 tells the page that its session has ended.
        accountGroup.MapPost("/Activity", (HttpContext context) =>
        {
            if (context.User.Identity?.IsAuthenticated == true)
            {
                return Results.NoContent();
            }

            // The bare status for the script, not the not-found page re-executed as a POST.
            context.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
            return Results.Unauthorized();
        });

        return accountGroup;
    }
}
