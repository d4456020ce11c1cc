namespace JrCasework.EndToEndTests;

public sealed class SignInTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    public static TheoryData<string, string, string> StartPages => new()
    {
        { DemoData.SupervisorProduction.Email, "cases", "My cases" },
        { DemoData.SupervisorLogistics.Email, "cases", "My cases" },
        { DemoData.Manager.Email, "dashboard", "Follow-up dashboard" },
        { DemoData.Hr.Email, "outcomes", "Outcomes" },
        { DemoData.Admin.Email, "admin/users", "Users" },
    };

    [Theory]
    [MemberData(nameof(StartPages))]
    public async Task EachDemoRole_SignsIn_AndLandsOnItsOwnStartPage(string email, string startPath, string heading)
    {
        var page = await NewPageAsync();

        await page.SignInAsync(email, DemoData.Password);

        await page.ArriveAtAsync(startPath);
        await Expect(page.Locator("h1")).ToHaveTextAsync(heading);
        await Expect(page.Locator(".jr-user")).ToHaveTextAsync(DemoData.Accounts.Single(a => a.Email == email).DisplayName);
        await page.ScreenshotAsync($"start-page-{email.Split('@')[0]}");
    }

    [Fact]
    public async Task WrongPassword_ShowsTheError_AndStaysOnSignIn()
    {
        var page = await NewPageAsync();

        await page.SignInAsync(DemoData.SupervisorProduction.Email, "not-the-password");

        await Expect(page.Locator("#status-message")).ToContainTextAsync("The e-mail address or password is not correct, or there have been too many attempts.");
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
        await page.ScreenshotAsync("sign-in-wrong-password");
    }

    [Fact]
    public async Task EmptyForm_ShowsWhichFieldsAreRequired()
    {
        var page = await NewPageAsync("nl-NL");
        await page.GotoAsync("Account/Login");

        await page.Locator("#login-submit").ClickAsync();

        await Expect(page.Locator(".jr-field-error")).ToHaveTextAsync(["Dit veld is verplicht.", "Dit veld is verplicht."]);
        await page.ScreenshotAsync("sign-in-empty-nl");
    }

    [Fact]
    public async Task SigningOut_ReturnsToSignIn_AndProtectedPagesAskToSignInAgain()
    {
        var page = await SignedInPageAsync(DemoData.Hr);

        await page.Locator("#sign-out").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));

        await page.GotoAsync("outcomes");
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login\\?ReturnUrl=%2Foutcomes"));
    }

    [Fact]
    public async Task ASupervisor_OpeningTheAdminPage_SeesNoAccess()
    {
        var page = await SignedInPageAsync(DemoData.SupervisorProduction);

        await page.GotoAsync("admin/users");

        await Expect(page).ToHaveURLAsync(new Regex("/Account/AccessDenied"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("No access");
        await Expect(page.Locator("#users-table")).ToHaveCountAsync(0);
    }
}
