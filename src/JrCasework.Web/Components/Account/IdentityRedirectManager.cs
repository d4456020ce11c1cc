using JrCasework.Data.Identity;
using JrCasework.Web.Hosting;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;

namespace JrCasework.Web.Components.Account;

internal sealed class IdentityRedirectManager(NavigationManager navigationManager)
{
    public const string StatusCookieName = "Identity.StatusMessage";

    private static readonly CookieBuilder StatusCookieBuilder = new()
    {
        SameSite = SameSiteMode.Strict,
        HttpOnly = true,
        IsEssential = true,
        MaxAge = TimeSpan.FromSeconds(5),
    };

    /// <summary>Sends the browser to <paramref name="uri"/> when it is a path on this site, otherwise to the start page.</summary>
    public void RedirectTo(string? uri) => navigationManager.NavigateTo(ReturnAddress.BaseRelative(uri));

    public void RedirectToWithStatus(string uri, string message, HttpContext context)
    {
        context.Response.Cookies.Append(StatusCookieName, message, StatusCookieBuilder.Build(context));
        RedirectTo(uri);
    }

    /// <summary>The current page's path relative to the base, without its query.</summary>
    private string CurrentPath => navigationManager.ToBaseRelativePath(new Uri(navigationManager.Uri).GetLeftPart(UriPartial.Path));

    public void RedirectToCurrentPageWithStatus(string message, HttpContext context)
        => RedirectToWithStatus(CurrentPath, message, context);

    public void RedirectToInvalidUser(UserManager<ApplicationUser> userManager, HttpContext context)
        => RedirectToWithStatus("Account/InvalidUser", userManager.GetUserId(context.User) ?? "", context);
}
