namespace JrCasework.EndToEndTests;

/// <summary>
/// The Content-Security-Policy in the browser: a script slipped into the page does not run (and the watch every
/// browser test has, <see cref="CspWatch"/>, hears it), while what the markup once did in onclick attributes still
/// works from page.js.
/// </summary>
public sealed class ContentSecurityPolicyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task AnInlineScriptSlippedIntoThePage_DoesNotRun_AndTheViolationIsHeard()
    {
        var page = await SignedInPageAsync(DemoData.SupervisorProduction);

        await page.EvaluateAsync("""
            () => {
                const script = document.createElement("script");
                script.textContent = "window.slippedIn = true";
                document.body.append(script);
                document.body.insertAdjacentHTML("beforeend", '<img src="/favicon.png" onload="window.handlerRan = true">');
            }
            """);

        await EventuallyAsync(() => Task.FromResult(CspWatch.ViolationsIn(page.Context).Count >= 2));
        Assert.Null(await page.EvaluateAsync<bool?>("() => window.slippedIn"));
        Assert.Null(await page.EvaluateAsync<bool?>("() => window.handlerRan"));
        Assert.Contains(CspWatch.ViolationsIn(page.Context), v => v.StartsWith("script-src-elem blocked inline", StringComparison.Ordinal));
        Assert.Contains(CspWatch.ViolationsIn(page.Context), v => v.StartsWith("script-src-attr blocked inline", StringComparison.Ordinal));
        CspWatch.Forget(page.Context);
    }

    [Fact]
    public async Task SigningOut_ForgetsWhatTheTabKept()
    {
        var page = await SignedInPageAsync(DemoData.SupervisorProduction);
        await page.EvaluateAsync("() => sessionStorage.setItem('jr-draft:test', 'typed before signing out')");

        await page.Locator("#sign-out").ClickAsync();

        // Its own sign-in page, not the one that says the sign-in ended elsewhere.
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
        Assert.DoesNotContain("ended=true", page.Url, StringComparison.Ordinal);
        await Expect(page.Locator("#session-ended")).ToHaveCountAsync(0);
        Assert.Null(await page.EvaluateAsync<string?>("() => sessionStorage.getItem('jr-draft:test')"));
    }

    [Fact]
    public async Task TheReloadLinkOfAStoppedPage_LoadsThePageAgain()
    {
        var page = await SignedInPageAsync(DemoData.SupervisorProduction);
        var address = page.Url;
        await page.EvaluateAsync("() => { window.beforeReload = true; document.getElementById('blazor-error-ui').style.display = 'block'; }");

        await page.Locator("#blazor-error-ui .reload").ClickAsync();

        await EventuallyAsync(async () => await page.EvaluateAsync<bool?>("() => window.beforeReload ?? null") is null);
        Assert.Equal(address, page.Url);
    }

    [Fact]
    public async Task ThePrintButton_OpensThePrintDialog()
    {
        var page = await SignedInPageAsync(DemoData.Hr);
        await page.GotoAsync("reports/print");
        await Expect(page.Locator("#report-print-now")).ToBeVisibleAsync();

        await page.EvaluateAsync("() => { window.printed = 0; window.print = () => window.printed++; }");
        await page.Locator("#report-print-now").ClickAsync();

        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.printed"));
    }

    /// <summary>Waits, up to five seconds, until <paramref name="condition"/> holds.</summary>
    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var waited = 0; !await condition(); waited += 100)
        {
            Assert.True(waited < 5_000, "The condition did not hold within five seconds.");
            await Task.Delay(100);
        }
    }
}
