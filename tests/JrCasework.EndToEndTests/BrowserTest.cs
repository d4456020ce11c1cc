namespace JrCasework.EndToEndTests;

/// <summary>
/// A class of browser tests: in the browser collection (one app, one Chromium), with pages opened in browser contexts
/// of their own. Every context a test opened is closed after it, also when the test fails, so no live circuit of a
/// failed test keeps the app and the browser busy while the next tests run.
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(BrowserFixture fixture) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];

    /// <summary>The running app and browser: the database and services behind what a test does in the browser.</summary>
    protected BrowserFixture Fixture => fixture;

    /// <summary>A fresh browser context (no cookies, unless <paramref name="storageState"/> brings them) that asks for <paramref name="locale"/>, on the shared app or <paramref name="baseAddress"/>.</summary>
    protected async Task<IPage> NewPageAsync(string locale = "en-GB", int width = 1280, int height = 800, string? storageState = null, Uri? baseAddress = null)
    {
        var page = await fixture.NewPageAsync(locale, width, height, storageState, baseAddress);
        _contexts.Add(page.Context);
        return page;
    }

    /// <summary>A fresh browser context signed in as <paramref name="account"/> through the real sign-in page, on its start page, live.</summary>
    protected async Task<IPage> SignedInPageAsync(DemoAccount account, string locale = "en-GB", int width = 1280, int height = 800)
    {
        var page = await NewPageAsync(locale, width, height);
        await page.SignInAsAsync(account);
        return page;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        var violations = _contexts.SelectMany(CspWatch.ViolationsIn).ToList();
        _contexts.ForEach(CspWatch.Forget);

        // Closing a context a test has closed itself already does nothing.
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        // Every page a browser test opened keeps to the Content-Security-Policy (no inline script or handler it blocked).
        Assert.True(violations.Count == 0, "Content-Security-Policy violations:\n" + string.Join("\n", violations));
    }
}
