using System.Text.Json;
using JrCasework.Domain.Reviews;
using JrCasework.Web.Features.Cases.Similar;

namespace JrCasework.IntegrationTests.Cases;

/// <summary>
/// Step 2's similar cases on the real app: closed cases of one category whose actions, lessons and facts
/// carry unique markers and employee names and numbers, asked for from another case of that category.
/// </summary>
public sealed class SimilarCasesTests(SimilarCasesScenario scenario) : IClassFixture<SimilarCasesScenario>
{
    private static readonly string[] NeverShown =
    [
        // The fact texts, sources, titles, objectives, rationales, plans and follow-up observations of every case.
        "FACTMARK", "TITLEMARK", "OBJECTIVEMARK", "RATIONALEMARK", "PLANMARK", "CHECKMARK",

        // The closed case of another category.
        "OTHERCATEGORYMARK",

        // Every name and number of the employees and supervisors involved, and their parts.
        "Jan Smit", "Jan", "Smit", "Fatima", "Yilmaz", "Pieter", "de Boer", "Boer", "Anouk", "Jacobs", "Sofie", "Claes",
        "P-1001", "P-1002", "L-2001", "1001", "2001", "Sanne", "de Vries", "Vries", "Tom Peeters", "Peeters",
    ];

    [Fact]
    public async Task TheChosenActionsAndLessons_AreShownWithNamesAndNumbersReplaced()
    {
        var similar = await AskAsync(DemoData.SupervisorProduction.Email, scenario.Current);

        var good = similar[0];
        Assert.Equal(["ACTIONMARK-B1 [name] takes over the late shift"], good.ChosenActions);
        Assert.Equal("LESSONMARK-B Ask [name] ([number]) first; [name] agreed with [name].", good.LessonsLearned);
        Assert.Equal("HOWMARK-B [name]'s errors halved.", good.HowItHelped);

        var tomsCase = similar[2];
        Assert.Equal(["ACTIONMARK-A1 A new scanner for [name]", "ACTIONMARK-A2 Instruction again with [name]"], tomsCase.ChosenActions);
        Assert.Equal("LESSONMARK-A [name] ([number]) needed recognition, not speed targets.", tomsCase.LessonsLearned);
        Assert.DoesNotContain(similar.SelectMany(s => s.ChosenActions), a => a.Contains("ACTIONMARK-A3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NoName_NoEmployeeNumber_NoFactTitleObjectiveOrObservation_IsEverShown()
    {
        var similar = await AskAsync(DemoData.SupervisorProduction.Email, scenario.Current);
        var everything = JsonSerializer.Serialize(similar);

        Assert.Equal(3, similar.Count);
        Assert.All(NeverShown, marker => Assert.DoesNotContain(marker, everything, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("LESSONMARK-A", everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGoodExample_ComesFirst_ThenTheMostRecentlyClosed_OfTheSameCategoryOnly()
    {
        var similar = await AskAsync(DemoData.SupervisorProduction.Email, scenario.Current);

        Assert.Equal(["LESSONMARK-B", "LESSONMARK-C", "LESSONMARK-A"], similar.Select(s => s.LessonsLearned![..12]));
        Assert.Equal([true, false, false], similar.Select(s => s.IsGoodExample));
        Assert.All(similar, s => Assert.Equal(scenario.CategoryId, s.CategoryId));

        var (b, c, a) = (similar[0], similar[1], similar[2]);
        Assert.Equal(("2026-07", 3, ProblemOrigin.BroughtToMe, ObjectiveMet.Partly), (b.ClosedMonth, b.WeeksToClose, b.Origin, b.ObjectiveMet));
        Assert.Equal(("2026-07", 1, ObjectiveMet.Yes), (c.ClosedMonth, c.WeeksToClose, c.ObjectiveMet));
        Assert.Equal(("2026-06", 2, 1, ObjectiveMet.Yes), (a.ClosedMonth, a.WeeksToClose, a.Loops, a.ObjectiveMet));
    }

    [Fact]
    public async Task TheCaseItself_IsNotAmongItsSimilarCases()
    {
        var similar = await AskAsync(DemoData.SupervisorProduction.Email, scenario.ClosedC);

        Assert.Equal(["LESSONMARK-B", "LESSONMARK-A"], similar.Select(s => s.LessonsLearned![..12]));
    }

    [Fact]
    public async Task AtMostFive_AreShown_TheMostRecentlyClosed()
    {
        var similar = await AskAsync(DemoData.SupervisorProduction.Email, scenario.CurrentInBusyCategory);

        Assert.Equal(["BUSY-7", "BUSY-6", "BUSY-5", "BUSY-4", "BUSY-3"], similar.Select(s => s.LessonsLearned));
    }

    [Fact]
    public async Task WithoutClosedCasesInTheCategory_TheAnswerIsEmpty()
    {
        var similar = await AskAsync(DemoData.SupervisorProduction.Email, scenario.CurrentInEmptyCategory);

        Assert.Empty(similar);
    }

    [Fact]
    public async Task AnotherSupervisor_CannotAskForTheCase_AndReadersWhoDoNotWorkItAreRefused()
    {
        await Assert.ThrowsAsync<CaseNotFoundException>(() => AskAsync(DemoData.SupervisorLogistics.Email, scenario.Current));
        await Assert.ThrowsAsync<CaseNotFoundException>(() => AskAsync(DemoData.Manager.Email, scenario.Current));
        await Assert.ThrowsAsync<CaseNotFoundException>(() => AskAsync(DemoData.Admin.Email, scenario.Current));
        await Assert.ThrowsAsync<AccessDeniedException>(() => AskAsync(DemoData.Hr.Email, scenario.Current));
        await Assert.ThrowsAsync<CaseNotFoundException>(() => AskAsync(DemoData.SupervisorProduction.Email, int.MaxValue));
    }

    [Fact]
    public async Task EveryCall_LeavesOneAuditRecord_OnTheCaseAskedFor_NamingTheCasesWhoseTextItShowed()
    {
        var sanne = await scenario.App.UserIdAsync(DemoData.SupervisorProduction.Email);
        var before = await SimilarReadsAsync(scenario.Current);

        await AskAsync(DemoData.SupervisorProduction.Email, scenario.Current);
        var shown = await AskAsync(DemoData.SupervisorProduction.Email, scenario.Current);
        await Assert.ThrowsAsync<CaseNotFoundException>(() => AskAsync(DemoData.SupervisorLogistics.Email, scenario.Current));

        var after = await SimilarReadsAsync(scenario.Current);
        Assert.Equal(2, after.Count - before.Count);
        Assert.All(after.Skip(before.Count), a => Assert.Equal(sanne, a.UserId));
        var shownIds = after[^1].ShownCases.Select(s => s.CaseId).ToList();
        Assert.Equal(shown.Count, shownIds.Count);
        await using var db = scenario.App.CreateDbContext();
        var category = await db.Cases.Where(c => c.Id == scenario.Current).Select(c => c.CategoryId).SingleAsync();
        Assert.All(await db.Cases.Where(c => shownIds.Contains(c.Id)).ToListAsync(), c =>
        {
            Assert.Equal(CaseStep.Closed, c.Step);
            Assert.Equal(category, c.CategoryId);
        });
    }

    private async Task<IReadOnlyList<SimilarCase>> AskAsync(string email, int caseId)
    {
        await using var user = await scenario.App.AsAsync(email);
        return await user.Get<SimilarCases>().ForCaseAsync(caseId);
    }

    private async Task<List<Domain.Auditing.AuditRecord>> SimilarReadsAsync(int caseId)
    {
        await using var db = scenario.App.CreateDbContext();
        return await db.AuditLog.Where(a => a.CaseId == caseId && a.Action == "case.similar.read").OrderBy(a => a.Id).ToListAsync();
    }
}

/// <summary>
/// The closed cases the tests ask about, walked through the real service on a fake clock (so the months
/// and durations are known): in a category of their own, A by Tom, then B (marked a good example by HR)
/// and C by Sanne; one closed case of another category; Sanne's current case in step 2. A second
/// category holds seven closed cases, a third none.
/// </summary>
public sealed class SimilarCasesScenario : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Start);

    public SimilarCasesScenario()
    {
        App = new CaseFixture { Clock = _clock };
    }

    public CaseFixture App { get; }

    public int CategoryId { get; private set; }

    public int Current { get; private set; }

    public int ClosedC { get; private set; }

    public int CurrentInBusyCategory { get; private set; }

    public int CurrentInEmptyCategory { get; private set; }

    public async Task InitializeAsync()
    {
        CategoryId = await AddCategoryAsync("similar-tests", "Similar tests", "Vergelijkbare tests");
        var otherCategory = await AddCategoryAsync("similar-other", "Similar other", "Vergelijkbaar anders");
        var busyCategory = await AddCategoryAsync("similar-busy", "Similar busy", "Vergelijkbaar druk");
        var emptyCategory = await AddCategoryAsync("similar-empty", "Similar empty", "Vergelijkbaar leeg");
        var tom = DemoData.SupervisorLogistics.Email;
        var sanne = DemoData.SupervisorProduction.Email;

        // 1 June → 15 June: two weeks.
        await WalkToClosedAsync(tom, ["L-2001"], CategoryId, ProblemOrigin.CameUp, 14, ObjectiveMet.Yes,
            ["ACTIONMARK-A1 A new scanner for Anouk", "ACTIONMARK-A2 Instruction again with Anouk Jacobs", "ACTIONMARK-A3 Written warning for L-2001"], [1, 2],
            "LESSONMARK-A Anouk Jacobs (L-2001) needed recognition, not speed targets.", "HOWMARK-A Fewer errors.");

        // 15 June → 6 July: three weeks; HR marks it a good example.
        var b = await WalkToClosedAsync(sanne, ["P-1002", "P-1003"], CategoryId, ProblemOrigin.BroughtToMe, 21, ObjectiveMet.Partly,
            ["ACTIONMARK-B1 Jan takes over the late shift", "ACTIONMARK-B2 Pieter de Boer coaches Fatima"], [1],
            "LESSONMARK-B Ask Fatima Yilmaz (P-1002) first; Pieter de Boer agreed with Sanne de Vries.", "HOWMARK-B Fatima's errors halved.");
        await MarkAsGoodExampleAsync(b);

        // 6 July → 9 July: within a week.
        ClosedC = await WalkToClosedAsync(sanne, ["P-1001"], CategoryId, ProblemOrigin.SawItComing, 3, ObjectiveMet.Yes,
            ["ACTIONMARK-C1 Carpool with Jan Smit", "ACTIONMARK-C2 Later start for P-1001"], [1, 2],
            "LESSONMARK-C Talk to Jan before the rules.", null);

        await WalkToClosedAsync(tom, ["L-2003"], otherCategory, ProblemOrigin.CameUp, 7, ObjectiveMet.Yes,
            ["OTHERCATEGORYMARK one", "OTHERCATEGORYMARK two"], [1], "OTHERCATEGORYMARK lesson", null);

        for (var i = 1; i <= 7; i++)
        {
            await WalkToClosedAsync(sanne, ["P-1004"], busyCategory, ProblemOrigin.CameUp, 1, ObjectiveMet.Yes, ["One", "Two"], [1], $"BUSY-{i}", null);
        }

        Current = await OpenInStep2Async(sanne, CategoryId);
        CurrentInBusyCategory = await OpenInStep2Async(sanne, busyCategory);
        CurrentInEmptyCategory = await OpenInStep2Async(sanne, emptyCategory);
    }

    public Task DisposeAsync() => App.DisposeAsync().AsTask();

    private async Task<int> AddCategoryAsync(string code, string nameEn, string nameNl)
    {
        await using var db = App.CreateDbContext();
        var sortOrder = await db.CaseCategories.MaxAsync(c => c.SortOrder) + 10;
        var category = new CaseCategory(code, nameEn, nameNl, sortOrder);
        db.CaseCategories.Add(category);
        await db.SaveChangesAsync();
        return category.Id;
    }

    /// <summary>Opens a case, gathers the facts, weighs and decides, acts, checks once, waits <paramref name="days"/> and closes it.</summary>
    private async Task<int> WalkToClosedAsync(
        string email, string[] employeeNumbers, int categoryId, ProblemOrigin origin, int days, ObjectiveMet met,
        string[] possibleActions, int[] chosen, string lessons, string? howItHelped)
    {
        var caseId = await OpenInStep2Async(email, categoryId, origin, employeeNumbers);
        var weighed = new Weighing(Effect.Positive, "FACTMARK-like note in the weighing of Jan Smit");
        await ChangeAsync(email, caseId, "walk.decide", (c, by) =>
        {
            foreach (var description in possibleActions)
            {
                c.AddPossibleAction(new PossibleActionInput(description, weighed, weighed, weighed, true, "PLANMARK policy note"), by);
            }

            c.Decide(chosen, "RATIONALEMARK because Jan Smit and P-1001 said so", by);
        });
        await ChangeAsync(email, caseId, "walk.act", (c, by) =>
        {
            c.PlanAction(new ActionPlanInput(Handling.Myself, null, null, "PLANMARK Monday", "PLANMARK office", "PLANMARK explained to Fatima Yilmaz"), by);
            c.StartCheckingResults(by);
            c.ScheduleFollowUps(DateOnly.FromDateTime(by.AtUtc), null, by);
            c.RecordCheck(1, new CheckObservation("CHECKMARK output of Jan", "CHECKMARK attitude", "CHECKMARK relations", "CHECKMARK note"), by);
        });

        _clock.Advance(TimeSpan.FromDays(days));
        await ChangeAsync(email, caseId, "walk.close", (c, by) =>
            c.Close(new OutcomeInput(met, true, howItHelped, lessons), by, met == ObjectiveMet.No ? "Closed anyway" : null));
        return caseId;
    }

    private async Task<int> OpenInStep2Async(string email, int categoryId, ProblemOrigin origin = ProblemOrigin.CameUp, string[]? employeeNumbers = null)
    {
        employeeNumbers ??= email == DemoData.SupervisorProduction.Email ? ["P-1001"] : ["L-2001"];
        var employees = new List<int>();
        foreach (var number in employeeNumbers)
        {
            employees.Add(await App.EmployeeIdAsync(number));
        }

        int caseId;
        await using (var user = await App.AsAsync(email))
        {
            caseId = (await user.Get<CaseService>().OpenAsync(
                new NewCase($"TITLEMARK about {string.Join(", ", employeeNumbers)}", categoryId, origin, "OBJECTIVEMARK Jan Smit is on time", employees))).Id;
        }

        var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
        await ChangeAsync(email, caseId, "walk.facts", (c, by) =>
        {
            c.StartGettingFacts(by);
            c.AddFact(FactKind.Record, "FACTMARK records of Jan Smit", today, "FACTMARK late six times, P-1001", by);
            c.AddFact(FactKind.RulesAndCustoms, "FACTMARK handbook", today, "FACTMARK shift starts at six", by);
            foreach (var employee in c.Employees)
            {
                c.AddFact(FactKind.Conversation, employee.Name, today, $"FACTMARK {employee.Name} says the bus changed", by, employee.EmployeeId);
            }

            c.AddFact(FactKind.OpinionOrFeeling, "FACTMARK team", today, "FACTMARK unfair to Sanne de Vries", by);
            c.StartWeighing(by);
        });
        return caseId;
    }

    private async Task MarkAsGoodExampleAsync(int caseId)
    {
        await using var db = App.CreateDbContext();
        var closed = await db.Cases.SingleAsync(c => c.Id == caseId);
        var hr = await App.UserIdAsync(DemoData.Hr.Email);
        var yes = new ReviewAssessment(Assessment.Yes, Assessment.Yes, Assessment.Yes, Assessment.Yes, Assessment.Yes);
        db.CaseReviews.Add(CaseReview.Record(closed, new ReviewInput(yes, "Remarks", "Advice", IsGoodExample: true), new Actor(hr, _clock.GetUtcNow().UtcDateTime)));
        await db.SaveChangesAsync();
    }

    private async Task ChangeAsync(string email, int caseId, string action, Action<JrCase, Actor> change)
    {
        await using var user = await App.AsAsync(email);
        var service = user.Get<CaseService>();
        var current = await service.GetAsync(caseId);
        await service.ChangeAsync(caseId, current.Version, action, change);
    }
}
