namespace JrCasework.EndToEndTests;

/// <summary>The supervisor's start page, opening a case, and the conversation preparation sheet.</summary>
public sealed class CaseListTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Sanne_FindsHerCases_OpensANewOne_AndTomCannotSeeIt()
    {
        var page = await SignedInPageAsync(DemoData.SupervisorProduction);

        var rows = page.Locator("#cases-table tbody tr");
        await Expect(rows.First).ToBeVisibleAsync();
        Assert.True(await rows.CountAsync() >= 5);
        await Expect(rows.First.Locator(".jr-overdue")).ToHaveTextAsync("Overdue");
        await Expect(rows.First.Locator(".jr-progress .jr-visually-hidden")).ToContainTextAsync(new Regex("^(Step [1-4] of 4|Before step 1)"));
        await page.ScreenshotAsync("cases-list-en");

        var all = await rows.CountAsync();
        await page.Locator("#case-search").FillAsync("Jan");
        await Expect(page.Locator("#cases-count")).Not.ToHaveTextAsync($"Cases shown: {all}");
        foreach (var row in await rows.AllAsync())
        {
            await Expect(row).ToContainTextAsync("Jan");
        }

        await page.ScreenshotAsync("cases-list-search-en");
        await page.Locator("#case-search").FillAsync("no such case anywhere");
        await Expect(page.Locator("#clear-filters")).ToBeVisibleAsync();
        await Expect(page.Locator("#cases-table")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("cases-list-no-match-en");
        await page.Locator("#clear-filters").ClickAsync();
        await Expect(page.Locator("#cases-count")).ToHaveTextAsync($"Cases shown: {all}");
        await Expect(page.Locator("#case-search")).ToHaveValueAsync("");

        await page.FollowAsync("#new-case", "cases/new");
        await Expect(page.Locator("h1")).ToHaveTextAsync("New case");
        await page.Locator("#create-case").ClickAsync();
        await Expect(page.Locator("#employee-error")).ToHaveTextAsync("Choose at least one employee.");
        await Expect(page.Locator("#origin-error")).ToHaveTextAsync("Choose how it reached you.");
        await Expect(page.Locator("#new-case-form")).ToContainTextAsync("Give the case a title.");
        await Expect(page.Locator("#new-case-form")).ToContainTextAsync("Choose a category.");
        await page.ScreenshotAsync("new-case-empty-en");

        await page.Locator("#employee-P-1006").ClickAsync();
        await page.Locator("#case-category").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").First.ClickAsync();
        await page.Locator("#origin-BroughtToMe").ClickAsync();
        await page.Locator("#case-title").FillAsync("Kees asks for a lighter job");
        await page.Locator("#case-objective").FillAsync("Kees keeps working safely, the line keeps its pace, colleagues understand the change");
        await Expect(page.Locator("#employee-error")).ToHaveCountAsync(0);
        await Expect(page.Locator(".mud-input-control:has(#case-title) .mud-input-error")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("new-case-filled-en");
        await page.FollowAsync("#create-case", new Regex(@"/cases/\d+$"));
        await Expect(page.Locator("#case-title")).ToHaveTextAsync("Kees asks for a lighter job");
        await Expect(page.Locator("#rail-Facts")).ToHaveAttributeAsync("aria-current", "step");
        await page.ScreenshotAsync("new-case-created-en");
        var caseUrl = page.Url;
        await page.OpenAsync("cases/new");
        await Expect(page.Locator("#case-objective")).ToHaveValueAsync("");
        await page.Context.CloseAsync();

        var tom = await SignedInPageAsync(DemoData.SupervisorLogistics);
        await tom.OpenAsync(caseUrl);
        await Expect(tom.Locator("#case-not-found")).ToBeVisibleAsync();
        await Expect(tom.Locator("#case-title")).ToHaveCountAsync(0);
        await Expect(tom.Locator("body")).Not.ToContainTextAsync("Kees");
        await tom.OpenAsync(caseUrl + "/prepare");
        await Expect(tom.Locator("#case-not-found")).ToBeVisibleAsync();
        await Expect(tom.Locator("#prepare-sheet")).ToHaveCountAsync(0);
        await tom.ScreenshotAsync("prepare-not-found-tom-en");
    }

    [Fact]
    public async Task ThePreparationSheet_ShowsTheCase_AndPrintsCleanly()
    {
        var caseId = await SannesCaseInAsync(CaseStep.WeighAndDecide);
        var page = await SignedInPageAsync(DemoData.SupervisorProduction);

        await page.OpenAsync($"cases/{caseId}");
        await page.FollowAsync("#prepare-link", new Regex($@"/cases/{caseId}/prepare$"));

        await Expect(page.Locator("#prepare-sheet h1")).ToBeVisibleAsync();
        await Expect(page.Locator("#prepare-objective")).Not.ToBeEmptyAsync();
        await Expect(page.Locator("#prepare-kind-Record li").First).ToBeVisibleAsync();
        await Expect(page.Locator("#prepare-actions li").First).ToBeVisibleAsync();
        await Expect(page.Locator("#print")).ToBeVisibleAsync();
        await page.ScreenshotAsync("prepare-en");

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator("#print")).ToBeHiddenAsync();
        await Expect(page.Locator("#prepare-back")).ToBeHiddenAsync();
        await Expect(page.Locator(".jr-appbar")).ToBeHiddenAsync();
        await page.ScreenshotAsync("prepare-print-en");
    }

    [Fact]
    public async Task InDutch_TheListTheNewCaseFormAndThePreparationSheetSpeakDutch()
    {
        var decided = await SannesCaseInAsync(CaseStep.TakeAction);
        var page = await SignedInPageAsync(DemoData.SupervisorProduction);
        await page.SwitchLanguageAsync("nl");

        await Expect(page.Locator("h1")).ToHaveTextAsync("Mijn casussen");
        await Expect(page.Locator("#cases-table tbody tr").First.Locator(".jr-overdue")).ToHaveTextAsync("Te laat");
        await page.ScreenshotAsync("cases-list-nl");

        // Closed cases are added after the open ones; what needs attention stays on top.
        await page.Locator("#filter-closed").ClickAsync();
        await Expect(page.Locator("#cases-table tbody tr").Last).ToContainTextAsync("Afgesloten");
        await Expect(page.Locator("#cases-table tbody tr").First.Locator(".jr-overdue")).ToHaveTextAsync("Te laat");
        await page.ScreenshotAsync("cases-list-closed-nl");

        await page.Locator("#new-case").ClickAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Nieuwe casus");
        await page.Locator("#create-case").ClickAsync();
        await Expect(page.Locator("#employee-error")).ToHaveTextAsync("Kies minstens één medewerker.");
        await page.ScreenshotAsync("new-case-empty-nl");

        await page.OpenAsync($"cases/{decided}/prepare");
        await Expect(page.Locator("#print")).ToHaveTextAsync("Afdrukken");
        await Expect(page.Locator("#prepare-decision")).ToContainTextAsync("Gekozen");
        await page.ScreenshotAsync("prepare-nl");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.ScreenshotAsync("prepare-print-nl");
    }

    [Fact]
    public async Task OnATablet_TheListStaysReadable()
    {
        var page = await SignedInPageAsync(DemoData.SupervisorProduction, width: 768, height: 1024);

        await Expect(page.Locator("#cases-table tbody tr").First).ToBeVisibleAsync();
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 768, $"The page scrolls sideways ({scrollWidth}px).");
        var followUp = await page.Locator("#cases-table tbody tr").First.Locator("td").Last.BoundingBoxAsync();
        Assert.True(followUp is not null && followUp.X + followUp.Width <= 768, "The next follow-up column is cut off.");
        await Expect(page.Locator("#cases-table tbody tr").First.Locator(".jr-overdue")).ToBeInViewportAsync();
        await page.ScreenshotAsync("cases-list-tablet-en");
    }

    private async Task<int> SannesCaseInAsync(CaseStep step)
    {
        await using var db = Fixture.App.CreateDbContext();
        var sanne = await db.Users.Where(u => u.Email == DemoData.SupervisorProduction.Email).Select(u => u.Id).SingleAsync();
        return await db.Cases.Where(c => c.OwnerUserId == sanne && c.Step == step).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
    }
}
