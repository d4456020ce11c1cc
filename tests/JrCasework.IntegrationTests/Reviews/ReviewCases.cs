using JrCasework.Domain.Reviews;
using JrCasework.Web.Features.Reviews;

namespace JrCasework.IntegrationTests.Reviews;

/// <summary>Opens cases as any supervisor and walks them to closed through the real service, one saved change at a time.</summary>
internal static class ReviewCases
{
    public static readonly ReviewInput GoodReview = new(
        new ReviewAssessment(Assessment.Yes, Assessment.Partly, Assessment.Yes, Assessment.No, Assessment.Yes),
        "Remark for HR only", "Talk to the planner earlier next time", IsGoodExample: true);

    /// <summary>Opens a case as <paramref name="supervisorEmail"/> about the employee with <paramref name="employeeNumber"/>.</summary>
    public static async Task<int> OpenAsync(
        CaseFixture app, string supervisorEmail, string employeeNumber, string title = "Late arrivals", int categoryId = 1,
        ProblemOrigin origin = ProblemOrigin.CameUp, string objective = "On time every day")
    {
        var employee = await app.EmployeeIdAsync(employeeNumber);
        await using var supervisor = await app.AsAsync(supervisorEmail);
        var opened = await supervisor.Get<CaseService>().OpenAsync(new NewCase(title, categoryId, origin, objective, [employee]));
        return opened.Id;
    }

    /// <summary>Walks an open case from the objective to step 4 with one follow-up a week from today.</summary>
    public static async Task WalkToCheckResultsAsync(CaseFixture app, string supervisorEmail, int caseId, string factText = "Late 6 times in 4 weeks")
    {
        var today = DateOnly.FromDateTime(app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var weighed = new Weighing(Effect.Positive, "helps");
        var employee = (await ChangeAsync(app, supervisorEmail, caseId, "facts.start", (c, by) => c.StartGettingFacts(by))).Employees[0].EmployeeId;
        await ChangeAsync(app, supervisorEmail, caseId, "fact.add", (c, by) => c.AddFact(FactKind.Record, "Time registration", today, factText, by));
        await ChangeAsync(app, supervisorEmail, caseId, "fact.add", (c, by) => c.AddFact(FactKind.RulesAndCustoms, "Handbook", today, "Shift starts 06:00", by));
        await ChangeAsync(app, supervisorEmail, caseId, "fact.add", (c, by) => c.AddFact(FactKind.Conversation, "Conversation", today, "Bus changed", by, employee));
        await ChangeAsync(app, supervisorEmail, caseId, "fact.add", (c, by) => c.AddFact(FactKind.OpinionOrFeeling, "Team", today, "Feels unfair", by));
        await ChangeAsync(app, supervisorEmail, caseId, "weigh.start", (c, by) => c.StartWeighing(by));
        await ChangeAsync(app, supervisorEmail, caseId, "action.add", (c, by) =>
            c.AddPossibleAction(new PossibleActionInput("Shift 30 minutes later", weighed, new Weighing(Effect.Neutral), weighed, true), by));
        await ChangeAsync(app, supervisorEmail, caseId, "action.add", (c, by) =>
            c.AddPossibleAction(new PossibleActionInput("Formal warning", new Weighing(Effect.Negative), weighed, new Weighing(Effect.Neutral), true), by));
        await ChangeAsync(app, supervisorEmail, caseId, "decide", (c, by) => c.Decide([1], "Solves the cause", by));
        await ChangeAsync(app, supervisorEmail, caseId, "plan", (c, by) =>
            c.PlanAction(new ActionPlanInput(Handling.Myself, null, null, "Monday", "Office", "Explained the reasons"), by));
        await ChangeAsync(app, supervisorEmail, caseId, "check.start", (c, by) => c.StartCheckingResults(by));
        await ChangeAsync(app, supervisorEmail, caseId, "followup.schedule", (c, by) => c.ScheduleFollowUps(today.AddDays(7), null, by));
    }

    public static Task<JrCase> CloseAsync(CaseFixture app, string supervisorEmail, int caseId, OutcomeInput outcome, string? reason = null) =>
        ChangeAsync(app, supervisorEmail, caseId, "close", (c, by) => c.Close(outcome, by, reason));

    /// <summary>A case opened, walked and closed now, with <paramref name="met"/> as the outcome.</summary>
    public static async Task<int> ClosedCaseAsync(
        CaseFixture app, string supervisorEmail, string employeeNumber, ObjectiveMet met = ObjectiveMet.Yes, string title = "Late arrivals",
        int categoryId = 1, ProblemOrigin origin = ProblemOrigin.CameUp)
    {
        var id = await OpenAsync(app, supervisorEmail, employeeNumber, title, categoryId, origin);
        await WalkToCheckResultsAsync(app, supervisorEmail, id);
        await CloseAsync(app, supervisorEmail, id, new OutcomeInput(met, met != ObjectiveMet.No, null, null), met == ObjectiveMet.No ? "Moved to another site" : null);
        return id;
    }

    public static async Task<JrCase> ChangeAsync(CaseFixture app, string supervisorEmail, int caseId, string action, Action<JrCase, Actor> change)
    {
        await using var supervisor = await app.AsAsync(supervisorEmail);
        var service = supervisor.Get<CaseService>();
        var current = await service.GetAsync(caseId);
        return await service.ChangeAsync(caseId, current.Version, action, change);
    }

    /// <summary>The audit records of <paramref name="action"/>, for one case or (null) without a case.</summary>
    public static async Task<int> AuditCountAsync(CaseFixture app, string action, int? caseId = null)
    {
        await using var db = app.CreateDbContext();
        return await db.AuditLog.CountAsync(a => a.Action == action && a.CaseId == caseId);
    }

    /// <summary>Every row of the list for <paramref name="filter"/>, all pages, as HR user <paramref name="email"/> sees it.</summary>
    public static async Task<List<OutcomeRow>> AllRowsAsync(CaseFixture app, string email, OutcomeFilter filter)
    {
        await using var hr = await app.AsAsync(email);
        var queries = hr.Get<OutcomeQueries>();
        var rows = new List<OutcomeRow>();
        for (var page = 1; ; page++)
        {
            var result = await queries.ListAsync(filter with { Page = page });
            rows.AddRange(result.Rows);
            if (page >= result.Pages)
            {
                return rows;
            }
        }
    }
}
