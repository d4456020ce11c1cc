namespace JrCasework.EndToEndTests;

/// <summary>HR places a legal hold on a closed case of Sanne's, finds it in the list of holds, and lifts it again.</summary>
public sealed class LegalHoldTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Hr_PlacesAHoldWithAReason_SeesItInTheList_AndLiftsIt()
    {
        int caseId;
        string reference;
        await using (var db = Fixture.App.CreateDbContext())
        {
            var production = await db.OrgUnits.Where(u => u.Name == DemoData.Production).Select(u => u.Id).SingleAsync();
            (caseId, reference) = await db.Cases.Where(c => c.OrgUnitId == production && c.Step == CaseStep.Closed && c.HoldSinceUtc == null)
                .OrderBy(c => c.Id).Select(c => new ValueTuple<int, string>(c.Id, c.Reference)).FirstAsync();
        }

        var page = await SignedInPageAsync(DemoData.Hr);
        await page.OpenAsync($"cases/{caseId}");
        await page.Locator("#hold-start").ClickAsync();
        await page.Locator("#hold-confirm").ClickAsync();
        await Expect(page.Locator("#legal-hold")).ToContainTextAsync("Say why: a legal hold is placed and lifted with a reason.");
        await page.Locator("#hold-reason").FillAsync("Claim filed at the labour court");
        await page.Locator("#hold-confirm").ClickAsync();
        await Expect(page.Locator("#hold-state")).ToContainTextAsync("On legal hold since");
        await Expect(page.Locator("#hold-state")).ToContainTextAsync("Reason: Claim filed at the labour court (placed by Eva Bakker)");
        await page.Locator("#legal-hold").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync("legal-hold-placed");
        await page.AssertAccessibleAsync();

        // Sanne sees that her case is held, and when, but not why: not on the panel, not in the history.
        var sanne = await SignedInPageAsync(DemoData.SupervisorProduction);
        await sanne.OpenAsync($"cases/{caseId}");
        await Expect(sanne.Locator("#hold-state")).ToContainTextAsync("On legal hold since");
        await sanne.Locator("#history-panel").ClickAsync();
        await Expect(sanne.Locator("#history > li").First).ToContainTextAsync("Legal hold placed");
        await Expect(sanne.Locator("body")).Not.ToContainTextAsync("labour court");
        await Expect(sanne.Locator("#hold-start")).ToHaveCountAsync(0);

        await page.Locator(".jr-topnav").GetByText("Legal holds").ClickAsync();
        var row = page.Locator("#holds-table tbody tr").Filter(new() { HasText = reference });
        await Expect(row).ToContainTextAsync("Claim filed at the labour court");
        await page.ScreenshotAsync("legal-holds-list");
        await page.AssertAccessibleAsync();

        await page.FollowAsync(row.Locator($"a[data-case='{caseId}']"), $"cases/{caseId}");
        await page.Locator("#hold-start").ClickAsync();
        await page.Locator("#hold-reason").FillAsync("Claim settled");
        await page.Locator("#hold-confirm").ClickAsync();
        await Expect(page.Locator("#hold-state")).ToContainTextAsync("Not on legal hold");
    }
}
