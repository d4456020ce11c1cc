namespace JrCasework.EndToEndTests;

/// <summary>Step 2's "how similar cases ended" on one of Sanne's demo cases, in English and Dutch.</summary>
public sealed class SimilarCasesTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task ASupervisorWeighingOptions_OpensHowSimilarCasesEnded_WithoutAnyNameOrNumber_InEnglishAndDutch()
    {
        var caseId = await SannesCaseInStep2WithASimilarClosedCaseAsync();
        var page = await SignedInPageAsync(DemoData.SupervisorProduction);
        await page.OpenAsync($"cases/{caseId}");
        await Expect(page.Locator("#step-title")).ToHaveTextAsync("2 Weigh and decide");

        await Expect(page.Locator("#similar-title")).ToHaveTextAsync("How similar cases ended");
        await Expect(page.Locator("#similar-note")).ToContainTextAsync("names and employee numbers removed");
        await Expect(page.Locator("#similar-list")).ToHaveCountAsync(0);
        await page.Locator("#similar-panel .mud-expand-panel-header").ClickAsync();
        await Expect(page.Locator("#similar-1")).ToBeVisibleAsync();
        await ExpectTheFirstSimilarCaseAsync(page, "Objective met:", "Actions chosen", "similar-en");

        await page.SwitchLanguageAsync("nl");
        await Expect(page.Locator("#similar-title")).ToHaveTextAsync("Hoe vergelijkbare casussen afliepen");
        await page.Locator("#similar-panel .mud-expand-panel-header").ClickAsync();
        await ExpectTheFirstSimilarCaseAsync(page, "Doel bereikt:", "Gekozen acties", "similar-nl");
    }

    /// <summary>
    /// Sanne's first demo case in step 2 (another browser test may have moved one on). The demo casebook
    /// has closed cases in most categories; when this one's has none, a closed case of Tom's is added.
    /// </summary>
    private async Task<int> SannesCaseInStep2WithASimilarClosedCaseAsync()
    {
        await using var db = Fixture.App.CreateDbContext();
        var sanne = await db.Users.Where(u => u.Email == DemoData.SupervisorProduction.Email).Select(u => u.Id).SingleAsync();
        var weighing = await db.Cases.Where(c => c.OwnerUserId == sanne && c.Step == CaseStep.WeighAndDecide)
            .OrderBy(c => c.Id).Select(c => new { c.Id, c.CategoryId }).FirstAsync();
        if (!await db.Cases.AnyAsync(c => c.CategoryId == weighing.CategoryId && c.ClosedAtUtc != null))
        {
            db.Cases.Add(await ClosedCaseOfTomsAsync(db, weighing.CategoryId));
            await db.SaveChangesAsync();
        }

        return weighing.Id;
    }

    private static async Task<JrCase> ClosedCaseOfTomsAsync(Data.JrCaseworkDbContext db, int categoryId)
    {
        var tom = await db.Users.Where(u => u.Email == DemoData.SupervisorLogistics.Email).Select(u => new { u.Id, u.OrgUnitId }).SingleAsync();
        var anouk = await db.Employees.Where(e => e.EmployeeNumber == "L-2001").Select(e => new { e.Id, e.FullName }).SingleAsync();
        var by = new Actor(tom.Id, DateTime.UtcNow.AddDays(-30));
        var day = DateOnly.FromDateTime(by.AtUtc);
        var sequence = await db.Cases.Where(c => c.ReferenceYear == 2000).MaxAsync(c => (int?)c.ReferenceSequence) ?? 0;
        var @case = JrCase.Open(2000, sequence + 1, "Similar cases browser test", categoryId, ProblemOrigin.CameUp, "Anouk is on time",
            [(anouk.Id, anouk.FullName)], tom.Id, tom.OrgUnitId, by);
        @case.StartGettingFacts(by);
        @case.AddFact(FactKind.Record, "Records", day, "Late four times", by);
        @case.AddFact(FactKind.RulesAndCustoms, "Handbook", day, "Start at six", by);
        @case.AddFact(FactKind.Conversation, anouk.FullName, day, "The bus changed", by, anouk.Id);
        @case.AddFact(FactKind.OpinionOrFeeling, "Team", day, "Annoyed", by);
        @case.StartWeighing(by);
        var weighed = new Weighing(Effect.Positive);
        @case.AddPossibleAction(new PossibleActionInput("Carpool with Anouk Jacobs's neighbour", weighed, weighed, weighed, true), by);
        @case.AddPossibleAction(new PossibleActionInput("Start a quarter later", weighed, weighed, weighed, true), by);
        @case.Decide([1], "Solves the cause", by);
        @case.PlanAction(new ActionPlanInput(Handling.Myself, null, null, "Monday", "Office", "Explained both options"), by);
        @case.StartCheckingResults(by);
        @case.ScheduleFollowUps(day, null, by);
        @case.RecordCheck(1, new CheckObservation("On time", null, null, null), by);
        @case.Close(new OutcomeInput(ObjectiveMet.Yes, true, "On time every day", "Ask Anouk why before pointing at the rules."), by with { AtUtc = by.AtUtc.AddDays(10) });
        return @case;
    }

    /// <summary>
    /// The first similar case says whether its objective was met and which actions were chosen, and the panel shows no
    /// name or number; photographed as the window shows it, and on its own.
    /// </summary>
    private async Task ExpectTheFirstSimilarCaseAsync(IPage page, string objectiveMet, string actionsChosen, string screenshot)
    {
        await Expect(page.Locator("#similar-1 .jr-similar-met")).ToContainTextAsync(objectiveMet);
        await Expect(page.Locator("#similar-1")).ToContainTextAsync(actionsChosen);
        await AssertNoNameOrNumberAsync(page);
        await page.Locator("#similar-panel").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(screenshot, fullPage: false);
        await page.Locator(".jr-similar").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, screenshot + "-panel.png") });
    }

    /// <summary>The panel shows no employee's or user's name and no employee number.</summary>
    private async Task AssertNoNameOrNumberAsync(IPage page)
    {
        var shown = await page.Locator("#similar-list").InnerTextAsync();
        await using var db = Fixture.App.CreateDbContext();
        var employees = await db.Employees.Select(e => new { e.FullName, e.EmployeeNumber }).ToListAsync();
        var users = await db.Users.Select(u => u.DisplayName).ToListAsync();
        Assert.All(employees, e =>
        {
            Assert.DoesNotContain(e.FullName, shown, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(e.EmployeeNumber, shown, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch(new Regex($@"\b{Regex.Escape(e.FullName.Split(' ')[0])}\b", RegexOptions.IgnoreCase), shown);
        });
        Assert.All(users, name => Assert.DoesNotContain(name, shown, StringComparison.OrdinalIgnoreCase));
    }
}
