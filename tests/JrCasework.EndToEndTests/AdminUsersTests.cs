namespace JrCasework.EndToEndTests;

public sealed class AdminUsersTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    /// <summary>What a new user chooses in place of the first password the administrator gave them.</summary>
    private const string ChosenPassword = "Zeilboot-Haven-2027";

    [Fact]
    public async Task AnAdministrator_CreatesAUser_ThenDisablesThem_AndTheyCanNoLongerSignIn()
    {
        const string name = "Wim Verbeek";
        const string email = "wim.verbeek@example.com";
        const string password = "Welkom-2026-Wim";
        var admin = await SignedInPageAsync(DemoData.Admin);

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

        var newUser = await NewPageAsync();
        await newUser.SignInAsync(email, password);
        await newUser.ReplaceFirstPasswordAsync(password, ChosenPassword);
        await newUser.WaitForInteractiveAsync();
        await Expect(newUser.Locator("h1")).ToHaveTextAsync("My cases");
        await newUser.Context.CloseAsync();

        await row.GetByRole(AriaRole.Button, new() { Name = $"Disable {name}" }).ClickAsync();
        await Expect(admin.Locator(".mud-dialog")).ToContainTextAsync($"Disable {name}?");
        await admin.ScreenshotAsync("admin-disable-confirm");
        await admin.Locator(".mud-dialog button").Filter(new() { HasText = "Disable" }).ClickAsync();
        await Expect(row).ToContainTextAsync("Disabled");
        await admin.ScreenshotAsync("admin-users-after-disable");

        var disabled = await NewPageAsync();
        await disabled.SignInAsync(email, ChosenPassword);
        await Expect(disabled.Locator("#status-message")).ToHaveTextAsync("This account has been disabled. Ask your administrator if you need access.");
        await disabled.ScreenshotAsync("sign-in-disabled-user");
    }

    [Fact]
    public async Task AnAdministrator_EditsAUserAndSetsANewPassword_AndTheUserMustChangeItBeforeReachingTheirStartPage()
    {
        const string email = "lotte.smit@example.com";
        await CreateSupervisorAsync("Lotte Smit", email, "Vergeten-2026-Tulp");
        var admin = await SignedInPageAsync(DemoData.Admin);
        var row = admin.Locator("#users-table tr").Filter(new() { HasText = email });

        await row.GetByRole(AriaRole.Button, new() { Name = "Edit Lotte Smit" }).ClickAsync();
        var edit = admin.Locator(".mud-dialog:has(#edit-user-title)");
        await Expect(admin.Locator("#edit-user-title")).ToHaveTextAsync("Edit Lotte Smit");
        await Expect(admin.Locator("#edit-user-name")).ToHaveValueAsync("Lotte Smit");
        await admin.Locator("#edit-user-name").FillAsync("Lotte de Smit");
        await admin.Locator("#edit-user-email").FillAsync("not an address");
        await admin.Locator("#edit-user-save").ClickAsync();
        await Expect(edit).ToContainTextAsync("Enter a valid e-mail address");
        await admin.Locator("#edit-user-email").FillAsync(email);
        await admin.ScreenshotAsync("admin-edit-user-dialog", fullPage: false);
        await admin.Locator("#edit-user-save").ClickAsync();
        await Expect(edit).ToBeHiddenAsync();
        await Expect(row).ToContainTextAsync("Lotte de Smit");

        await row.GetByRole(AriaRole.Button, new() { Name = "Set a new password: Lotte de Smit" }).ClickAsync();
        var dialog = admin.Locator(".mud-dialog:has(#password-title)");
        await Expect(admin.Locator("#password-title")).ToHaveTextAsync("Set a new password for Lotte de Smit");
        await admin.Locator("#generate-password").ClickAsync();
        await Expect(admin.Locator("#temporary-password")).Not.ToHaveValueAsync("");
        var temporary = await admin.Locator("#temporary-password").InputValueAsync();
        await admin.ScreenshotAsync("admin-set-password-dialog", fullPage: false);
        await admin.Locator("#password-save").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(row).ToContainTextAsync("Must change password");
        await admin.ScreenshotAsync("admin-users-after-set-password");

        var user = await NewPageAsync();
        await user.SignInAsync(email, temporary);
        await Expect(user).ToHaveURLAsync(new Regex("/Account/Manage/ChangePassword$"));
        await Expect(user.Locator("#must-change-password")).ToContainTextAsync("Choose your own password to continue.");
        await user.ScreenshotAsync("forced-change-password");
        await user.GotoAsync("cases");
        await Expect(user).ToHaveURLAsync(new Regex("/Account/Manage/ChangePassword$"));

        await user.ReplaceFirstPasswordAsync(temporary, "Mijn-Eigen-2026-Roos");
        await user.WaitForInteractiveAsync();
        await Expect(user.Locator("h1")).ToHaveTextAsync("My cases");
        await user.ScreenshotAsync("after-forced-change-start-page");

        await admin.ReloadAsync();
        await Expect(row).Not.ToContainTextAsync("Must change password");
    }

    private Task CreateSupervisorAsync(string name, string email, string password) =>
        Fixture.CreateUserAsync(name, email, DemoData.Logistics, password: password);
}
