namespace JrCasework.EndToEndTests;

public sealed class LanguageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task TheSwitch_TurnsStaticAndInteractivePagesDutchAndBack_AndIsRemembered()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("Account/Login");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");

        await page.Locator("#culture-nl").ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("Aanmelden");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        await page.ScreenshotAsync("sign-in-nl");

        await page.SignInAsAsync(DemoData.Manager);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Opvolgdashboard");
        await Expect(page.Locator("#sign-out")).ToHaveTextAsync("Afmelden");
        await page.ScreenshotAsync("start-page-manager-nl");

        await page.SwitchLanguageAsync("en");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Follow-up dashboard");
        await Expect(page).ToHaveURLAsync("dashboard");

        await page.SwitchLanguageAsync("nl");
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Opvolgdashboard");
    }

    [Fact]
    public async Task ADutchBrowser_GetsDutchWithoutChoosing()
    {
        var page = await SignedInPageAsync(DemoData.SupervisorLogistics, "nl-BE");

        await Expect(page.Locator("h1")).ToHaveTextAsync("Mijn casussen");
        await Expect(page.Locator("#culture-nl")).ToHaveAttributeAsync("aria-pressed", "true");
        await page.ScreenshotAsync("start-page-tom-nl");
    }

    [Fact]
    public async Task OnATabletWidthScreen_TheTopBarAndPageStayReadable()
    {
        var page = await SignedInPageAsync(DemoData.Admin, width: 768, height: 1024);

        await Expect(page.Locator("#users-table")).ToBeVisibleAsync();
        await Expect(page.Locator("#sign-out")).ToBeInViewportAsync();
        await page.ScreenshotAsync("admin-users-tablet");
    }
}
