namespace JrCasework.EndToEndTests;

/// <summary>
/// The case page as a page: it stays live after a refusal, its step is in the address, a draft comes back whole after
/// a reload, and a second tab of the same case follows the first. Each test works on a case of its own.
/// </summary>
public sealed class CasePageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task AfterARefusal_TheNextSave_KeepsThePageLive()
    {
        var caseId = await SannesCaseInStep2WithOneActionAsync("Refusal then save");
        var page = await OpenAsSanneAsync(caseId);

        await page.Locator("#choose-1").ClickAsync();
        await page.Locator("#rationale").FillAsync("It removes the cause");
        await page.Locator("#decide").ClickAsync();
        await Expect(page.Locator("#step-error")).ToContainTextAsync("consider at least two possible actions");

        await page.Locator("#action-description").FillAsync("Formal warning");
        await page.Locator("#effect-individual-Negative").ClickAsync();
        await page.Locator("#effect-group-Neutral").ClickAsync();
        await page.Locator("#effect-production-Neutral").ClickAsync();
        await page.Locator("#policy-checked").ClickAsync();
        await page.Locator("#add-action").ClickAsync();
        await Expect(page.Locator("#actions-table")).ToContainTextAsync("Formal warning");
        await Expect(page.Locator("#step-error")).ToHaveCountAsync(0);

        // The page still reacts: the decision now goes through.
        await page.Locator("#decide").ClickAsync();
        await Expect(page.Locator("#step-error")).ToHaveCountAsync(0);
        await Expect(page.Locator("#step-title")).ToHaveTextAsync("3 Take action");
        await Expect(page.Locator("#render-mode")).ToHaveAttributeAsync("data-interactive", "true");
        await page.ScreenshotAsync("case-refusal-then-save");
    }

    [Fact]
    public async Task TheOpenStep_IsInTheAddress_SoBackAndBookmarksWork()
    {
        var caseId = await SannesCaseInStep2WithOneActionAsync("Step in the address");
        var page = await OpenAsSanneAsync(caseId);
        await Expect(page.Locator("#step-title")).ToHaveTextAsync("2 Weigh and decide");

        await page.Locator("#rail-Facts").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/cases/{caseId}\\?step=facts$"));
        await Expect(page.Locator("#step-title")).ToHaveTextAsync("1 Get the facts");

        await page.GoBackAsync();
        await Expect(page.Locator("#step-title")).ToHaveTextAsync("2 Weigh and decide");
        await Expect(page).ToHaveURLAsync(new Regex($"/cases/{caseId}(\\?step=weigh)?$"));

        await page.OpenAsync($"cases/{caseId}?step=objective");
        await Expect(page.Locator("#step-title")).ToHaveTextAsync("Determine the objective");

        // A step not reached yet, or no step at all, opens the current step.
        foreach (var address in new[] { $"cases/{caseId}?step=check", $"cases/{caseId}?step=nonsense" })
        {
            await page.OpenAsync(address);
            await Expect(page.Locator("#step-title")).ToHaveTextAsync("2 Weigh and decide");
        }

        await page.ScreenshotAsync("case-step-in-address");
    }

    [Fact]
    public async Task AReloadWhileAddingAFact_BringsBackEveryField()
    {
        var caseId = await SannesCaseInStep2WithOneActionAsync("Draft of a whole fact");
        var page = await OpenAsSanneAsync(caseId, "facts");

        await page.Locator("#fact-kind-OpinionOrFeeling").ClickAsync();
        await page.Locator("#fact-source").PressSequentiallyAsync("Two colleagues");
        await page.Locator("#fact-text").PressSequentiallyAsync("They feel it is unfair");
        await Expect(page.Locator("#fact-source")).ToHaveValueAsync("Two colleagues");
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();

        await Expect(page.Locator("#fact-text")).ToHaveValueAsync("They feel it is unfair");
        await Expect(page.Locator("#fact-source")).ToHaveValueAsync("Two colleagues");
        await Expect(page.Locator("#fact-kind-OpinionOrFeeling input, input#fact-kind-OpinionOrFeeling")).ToBeCheckedAsync();
        await page.ScreenshotAsync("case-fact-draft-restored");

        await page.Locator("#add-fact").ClickAsync();
        await Expect(page.Locator("#facts-OpinionOrFeeling")).ToContainTextAsync("They feel it is unfair");
        await Expect(page.Locator("#fact-source")).ToHaveValueAsync("");
        await Expect(page.Locator(".jr-fact-form .jr-draft-note")).ToHaveCountAsync(0);
        await Expect(page.Locator(".jr-fact-form .mud-input-error")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ASecondTabOfTheSameCase_ShowsWhatTheFirstSaved()
    {
        var caseId = await SannesCaseInStep2WithOneActionAsync("Two tabs");
        var first = await OpenAsSanneAsync(caseId, "facts");
        var second = await first.Context.NewPageAsync();
        await second.OpenAsync($"cases/{caseId}?step=facts");
        await Expect(second.Locator("#step-title")).ToHaveTextAsync("1 Get the facts");
        await second.Locator("#fact-text").FillAsync("Typed in the second tab");

        await first.Locator("#fact-kind-RulesAndCustoms").ClickAsync();
        await first.Locator("#fact-source").FillAsync("Staff handbook");
        await first.Locator("#fact-text").FillAsync("The early shift starts at 06:00");
        await first.Locator("#add-fact").ClickAsync();
        await Expect(first.Locator("#facts-RulesAndCustoms")).ToContainTextAsync("The early shift starts at 06:00");

        await Expect(second.Locator("#facts-RulesAndCustoms")).ToContainTextAsync("The early shift starts at 06:00");
        await Expect(second.Locator("#fact-text")).ToHaveValueAsync("Typed in the second tab");

        // What the second tab saves now goes on top of the first tab's fact, without a conflict.
        await second.Locator("#fact-kind-Record").ClickAsync();
        await second.Locator("#fact-source").FillAsync("Time registration");
        await second.Locator("#add-fact").ClickAsync();
        await Expect(second.Locator("#facts-Record")).ToContainTextAsync("Typed in the second tab");
        await Expect(second.Locator("#step-error")).ToHaveCountAsync(0);
        await Expect(second.Locator(".jr-fact-form .mud-input-error")).ToHaveCountAsync(0);
        await Expect(first.Locator("#facts-Record")).ToContainTextAsync("Typed in the second tab");
        await second.ScreenshotAsync("case-second-tab");
    }

    private async Task<IPage> OpenAsSanneAsync(int caseId, string? step = null)
    {
        var page = await SignedInPageAsync(DemoData.SupervisorProduction);
        await page.OpenCaseAsync(caseId, step);
        return page;
    }

    /// <summary>A case of Sanne's in step 2 (moved on with a reason) with one weighed possible action.</summary>
    private async Task<int> SannesCaseInStep2WithOneActionAsync(string title)
    {
        await using var db = Fixture.App.CreateDbContext();
        var sanne = await db.Users.Where(u => u.Email == DemoData.SupervisorProduction.Email).Select(u => new { u.Id, u.OrgUnitId }).SingleAsync();
        var employee = await db.Employees.Where(e => e.OrgUnitId == sanne.OrgUnitId && e.LeftOn == null).OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.FullName }).FirstAsync();
        var category = await db.CaseCategories.Where(c => c.IsActive).Select(c => c.Id).FirstAsync();
        var by = new Actor(sanne.Id, DateTime.UtcNow);
        var sequence = await db.Cases.Where(c => c.ReferenceYear == 2002).MaxAsync(c => (int?)c.ReferenceSequence) ?? 0;
        var @case = JrCase.Open(2002, sequence + 1, title, category, ProblemOrigin.CameUp, "On time for every shift",
            [(employee.Id, employee.FullName)], sanne.Id, sanne.OrgUnitId, by);
        @case.StartGettingFacts(by);
        @case.AddFact(FactKind.Record, "Time registration", DateOnly.FromDateTime(by.AtUtc), "Late six times", by);
        @case.StartWeighing(by, "The others are on leave");
        var weighed = new Weighing(Effect.Positive);
        @case.AddPossibleAction(new PossibleActionInput("Start later", weighed, weighed, weighed, true), by);
        db.Cases.Add(@case);
        await db.SaveChangesAsync();
        return @case.Id;
    }
}
