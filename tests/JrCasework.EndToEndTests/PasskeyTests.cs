namespace JrCasework.EndToEndTests;

/// <summary>
/// Passkeys in the browser (decision 031), with Chromium's virtual authenticator standing in for the device's
/// fingerprint or face: one added in the profile after the password, signing in with it alone, renaming and removing it.
/// </summary>
public sealed class PasskeyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task APasskeyAddedInTheProfile_SignsIn_AndOnceRemovedNoLonger()
    {
        var user = await Fixture.CreateUserAsync("Lotte Passkey", "lotte.passkey@example.com", "Production");
        var page = await NewPageAsync();
        await AddVirtualAuthenticatorAsync(page);
        await page.SignInAsync(user.Email!, DemoData.Password);
        await page.WaitForInteractiveAsync();

        // The name and the password, then the browser makes the passkey.
        await page.GotoAsync("Account/Manage/Passkeys");
        await Expect(page.Locator("#no-passkeys")).ToBeVisibleAsync();
        await page.Locator("[id='Confirm.Name']").FillAsync("Work laptop");
        await page.Locator("[id='Confirm.Password']").FillAsync(DemoData.Password);
        await page.Locator("#passkey-continue").ClickAsync();
        await Expect(page.Locator("#passkey-ready")).ToContainTextAsync("Work laptop");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("passkey-ready");
        await page.Locator("#passkey-create-button").ClickAsync();
        await Expect(page.Locator("#status-message")).ToHaveTextAsync("The passkey \"Work laptop\" was added. You can now sign in with it.");
        await Expect(page.Locator("#passkeys li")).ToHaveCountAsync(1);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("passkeys");

        // Signing in with it: no e-mail address, no password.
        await page.SignOutAsync();
        await page.AssertAccessibleAsync();
        await page.Locator("#passkey-sign-in-button").ClickAsync();
        await page.WaitForInteractiveAsync();
        await page.GotoAsync("Account/Manage/Sessions");
        await Expect(page.Locator("#sessions tbody tr").First).ToContainTextAsync("with a passkey");

        // Renamed, then removed after the question.
        await page.GotoAsync("Account/Manage/Passkeys");
        await page.Locator("#passkeys button", new() { HasText = "Rename" }).ClickAsync();
        await page.Locator("[id='Change.Name']").FillAsync("Old laptop");
        await page.Locator("[id='Change.Name']").PressAsync("Enter");
        await Expect(page.Locator(".jr-passkey-name")).ToHaveTextAsync("Old laptop");
        await page.Locator("#passkeys button", new() { HasText = "Remove" }).ClickAsync();
        await Expect(page.Locator("#passkey-remove-question")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.Locator("#passkey-confirm-remove").ClickAsync();
        await Expect(page.Locator("#no-passkeys")).ToBeVisibleAsync();

        // The device still holds it, but the app no longer knows it.
        await page.SignOutAsync();
        await page.Locator("#passkey-sign-in-button").ClickAsync();
        await Expect(page.Locator(".jr-passkey-sign-in #status-message")).ToContainTextAsync("That passkey did not sign you in.");
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
        await page.ScreenshotAsync("passkey-unknown");
    }

    [Fact]
    public async Task WithoutAPasskeyOnTheDevice_TheSignInPageSaysSo_InDutch()
    {
        var page = await NewPageAsync("nl-NL");
        // A device that holds nothing for this site: the browser's request ends without a passkey.
        await AddVirtualAuthenticatorAsync(page);
        await page.GotoAsync("Account/Login");

        await page.Locator("#passkey-sign-in-button").ClickAsync();

        await Expect(page.Locator(".jr-passkey-sign-in #status-message")).ToContainTextAsync("Er is geen toegangssleutel gebruikt");
        await page.AssertAccessibleAsync();
    }

    /// <summary>
    /// A platform authenticator that holds passkeys and verifies its user at once (as a fingerprint would), for this page's
    /// browser context, through the Chrome DevTools Protocol.
    /// </summary>
    private static async Task AddVirtualAuthenticatorAsync(IPage page)
    {
        var devTools = await page.Context.NewCDPSessionAsync(page);
        await devTools.SendAsync("WebAuthn.enable");
        await devTools.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2",
                ["transport"] = "internal",
                ["hasResidentKey"] = true,
                ["hasUserVerification"] = true,
                ["isUserVerified"] = true,
                ["automaticPresenceSimulation"] = true,
            },
        });
    }
}
