namespace JrCasework.EndToEndTests;

/// <summary>The privacy officer answers "what did this supervisor read?" and "who saw this case?", checks the chain and downloads the search.</summary>
public sealed class AuditTrailTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task ThePrivacyOfficer_SearchesByUserThenByCase_ChecksTheTrail_AndDownloadsIt()
    {
        // Sanne's case list leaves records that name the cases it showed.
        var sanne = await SignedInPageAsync(DemoData.SupervisorProduction);
        await Expect(sanne.Locator("#new-case")).ToBeVisibleAsync();

        var page = await SignedInPageAsync(DemoData.PrivacyOfficer);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Audit trail");
        await page.Locator("#filter-user").FillAsync(DemoData.SupervisorProduction.Email);
        await page.Locator("#filter-kind").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Reads of case content" }).ClickAsync();
        await page.Locator("#audit-search").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("audit\\?user=sanne%40example.com&kind=Reads"));
        await Expect(page.Locator("#audit-table tbody tr").First).ToContainTextAsync("case.list");
        await page.Locator("#audit-table tbody tr").First.GetByRole(AriaRole.Button).ClickAsync();
        await Expect(page.Locator(".jr-audit-shown-list").First).ToContainTextAsync("JR-");
        await page.ScreenshotAsync("audit-by-user");

        var shown = (await page.Locator(".jr-audit-shown-list").First.TextContentAsync())!.Split(", ")[0].Trim();
        await page.Locator("#audit-clear").ClickAsync();
        await page.Locator("#filter-case").FillAsync(shown);
        await page.Locator("#audit-search").ClickAsync();
        await Expect(page.Locator("#audit-count")).ToContainTextAsync("records, newest first");
        await Expect(page.Locator("#audit-table")).ToContainTextAsync("case.list");

        await page.Locator("#audit-verify").ClickAsync();
        await Expect(page.Locator("#audit-verify-result")).ToContainTextAsync("Intact: all");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#audit-export").ClickAsync());
        Assert.StartsWith("audit-", download.SuggestedFilename, StringComparison.Ordinal);
        var file = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Contains(shown, file, StringComparison.Ordinal);
        await page.ScreenshotAsync("audit-by-case");
    }

    [Fact]
    public async Task InDutch_AnUnknownReference_IsSaid_AndTheCheckSpeaksDutch()
    {
        var page = await SignedInPageAsync(DemoData.PrivacyOfficer, "nl-NL");

        await page.Locator("#filter-case").FillAsync("JR-1999-0001");
        await page.Locator("#audit-search").ClickAsync();
        await Expect(page.Locator("#audit-count")).ToHaveTextAsync("Geen casus heeft de referentie JR-1999-0001.");
        await page.Locator("#audit-verify").ClickAsync();
        await Expect(page.Locator("#audit-verify-result")).ToContainTextAsync("Intact: alle");
        await page.ScreenshotAsync("audit-nl");
    }
}
