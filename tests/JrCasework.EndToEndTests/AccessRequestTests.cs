namespace JrCasework.EndToEndTests;

/// <summary>An administrator asks for a manager account; it cannot sign in until HR confirms the role on its own page.</summary>
public sealed class AccessRequestTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task AManagerAccount_WaitsForHr_ThenSignsIn()
    {
        const string name = "Mila Manager";
        var email = $"mila-{Guid.NewGuid():N}@example.com";
        const string password = "Fietsenstalling-2027";
        var admin = await SignedInPageAsync(DemoData.Admin);

        await admin.Locator("#new-user").ClickAsync();
        await admin.Locator("#user-name").FillAsync(name);
        await admin.Locator("#user-email").FillAsync(email);
        await admin.Locator("#new-user-form div.mud-select").Filter(new() { HasText = "Role" }).First.ClickAsync();
        await admin.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Manager" }).ClickAsync();
        await Expect(admin.Locator("#new-user-form")).ToContainTextAsync("An HR user must confirm this role before it applies.");
        await admin.Locator("#new-user-form div.mud-select").Filter(new() { HasText = "Org unit" }).First.ClickAsync();
        await admin.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = DemoData.Logistics }).ClickAsync();
        await admin.Locator("#user-password").FillAsync(password);
        await admin.ScreenshotAsync("admin-new-manager-needs-confirmation");
        await admin.Locator("#create-user").ClickAsync();
        await Expect(admin.Locator(".mud-snackbar")).ToContainTextAsync("They can sign in once an HR user has confirmed the role Manager.");
        await Expect(admin.Locator("#users-table tr").Filter(new() { HasText = email })).ToContainTextAsync("Awaiting HR: Manager");

        var mila = await NewPageAsync();
        await mila.SignInAsync(email, password);
        await Expect(mila.Locator("#status-message")).ToHaveTextAsync("Your account is waiting for HR to confirm its role. You can sign in once they have.");

        var hr = await SignedInPageAsync(DemoData.Hr, "nl-NL");
        await hr.Locator(".jr-topnav").GetByText("Toegangsverzoeken").ClickAsync();
        var request = hr.Locator("#requests-table tr").Filter(new() { HasText = email });
        await Expect(request).ToContainTextAsync("Nieuw account als Manager");
        await Expect(request).ToContainTextAsync(DemoData.Admin.DisplayName);
        await hr.ScreenshotAsync("access-requests-nl");
        await request.GetByRole(AriaRole.Button, new() { Name = $"Bevestigen: {name}" }).ClickAsync();
        await Expect(hr.Locator(".mud-snackbar")).ToContainTextAsync($"{name} heeft nu de rol Manager.");
        await Expect(hr.Locator("#requests-table tr").Filter(new() { HasText = email })).ToHaveCountAsync(0);

        await mila.SignInAsync(email, password);
        await mila.ReplaceFirstPasswordAsync(password, "Zeilboot-Haven-2027");
        await mila.WaitForInteractiveAsync();
        await Expect(mila.Locator("h1")).ToHaveTextAsync("Follow-up dashboard");
    }
}
