using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

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

    /// <summary>On the change-password page a first or temporary password opens: replaces it, which leads to the start page.</summary>
    public static async Task ReplaceFirstPasswordAsync(this IPage page, string first, string chosen)
    {
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Manage/ChangePassword$"));
        await page.Locator("[id='Input.OldPassword']").FillAsync(first);
        await page.Locator("[id='Input.NewPassword']").FillAsync(chosen);
        await page.Locator("[id='Input.ConfirmPassword']").FillAsync(chosen);
        await page.Locator("#change-password-submit").ClickAsync();
    }

    /// <summary>Signs in as the demo account through the real sign-in page, and waits until its start page is live.</summary>
    public static async Task SignInAsAsync(this IPage page, DemoAccount account)
    {
        await page.SignInAsync(account.Email, DemoData.Password);
        await page.WaitForInteractiveAsync();
    }

    /// <summary>Waits until the Blazor circuit is connected, so clicks reach the server (slow on a busy machine, hence the longer wait).</summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        Expect(page.Locator("#render-mode")).ToHaveAttributeAsync("data-interactive", "true", new() { Timeout = 20_000 });

    /// <summary>Goes to <paramref name="address"/> (relative to the app) and waits until the page is live.</summary>
    public static async Task OpenAsync(this IPage page, string address)
    {
        await page.GotoAsync(address);
        await page.WaitForInteractiveAsync();
    }

    /// <summary>Opens the case, at <paramref name="step"/> when one is given, and waits until the page is live and shows its step.</summary>
    public static async Task OpenCaseAsync(this IPage page, int caseId, string? step = null)
    {
        await page.OpenAsync(step is null ? $"cases/{caseId}" : $"cases/{caseId}?step={step}");
        await Expect(page.Locator("#step-title")).ToBeVisibleAsync();
    }

    /// <summary>Expects the page at exactly <paramref name="address"/> (relative to the app), and waits until it is live.</summary>
    public static async Task ArriveAtAsync(this IPage page, string address)
    {
        await Expect(page).ToHaveURLAsync(address);
        await page.WaitForInteractiveAsync();
    }

    /// <summary>Expects the page at an address <paramref name="address"/> matches, and waits until it is live.</summary>
    public static async Task ArriveAtAsync(this IPage page, Regex address)
    {
        await Expect(page).ToHaveURLAsync(address);
        await page.WaitForInteractiveAsync();
    }

    /// <summary>Clicks <paramref name="link"/>, expects the page at exactly <paramref name="address"/> (relative to the app), and waits until it is live.</summary>
    public static async Task FollowAsync(this IPage page, ILocator link, string address)
    {
        await link.ClickAsync();
        await page.ArriveAtAsync(address);
    }

    /// <summary>Clicks <paramref name="link"/>, expects the page at an address <paramref name="address"/> matches, and waits until it is live.</summary>
    public static async Task FollowAsync(this IPage page, ILocator link, Regex address)
    {
        await link.ClickAsync();
        await page.ArriveAtAsync(address);
    }

    /// <summary>Clicks the link <paramref name="selector"/> finds, expects the page at exactly <paramref name="address"/>, and waits until it is live.</summary>
    public static Task FollowAsync(this IPage page, string selector, string address) => page.FollowAsync(page.Locator(selector), address);

    /// <summary>Clicks the link <paramref name="selector"/> finds, expects the page at an address <paramref name="address"/> matches, and waits until it is live.</summary>
    public static Task FollowAsync(this IPage page, string selector, Regex address) => page.FollowAsync(page.Locator(selector), address);

    /// <summary>Switches the app to <paramref name="language"/> ("en" or "nl") with the top bar's switch, and waits until the page is live again.</summary>
    public static async Task SwitchLanguageAsync(this IPage page, string language)
    {
        await page.Locator($"#culture-{language}").ClickAsync();
        await page.WaitForInteractiveAsync();
    }

    /// <summary>Saves a screenshot under artifacts/screenshots: the full page, or only the window (to show an open pop-up where it is).</summary>
    public static Task ScreenshotAsync(this IPage page, string name, bool fullPage = true) =>
        page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(BrowserFixture.ScreenshotDirectory, name + ".png"),
            FullPage = fullPage,
        });

    /// <summary>A full-page screenshot taken from the top, so the fixed top bar stays at the top of the picture.</summary>
    public static async Task TopScreenshotAsync(this IPage page, string name)
    {
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync(name);
    }

    /// <summary>What axe checks on every page: WCAG 2.1 A and AA.</summary>
    public static AxeRunOptions Wcag21Aa => new() { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } };

    /// <summary>Runs axe on the page as it is now; fails with every violation named.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        var result = await page.RunAxe(Wcag21Aa);
        Assert.True(result.Violations.Length == 0, string.Join("; ", result.Violations.Select(v => $"{v.Id}: {v.Help}")));
    }

    /// <summary>Signs out with the top bar's button and waits for the sign-in page.</summary>
    public static async Task SignOutAsync(this IPage page)
    {
        await page.Locator("#sign-out").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
    }
}
