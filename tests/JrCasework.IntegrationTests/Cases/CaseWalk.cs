namespace JrCasework.IntegrationTests.Cases;

/// <summary>Walks a case of Sanne's through the real service, one saved change at a time.</summary>
internal static class CaseWalk
{
    public static async Task<JrCase> ChangeAsync(CaseFixture fixture, int caseId, string action, Action<JrCase, Actor> change)
    {
        await using var sanne = await fixture.AsAsync(DemoData.SupervisorProduction.Email);
        var service = sanne.Get<CaseService>();
        var current = await service.GetAsync(caseId);
        return await service.ChangeAsync(caseId, current.Version, action, change);
    }

    public static async Task<JrCase> ToWeighAndDecideAsync(CaseFixture fixture, int caseId)
    {
        var employee = await fixture.EmployeeIdAsync("P-1001");
        await ChangeAsync(fixture, caseId, "facts.start", (c, by) => c.StartGettingFacts(by));
        await ChangeAsync(fixture, caseId, "fact.add", (c, by) => c.AddFact(FactKind.Record, "Time registration", by.Today, "Late 6 times in 4 weeks", by));
        await ChangeAsync(fixture, caseId, "fact.add", (c, by) => c.AddFact(FactKind.RulesAndCustoms, "Staff handbook", by.Today, "Shift starts 06:00 sharp", by));
        await ChangeAsync(fixture, caseId, "fact.add", (c, by) => c.AddFact(FactKind.Conversation, "Jan Smit", by.Today, "Bus timetable changed", by, employee));
        await ChangeAsync(fixture, caseId, "fact.add", (c, by) => c.AddFact(FactKind.OpinionOrFeeling, "Team", by.Today, "Team feels it is unfair", by));
        return await ChangeAsync(fixture, caseId, "weigh.start", (c, by) => c.StartWeighing(by));
    }

    public static async Task<JrCase> ToTakeActionAsync(CaseFixture fixture, int caseId)
    {
        await ToWeighAndDecideAsync(fixture, caseId);
        var weighed = new Weighing(Effect.Positive, "helps");
        await ChangeAsync(fixture, caseId, "action.add", (c, by) => c.AddPossibleAction(new PossibleActionInput("Shift 30 minutes later", weighed, new Weighing(Effect.Neutral), weighed, true), by));
        await ChangeAsync(fixture, caseId, "action.add", (c, by) => c.AddPossibleAction(new PossibleActionInput("Formal warning", new Weighing(Effect.Negative), weighed, new Weighing(Effect.Neutral), true, "Handbook 4.2"), by));
        return await ChangeAsync(fixture, caseId, "decide", (c, by) => c.Decide([1], "Solves the cause without punishing", by));
    }
}
