using System.Security.Claims;
using JrCasework.Domain.Organisation;
using JrCasework.Web.Features.Home;

namespace JrCasework.Web.Tests.Home;

public sealed class StartPagesTests
{
    [Theory]
    [InlineData(Roles.Supervisor, "cases")]
    [InlineData(Roles.Manager, "dashboard")]
    [InlineData(Roles.Hr, "outcomes")]
    [InlineData(Roles.Admin, "admin/users")]
    public void EachRole_StartsOnItsOwnPage(string role, string expected) =>
        Assert.Equal(expected, StartPages.For(UserWith(role)));

    [Fact]
    public void AUserWithSeveralRoles_StartsOnTheFirstInRoleOrder_AndSeesEveryPage()
    {
        var user = UserWith(Roles.Supervisor, Roles.Manager);

        Assert.Equal("dashboard", StartPages.For(user));
        Assert.Equal(["cases", "team", "dashboard"], StartPages.NavigationFor(user).Select(i => i.Href));
    }

    [Fact]
    public void ASupervisor_StartsOnMyCases_AndAlsoSeesMyTeam()
    {
        var user = UserWith(Roles.Supervisor);

        Assert.Equal("cases", StartPages.For(user));
        Assert.Equal(["cases", "team"], StartPages.NavigationFor(user).Select(i => i.Href));
    }

    [Fact]
    public void HR_StartsOnOutcomes_AndAlsoSeesReportsAccessRequestsAndTheAuditTrail()
    {
        var user = UserWith(Roles.Hr);

        Assert.Equal("outcomes", StartPages.For(user));
        Assert.Equal(["outcomes", "reports", "access-requests", "legal-holds", "audit"], StartPages.NavigationFor(user).Select(i => i.Href));
    }

    [Fact]
    public void ThePrivacyOfficer_StartsOnTheAuditTrail_AndSeesNothingElse()
    {
        var user = UserWith(Roles.PrivacyOfficer);

        Assert.Equal("audit", StartPages.For(user));
        Assert.Equal(["audit"], StartPages.NavigationFor(user).Select(i => i.Href));
    }

    [Fact]
    public void AUserWithoutARole_HasNoStartPage_AndNoNavigation()
    {
        var user = UserWith();

        Assert.Null(StartPages.For(user));
        Assert.Empty(StartPages.NavigationFor(user));
    }

    private static ClaimsPrincipal UserWith(params string[] roles) =>
        new(new ClaimsIdentity(roles.Select(r => new Claim(ClaimTypes.Role, r)), "test"));
}
