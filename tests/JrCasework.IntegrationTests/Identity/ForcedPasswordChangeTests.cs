using JrCasework.IntegrationTests.Calendar;
using JrCasework.Web.Features.Admin.Users;

namespace JrCasework.IntegrationTests.Identity;

/// <summary>
/// A user whose password an administrator set must choose their own before anything else: the server
/// sends every page and endpoint to the change-password page until they have.
/// </summary>
public sealed class ForcedPasswordChangeTests : IAsyncLifetime
{
    private const string Email = "iris.hr@example.com";
    private const string Temporary = "Tijdelijk-2026-Abc";
    private const string ChangePasswordPath = "/Account/Manage/ChangePassword";

    private readonly JrCaseworkFactory _factory = new();

    public async Task InitializeAsync()
    {
        // An HR user, so the report export is a page they could otherwise open.
        await using var scope = await SignedInScope.AsAsync(_factory.Services, DemoData.Admin.Email);
        var administration = scope.Get<UserAdministration>();
        var unit = (await administration.OrgUnitsAsync()).Single(u => u.Name == DemoData.OrganisationName);
        var created = await administration.CreateAsync(new NewUser
        {
            DisplayName = "Iris de Wit",
            Email = Email,
            Role = Roles.Hr,
            OrgUnitId = unit.Id,
            Password = "Welkom-2026-Tulp",
        });
        Assert.True(created.Succeeded, string.Join(" ", created.Errors));
        var id = (await administration.ListAsync()).Single(u => u.Email == Email).Id;
        await using (var hr = await SignedInScope.AsAsync(_factory.Services, DemoData.Hr.Email))
        {
            Assert.True(await hr.Get<JrCasework.Web.Features.Admin.Confirmations.RoleRequests>().ConfirmAsync(id, Roles.Hr));
        }

        Assert.True((await administration.SetPasswordAsync(id, Temporary)).Succeeded);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData("/")]
    [InlineData("/outcomes")]
    [InlineData("/reports")]
    [InlineData("/reports/export.csv")]
    [InlineData("/outcomes/export.csv")]
    [InlineData("/Account/Manage")]
    [InlineData("/Account/Manage/Reminders")]
    public async Task WithATemporaryPassword_EveryPageAndExport_RedirectsToChangePassword(string path)
    {
        using var client = await BrowserLikeClient.SignedInAsync(_factory, Email, Temporary);

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ChangePasswordPath, BrowserLikeClient.PathOf(response));
    }

    [Fact]
    public async Task WithATemporaryPassword_TheInteractiveConnectionIsRefused()
    {
        using var client = await BrowserLikeClient.SignedInAsync(_factory, Email, Temporary);

        using var response = await client.PostAsync("/_blazor/negotiate?negotiateVersion=1", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task WithATemporaryPassword_TheChangePasswordPageSaysWhy_AndChangingItOpensTheApp()
    {
        using var client = await BrowserLikeClient.SignedInAsync(_factory, Email, Temporary);

        var page = await client.GetStringAsync(ChangePasswordPath);
        Assert.Contains("id=\"must-change-password\"", page, StringComparison.Ordinal);

        using var changed = await BrowserLikeClient.PostFormAsync(client, ChangePasswordPath, "change-password", new()
        {
            ["Input.OldPassword"] = Temporary,
            ["Input.NewPassword"] = "Mijn-Eigen-2026",
            ["Input.ConfirmPassword"] = "Mijn-Eigen-2026",
        });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal("/", BrowserLikeClient.PathOf(changed));
        using var home = await client.GetAsync("/");
        using var startPage = await client.GetAsync("/outcomes");
        using var export = await client.GetAsync("/reports/export.csv?from=2026-01-01&to=2026-03-31");
        Assert.Equal("/outcomes", BrowserLikeClient.PathOf(home));
        Assert.Equal(HttpStatusCode.OK, startPage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        await using var db = _factory.CreateDbContext();
        Assert.False((await db.Users.SingleAsync(u => u.Email == Email)).MustChangePassword);
    }

    [Fact]
    public async Task WithATemporaryPassword_KeepingTheSamePassword_IsRefused()
    {
        using var client = await BrowserLikeClient.SignedInAsync(_factory, Email, Temporary);

        using var response = await BrowserLikeClient.PostFormAsync(client, ChangePasswordPath, "change-password", new()
        {
            ["Input.OldPassword"] = Temporary,
            ["Input.NewPassword"] = Temporary,
            ["Input.ConfirmPassword"] = Temporary,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("jr-field-error", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
    }

}
