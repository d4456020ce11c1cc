namespace JrCasework.EndToEndTests;

/// <summary>The steps every browser test repeats, written once.</summary>
internal static class PageExtensions
{
    /// <summary>Signs in through the real sign-in page.</summary>
    public static async Task SignInAsync(this IPage page, string email, string password)
    {
        await page.GotoAsync("Account/Login");
        await page.Locator("[id='Input.Email']").FillAsync(email);
        await page.Locator("[id='Input.Password']").FillAsync(password);
        await page.Locator("#login-submit").ClickAsync();
    }

    /// <summary>Waits until the Blazor circuit is connected, so clicks reach the server (slow on a busy machine, hence the longer wait).</summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        Assertions.Expect(page.Locator("#render-mode")).ToHaveAttributeAsync("data-interactive", "true", new() { Timeout = 20_000 });

    /// <summary>Saves a screenshot under artifacts/screenshots: the full page, or only the window (to show an open pop-up where it is).</summary>
    public static Task ScreenshotAsync(this IPage page, string name, bool fullPage = true) =>
        page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(BrowserFixture.ScreenshotDirectory, name + ".png"),
            FullPage = fullPage,
        });
}
