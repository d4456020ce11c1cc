using JrCasework.TestSupport;

namespace JrCasework.EndToEndTests;

/// <summary>
/// Single sign-on in the browser (decision 032), on an app of its own that uses a real OpenID Connect provider on
/// loopback: the sign-in page's button, the provider, and back signed in; an address without an account is told so.
/// </summary>
public sealed class SingleSignOnTests(BrowserFixture fixture) : BrowserTest(fixture), IAsyncLifetime
{
    private readonly JrCaseworkFactory _app = new();
    private OidcTestProvider _provider = default!;
    private Uri _address = default!;

    async Task IAsyncLifetime.InitializeAsync()
    {
        _provider = await OidcTestProvider.StartAsync();
        _provider.ServeSignOnOf(_app);
        _address = _app.StartOnRealPort();
    }

    [Fact]
    public async Task TheOrganisationsButton_SignsIn_ThroughTheProvider()
    {
        _provider.SignedInEmail = DemoData.SupervisorProduction.Email;
        var page = await NewPageAsync(baseAddress: _address);
        await page.GotoAsync("cases");
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
        await Expect(page.Locator("#single-sign-on-button")).ToHaveTextAsync("Sign in with Van Dijk account");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("single-sign-on-login");

        await page.Locator("#single-sign-on-button").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/cases$"));
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("#new-case")).ToBeVisibleAsync();
        Assert.Equal(1, _provider.AuthorizationRequests);
    }

    [Fact]
    public async Task AnAddressWithoutAnAccount_IsToldSo_InDutch()
    {
        _provider.SignedInEmail = "nieuwe.collega@example.com";
        var page = await NewPageAsync("nl-NL", baseAddress: _address);
        await page.GotoAsync("Account/Login");

        await page.Locator("#single-sign-on-button").ClickAsync();

        await Expect(page.Locator("#single-sign-on-problem")).ToHaveTextAsync(
            "Er is hier geen account voor nieuwe.collega@example.com. Accounts worden gemaakt door een beheerder: vraag het je beheerder.");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("single-sign-on-no-account");
        await page.Locator("#back-to-sign-in").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
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
            await _provider.DisposeAsync();
        }
    }
}
