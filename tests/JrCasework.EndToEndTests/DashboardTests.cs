namespace JrCasework.EndToEndTests;

/// <summary>The manager's start page on the demo casebook: overdue follow-ups, the cases behind them, the referred case.</summary>
public sealed class DashboardTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string MissedColour = "#b3261e";

    [Fact]
    public async Task Karin_SeesOverdueFollowUps_DrillsIntoThemWithoutContent_AndOpensTheReferredCase()
    {
        var page = await SignedInPageAsync(DemoData.Manager);
        await Expect(page).ToHaveURLAsync("dashboard");

        var overdueRows = page.Locator("#dashboard-overdue-table tbody tr[data-supervisor]:has(td[data-column='overdue'] button)");
        await Expect(overdueRows.First).ToBeVisibleAsync();
        var overdueButton = overdueRows.First.Locator("td[data-column='overdue'] button");
        Assert.True(int.Parse(await overdueButton.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        await Expect(page.Locator("#dashboard-steps-table tbody tr[data-step]")).ToHaveCountAsync(5);
        await Expect(page.Locator("#dashboard-completion-table tbody tr[data-completion='Total']")).ToBeVisibleAsync();
        await page.ScreenshotAsync("dashboard-en");

        var supervisor = await overdueRows.First.GetAttributeAsync("data-supervisor");
        await overdueButton.ClickAsync();
        var drillDown = page.Locator("#dashboard-drilldown");
        await Expect(drillDown.Locator("h3")).ToHaveTextAsync($"{supervisor}: cases with an overdue follow-up");
        var drilled = drillDown.Locator("tbody tr[data-reference]");
        await Expect(drilled.First).ToBeVisibleAsync();
        await Expect(drilled.First.Locator(".jr-overdue")).ToHaveTextAsync("Overdue");
        Assert.Matches(new Regex(@"^JR-\d{4}-\d{4}$"), await drilled.First.GetAttributeAsync("data-reference"));
        await page.TopScreenshotAsync("dashboard-drilldown-en");

        // Nothing of what a case says reaches the manager, apart from the case referred to her.
        var (content, referredIds) = await CaseContentOfKarinsUnitsAsync();
        var pageText = await page.Locator("#dashboard").InnerTextAsync();
        Assert.NotEmpty(content);
        Assert.All(content, text => Assert.DoesNotContain(text, pageText, StringComparison.Ordinal));
        foreach (var link in await drillDown.Locator("a").AllAsync())
        {
            Assert.Contains(await link.GetAttributeAsync("href"), referredIds.Select(id => $"cases/{id}"));
        }

        var referredId = referredIds[0];

        await page.Locator("#dashboard-drilldown-close").ClickAsync();
        await Expect(drillDown).ToHaveCountAsync(0);
        var referred = page.Locator($"#dashboard-referred a[href='cases/{referredId}']");
        await page.FollowAsync(referred, $"cases/{referredId}");
        await Expect(page.Locator("#case-title")).Not.ToBeEmptyAsync();
    }

    [Fact]
    public async Task TheDashboard_SpeaksDutch_AndAStepAndADonutSliceOpenTheirCases()
    {
        var page = await SignedInPageAsync(DemoData.Manager, "nl-NL");

        await Expect(page.Locator("#dashboard-followups h2")).ToHaveTextAsync("Controlemomenten per leidinggevende");
        await Expect(page.Locator("#tile-overdue")).ToContainTextAsync("Te late controlemomenten");
        await page.ScreenshotAsync("dashboard-nl");

        await page.Locator("#dashboard-steps-table tr[data-step='CheckResults'] th button").ClickAsync();
        var drillDown = page.Locator("#dashboard-drilldown");
        await Expect(drillDown.Locator("h3")).ToHaveTextAsync(new Regex("^Open casussen in stap: "));
        await Expect(drillDown.Locator("tbody tr[data-reference]").First).ToBeVisibleAsync();
        await page.TopScreenshotAsync("dashboard-drilldown-step-nl");

        // The red slice of the completion donut: the missed follow-ups. A click on a slice opens its cases.
        await page.Locator($"#dashboard-completion-chart path[fill='{MissedColour}']").DispatchEventAsync("click");
        await Expect(drillDown.Locator("h3")).ToHaveTextAsync("Casussen met een controlemoment dat is gemist");
        await Expect(drillDown.Locator("tbody tr[data-reference]").First).ToBeVisibleAsync();
    }

    /// <summary>Titles and objectives of the cases in Karin's units (none may show), and the open cases referred to her, the demo's first.</summary>
    private async Task<(List<string> Content, List<int> ReferredIds)> CaseContentOfKarinsUnitsAsync()
    {
        await using var db = Fixture.App.CreateDbContext();
        var karin = await db.Users.Include(u => u.ManagedOrgUnits).SingleAsync(u => u.Email == DemoData.Manager.Email);
        var units = karin.ManagedOrgUnits.Select(m => m.OrgUnitId).ToList();
        var cases = await db.Cases.Where(c => units.Contains(c.OrgUnitId)).ToListAsync();
        var referred = cases.Where(c => c.ReferredToUserId == karin.Id && c.Step != CaseStep.Closed).OrderBy(c => c.Id).Select(c => c.Id).ToList();
        var content = cases.Where(c => !referred.Contains(c.Id)).SelectMany(c => new[] { c.Title, c.Objective }).Where(t => t.Length > 0).ToList();
        return (content, referred);
    }
}
