namespace JrCasework.Domain.Tests.Cases;

public sealed class ClosedCaseTests
{
    private static readonly Dictionary<string, Action<JrCase>> ChangesByName = new()
    {
        ["ChangeObjective"] = c => c.ChangeObjective("Another objective", CaseBuilder.Owner),
        ["ChangeDetails"] = c => c.ChangeDetails("Another title", 1, ProblemOrigin.RanIntoIt, CaseBuilder.Owner),
        ["AddFact"] = c => c.AddFact(FactKind.Record, "Time clock", CaseBuilder.Today, "Late again", CaseBuilder.Owner),
        ["EditFact"] = c => c.EditFact(1, FactKind.Record, "Time clock", CaseBuilder.Today, "Changed", CaseBuilder.Owner),
        ["StartWeighing"] = c => c.StartWeighing(CaseBuilder.Owner, "Reason"),
        ["AddPossibleAction"] = c => c.AddPossibleAction(CaseBuilder.Weighed("Another"), CaseBuilder.Owner),
        ["EditPossibleAction"] = c => c.EditPossibleAction(1, CaseBuilder.Weighed("Changed"), CaseBuilder.Owner),
        ["Decide"] = c => c.Decide([1], CaseBuilder.Rationale, CaseBuilder.Owner),
        ["PlanAction"] = c => c.PlanAction(CaseBuilder.CompletePlan, CaseBuilder.Owner),
        ["AddActionItem"] = c => c.AddActionItem("More", "Anna", CaseBuilder.Today, CaseBuilder.Owner),
        ["CompleteActionItem"] = c => c.CompleteActionItem(1, CaseBuilder.Owner),
        ["StartCheckingResults"] = c => c.StartCheckingResults(CaseBuilder.Owner),
        ["ScheduleFollowUps"] = c => c.ScheduleFollowUps(CaseBuilder.FirstCheck, null, CaseBuilder.Owner),
        ["RecordCheck"] = c => c.RecordCheck(1, CaseBuilder.Observation, CaseBuilder.Owner),
        ["RescheduleFollowUp"] = c => c.RescheduleFollowUp(1, CaseBuilder.FirstCheck.AddDays(7), "Later", CaseBuilder.Owner),
        ["CancelFollowUp"] = c => c.CancelFollowUp(1, "Not needed", CaseBuilder.Owner),
        ["Close"] = c => c.Close(CaseBuilder.Outcome(ObjectiveMet.Yes), CaseBuilder.Owner),
        ["StartNewLoop"] = c => c.StartNewLoop(CaseBuilder.Outcome(ObjectiveMet.No), CaseBuilder.Owner),
        ["ReturnToStep"] = c => c.ReturnToStep(CaseStep.CheckResults, CaseBuilder.Owner, "Reopen"),
    };

    public static TheoryData<string> Changes() => [.. ChangesByName.Keys];

    [Theory]
    [MemberData(nameof(Changes))]
    public void AnyChange_ToAClosedCase_IsRefused(string change)
    {
        var @case = new CaseBuilder().InStep(CaseStep.Closed);

        CaseAssert.Refused(@case, CaseRule.CaseIsClosed, ChangesByName[change]);
    }

    [Fact]
    public void AClosedCase_SaysWhyItCannotMoveForward()
    {
        var @case = new CaseBuilder().InStep(CaseStep.Closed);

        Assert.Equal(CaseRule.CaseIsClosed, @case.Card().Blocker?.Rule);
    }
}
