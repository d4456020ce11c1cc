using System.Security.Claims;

namespace JrCasework.Web.Features.Home;

/// <summary>A link in the top bar: where it goes and the resource key of its text.</summary>
public sealed record NavItem(string Href, string TextKey);

/// <summary>Where each role starts after sign-in, and which pages the top bar offers it.</summary>
public static class StartPages
{
    /// <summary>Each role's pages in the order of the top bar; a role starts on its first.</summary>
    private static readonly (string Role, NavItem Item, string Start)[] ByRole =
    [
        (Roles.Supervisor, new NavItem("cases", "Nav.MyCases"), "cases"),
        (Roles.Supervisor, new NavItem("team", "Nav.Team"), "cases"),
        (Roles.Manager, new NavItem("dashboard", "Nav.Dashboard"), "dashboard"),
        (Roles.Hr, new NavItem("outcomes", "Nav.Outcomes"), "outcomes"),
        (Roles.Hr, new NavItem("reports", "Nav.Reports"), "reports"),
        (Roles.Hr, new NavItem("access-requests", "Nav.AccessRequests"), "outcomes"),
        (Roles.Hr, new NavItem("legal-holds", "Nav.LegalHolds"), "outcomes"),
        (Roles.Hr, new NavItem("audit", "Nav.Audit"), "outcomes"),
        (Roles.PrivacyOfficer, new NavItem("audit", "Nav.Audit"), "audit"),
        (Roles.Admin, new NavItem("admin", "Nav.Admin"), "admin/users"),
    ];

    /// <summary>The start page of the user's first role in <see cref="Roles.All"/>; null for a user without a role.</summary>
    public static string? For(ClaimsPrincipal user) =>
        Roles.All.Where(user.IsInRole).Select(role => ByRole.First(r => r.Role == role).Start).FirstOrDefault();

    /// <summary>The pages of every role the user holds, in the order of the top bar.</summary>
    public static IEnumerable<NavItem> NavigationFor(ClaimsPrincipal user) =>
        ByRole.Where(r => user.IsInRole(r.Role)).Select(r => r.Item);
}
