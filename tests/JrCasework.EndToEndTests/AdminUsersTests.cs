using JrCasework.Web.Hosting;
using static Microsoft.Playwright.Assertions;

namespace JrCasework.EndToEndTests;

[Collection(BrowserCollection.Name)]
public sealed class AdminUsersTests(BrowserFixture fixture)
{
    [Fact]
    public async Task AnAdministrator_CreatesAUser_ThenDisablesThem_AndTheyCanNoLongerSignIn()
    {
        const string name = "Wim Verbeek";
        const string email = "wim.verbeek@example.com";
        const string password = "Welkom-2026-Wim";
        var admin = await fixture.NewPageAsync();
        await admin.SignInAsync(DemoData.Admin.Email, DemoData.Password);
        await admin.WaitForInteractiveAsync();

        await admin.Locator("#new-user").ClickAsync();
        await admin.Locator("#create-user").ClickAsync();
        await Expect(admin.Locator("#new-user-form .mud-input-helper-text.mud-input-error").First).ToHaveTextAsync("This field is required.");
        await admin.ScreenshotAsync("admin-new-user-required");

        await admin.Locator("#user-name").FillAsync(name);
        await admin.Locator("#user-email").FillAsync(email);
        await admin.Locator("#new-user-form div.mud-select").Filter(new() { HasText = "Org unit" }).First.ClickAsync();
        await admin.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = DemoData.Logistics }).ClickAsync();
        await admin.Locator("#user-password").FillAsync(password);
        await admin.ScreenshotAsync("admin-new-user-filled");
        await admin.Locator("#create-user").ClickAsync();

        var row = admin.Locator("#users-table tr").Filter(new() { HasText = email });
        await Expect(row).ToContainTextAsync("Supervisor");
        await Expect(row).ToContainTextAsync(DemoData.Logistics);
        await Expect(row).ToContainTextAsync("Active");

        var newUser = await fixture.NewPageAsync();
        await newUser.SignInAsync(email, password);
        await newUser.WaitForInteractiveAsync();
        await Expect(newUser.Locator("h1")).ToHaveTextAsync("My cases");
        await newUser.Context.CloseAsync();

        await row.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = $"Disable {name}" }).ClickAsync();
        await Expect(admin.Locator(".mud-dialog")).ToContainTextAsync($"Disable {name}?");
        await admin.ScreenshotAsync("admin-disable-confirm");
        await admin.Locator(".mud-dialog button").Filter(new() { HasText = "Disable" }).ClickAsync();
        await Expect(row).ToContainTextAsync("Disabled");
        await admin.ScreenshotAsync("admin-users-after-disable");

        var disabled = await fixture.NewPageAsync();
        await disabled.SignInAsync(email, password);
        await Expect(disabled.Locator("#status-message")).ToHaveTextAsync("This account has been disabled. Ask your administrator if you need access.");
        await disabled.ScreenshotAsync("sign-in-disabled-user");
        await disabled.Context.CloseAsync();
        await admin.Context.CloseAsync();
    }
}
