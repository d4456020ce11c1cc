using static Microsoft.Playwright.Assertions;

namespace JrCasework.EndToEndTests;

[Collection(BrowserCollection.Name)]
public sealed class LanguageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task TheSwitch_TurnsStaticAndInteractivePagesDutchAndBack_AndIsRemembered()
    {
        var page = await fixture.NewPageAsync(locale: "en-GB");
        await page.GotoAsync("Account/Login");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");

        await page.Locator("#culture-nl").ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("Aanmelden");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        await page.ScreenshotAsync("sign-in-nl");

        await page.SignInAsync(DemoData.Manager.Email, DemoData.Password);
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Opvolgdashboard");
        await Expect(page.Locator("#sign-out")).ToHaveTextAsync("Afmelden");
        await page.ScreenshotAsync("start-page-manager-nl");

        await page.Locator("#culture-en").ClickAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Follow-up dashboard");
        await Expect(page).ToHaveURLAsync(new Uri(fixture.BaseAddress, "dashboard").ToString());

        await page.Locator("#culture-nl").ClickAsync();
        await page.WaitForInteractiveAsync();
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Opvolgdashboard");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ADutchBrowser_GetsDutchWithoutChoosing()
    {
        var page = await fixture.NewPageAsync(locale: "nl-BE");

        await page.SignInAsync(DemoData.SupervisorLogistics.Email, DemoData.Password);
        await page.WaitForInteractiveAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("Mijn casussen");
        await Expect(page.Locator("#culture-nl")).ToHaveAttributeAsync("aria-pressed", "true");
        await page.ScreenshotAsync("start-page-tom-nl");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task OnATabletWidthScreen_TheTopBarAndPageStayReadable()
    {
        var page = await fixture.NewPageAsync(width: 768, height: 1024);

        await page.SignInAsync(DemoData.Admin.Email, DemoData.Password);
        await page.WaitForInteractiveAsync();

        await Expect(page.Locator("#users-table")).ToBeVisibleAsync();
        await Expect(page.Locator("#sign-out")).ToBeInViewportAsync();
        await page.ScreenshotAsync("admin-users-tablet");
        await page.Context.CloseAsync();
    }
}
