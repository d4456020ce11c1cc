using JrCasework.TestSupport;

namespace JrCasework.EndToEndTests;

/// <summary>
/// Two-step sign-in in the browser, on an app of its own that requires it of HR (the shared app does not, so the other
/// tests sign HR in with the password alone): set-up forced after the password, the app's code computed here from the
/// key the page shows, and a recovery code when the phone is not at hand.
/// </summary>
public sealed class TwoFactorTests(BrowserFixture fixture) : BrowserTest(fixture), IAsyncLifetime
{
    private readonly JrCaseworkFactory _app = new() { Settings = { ["TwoFactor:RequiredRoles"] = "HR,Admin" } };

    [Fact]
    public async Task Hr_SetsItUpAfterThePassword_ThenSignsInWithTheAppsCode_AndWithARecoveryCode()
    {
        var address = _app.StartOnRealPort();
        var page = await NewPageAsync(baseAddress: address);

        // The password, then nothing but the set-up.
        await page.SignInAsync(DemoData.Hr.Email, DemoData.Password);
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Manage/TwoFactor/Enable$"));
        await Expect(page.Locator("#must-enrol-two-factor")).ToBeVisibleAsync();
        await page.ScreenshotAsync("two-factor-set-up");
        await page.GotoAsync("outcomes");
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Manage/TwoFactor/Enable$"));
        await page.Locator("#two-factor-start").ClickAsync();
        await Expect(page.Locator("#two-factor-qr")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        // The app's code, from the key on the page.
        var key = await page.Locator("#two-factor-key").InnerTextAsync();
        var enrolCode = Totp.Code(key, DateTimeOffset.UtcNow);
        await page.Locator("[id='Input.Code']").FillAsync(enrolCode);
        await page.Locator("#two-factor-verify").ClickAsync();
        await Expect(page.Locator("#recovery-codes li")).ToHaveCountAsync(10);
        var recoveryCode = await page.Locator("#recovery-codes li").First.InnerTextAsync();
        await page.ScreenshotAsync("two-factor-recovery-codes");
        await page.Locator("#two-factor-continue").ClickAsync();
        await page.WaitForInteractiveAsync();
        await page.GotoAsync("outcomes");
        await Expect(page.Locator("#outcome-filters")).ToBeVisibleAsync();

        // Signing in again: the password, then the app's code.
        await page.SignOutAsync();
        await page.SignInAsync(DemoData.Hr.Email, DemoData.Password);
        await Expect(page).ToHaveURLAsync(new Regex("/Account/LoginWithTwoFactor"));
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("two-factor-code");
        // A code counts once: the app's next one, as a person would wait for it.
        await page.Locator("[id='Input.Code']").FillAsync(await NextCodeAsync(key, enrolCode));
        await page.Locator("#two-factor-submit").ClickAsync();
        await page.WaitForInteractiveAsync();

        // And with a recovery code instead.
        await page.SignOutAsync();
        await page.SignInAsync(DemoData.Hr.Email, DemoData.Password);
        await page.Locator("#two-factor-other-way").ClickAsync();
        await Expect(page.Locator("label[for='Input.Code']")).ToHaveTextAsync("Recovery code");
        await page.AssertAccessibleAsync();
        await page.Locator("[id='Input.Code']").FillAsync(recoveryCode);
        await page.Locator("#two-factor-submit").ClickAsync();
        await page.WaitForInteractiveAsync();
        await page.GotoAsync("Account/Manage/TwoFactor");
        await Expect(page.Locator("#recovery-codes-left")).ToContainTextAsync("Recovery codes left: 9");
        await Expect(page.Locator("#two-factor-required")).ToBeVisibleAsync();
        await page.ScreenshotAsync("two-factor-profile");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        try
        {
            await DisposeAsync();
        }
        finally
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>Waits (at most one 30-second step) until the app shows a code other than <paramref name="used"/>.</summary>
    private static async Task<string> NextCodeAsync(string key, string used)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(35);
        while (Totp.Code(key, DateTimeOffset.UtcNow) == used)
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "The app's code did not change within a step.");
            await Task.Delay(250);
        }

        return Totp.Code(key, DateTimeOffset.UtcNow);
    }
}
