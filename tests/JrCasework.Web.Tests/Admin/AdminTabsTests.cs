using JrCasework.Web.Features.Admin;

namespace JrCasework.Web.Tests.Admin;

public sealed class AdminTabsTests : ComponentTest
{
    [Fact]
    public void OffersTheAdministrationPages_AndMarksTheCurrentOne()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("admin/employees");

        var cut = Render<AdminTabs>();

        var links = cut.FindAll("#admin-tabs a");
        Assert.Equal(["Users", "Org units", "Employees", "Case categories", "E-mail"], links.Select(a => a.TextContent.Trim()));
        Assert.Equal(["admin/users", "admin/org-units", "admin/employees", "admin/categories", "admin/mail"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal("Employees", cut.Find("#admin-tabs a.active").TextContent.Trim());
    }
}
