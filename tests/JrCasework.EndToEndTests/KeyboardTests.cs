namespace JrCasework.EndToEndTests;

/// <summary>Keyboard users: a skip link first, and a focus they can see on every control of the top bar.</summary>
public sealed class KeyboardTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string HasVisibleFocus =
        "e => { const s = getComputedStyle(e); return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none'; }";

    [Theory]
    [InlineData("en-GB", "Skip to content")]
    [InlineData("nl-NL", "Naar de inhoud")]
    public async Task TheFirstTab_ReachesTheSkipLink_WhichMovesFocusToTheContent(string language, string skip)
    {
        var page = await SignedInPageAsync(DemoData.SupervisorProduction, language);

        // Blazor puts the focus on the page's heading after a navigation, so ask the tab order itself what comes first.
        var first = await page.EvaluateAsync<string>(
            "() => [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')].find(e => e.tabIndex >= 0 && !e.disabled && e.type !== 'hidden')?.id");
        Assert.Equal("skip-to-content", first);

        var link = page.Locator("#skip-to-content");
        await link.FocusAsync();
        await Expect(link).ToBeFocusedAsync();
        await Expect(link).ToHaveTextAsync(skip);
        await Expect(link).ToBeInViewportAsync();
        await page.ScreenshotAsync($"skip-link-{language[..2]}", fullPage: false);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#main-content")).ToBeFocusedAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/cases$"));
    }

    [Fact]
    public async Task TheSignInButton_ShowsWhereTheKeyboardIs()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("Account/Login");

        var button = page.Locator("#login-submit");
        await TabToAsync(page, button);

        Assert.True(await button.EvaluateAsync<bool>(HasVisibleFocus), "The sign-in button has no visible focus.");
        await page.ScreenshotAsync("sign-in-focus-en", fullPage: false);
    }

    [Fact]
    public async Task EveryControlInTheTopBar_ShowsWhereTheKeyboardIs()
    {
        var page = await SignedInPageAsync(DemoData.SupervisorProduction);

        var controls = page.Locator(".jr-appbar a, .jr-appbar button");
        var count = await controls.CountAsync();
        Assert.True(count >= 6, $"Expected the brand, the menu, the languages, the bell, the user and sign out; found {count}.");
        for (var i = 0; i < count; i++)
        {
            var control = controls.Nth(i);
            await TabToAsync(page, control);
            var name = await control.EvaluateAsync<string>("e => e.id || e.className || e.textContent");
            Assert.True(await control.EvaluateAsync<bool>(HasVisibleFocus), $"No visible focus on the top bar's {name}.");
            if (await control.EvaluateAsync<bool>("e => e.classList.contains('active')"))
            {
                await page.ScreenshotAsync("top-bar-focus-active-menu-en", fullPage: false);
            }
        }
    }

    /// <summary>Presses Tab until <paramref name="target"/> has the focus, as a keyboard user would.</summary>
    private static async Task TabToAsync(IPage page, ILocator target)
    {
        for (var presses = 0; presses < 40; presses++)
        {
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail("The keyboard never reached the control.");
    }
}
