namespace JrCasework.EndToEndTests;

/// <summary>A page whose connection is lost, or whose circuit crashed, must not look alive (issue 11, defect 2).</summary>
public sealed class DeadPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [InlineData("en-GB", "Not live: the connection to the server is lost. Reload the page.", "connection")]
    [InlineData("nl-NL", "Niet live: de verbinding met de server is verbroken. Laad de pagina opnieuw.", "verbinding")]
    public async Task WhenTheConnectionIsLost_TheDotGoesDown_AndTheReconnectMessageShows(string language, string downLabel, string reconnecting)
    {
        var page = await NewPageAsync(language);
        IWebSocketRoute? circuit = null;
        var cut = false;
        await page.RouteWebSocketAsync("**/_blazor**", socket =>
        {
            if (cut)
            {
                // Every attempt to reconnect is refused, as when the server is gone.
                _ = socket.CloseAsync();
                return;
            }

            circuit = socket;
            socket.ConnectToServer();
        });
        await page.SignInAsAsync(DemoData.SupervisorProduction);
        await Expect(page.Locator("#render-mode")).ToHaveAttributeAsync("aria-label", new Regex("^Live"));

        // Cut the live connection and refuse every way back (also the long-polling fallback).
        cut = true;
        await page.RouteAsync("**/_blazor**", route => route.AbortAsync());
        Assert.NotNull(circuit);
        await circuit.CloseAsync();

        var marker = page.Locator("#render-mode");
        await Expect(marker).ToHaveAttributeAsync("data-circuit", "down");
        await Expect(marker).ToHaveAttributeAsync("data-interactive", "false");
        await Expect(marker).ToHaveAttributeAsync("aria-label", downLabel);
        await Expect(page.Locator("#components-reconnect-modal")).ToBeVisibleAsync();
        await Expect(page.Locator("#components-reconnect-modal")).ToContainTextAsync(reconnecting);
        await page.ScreenshotAsync($"connection-lost-{language[..2]}", fullPage: false);
    }

    [Theory]
    [InlineData("en-GB", "This page has stopped working", "Reload the page; what you typed is kept on this device.")]
    [InlineData("nl-NL", "Deze pagina werkt niet meer", "Laad de pagina opnieuw; wat je hebt getypt, blijft op dit apparaat bewaard.")]
    public async Task WhenThePageCrashed_ABannerSaysWhatToDo_AndTheDotGoesDown(string language, string stopped, string whatToDo)
    {
        var page = await SignedInPageAsync(DemoData.SupervisorProduction, language);
        var banner = page.Locator("#blazor-error-ui");
        await Expect(banner).ToBeHiddenAsync();

        // What blazor.web.js does when the circuit has crashed on the server (an unhandled exception).
        await page.EvaluateAsync("() => document.getElementById('blazor-error-ui').style.display = 'block'");

        await Expect(banner).ToBeVisibleAsync();
        await Expect(banner).ToHaveAttributeAsync("role", "alert");
        await Expect(banner).ToContainTextAsync(stopped);
        await Expect(banner).ToContainTextAsync(whatToDo);
        await Expect(page.Locator("#render-mode")).ToHaveAttributeAsync("data-circuit", "down");
        var colours = await banner.EvaluateAsync<string[]>("e => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor]");
        Assert.Equal(["rgb(255, 255, 255)", "rgb(140, 29, 24)"], colours);
        await page.ScreenshotAsync($"page-crashed-{language[..2]}", fullPage: false);
    }
}
