namespace JrCasework.Domain.Tests.Cases;

/// <summary>The version is the concurrency token: every change renews it, so two editors cannot overwrite each other.</summary>
public sealed class VersionTests
{
    [Fact]
    public void Version_ChangesOnEveryChange_AlongAWholeCase()
    {
        var @case = new CaseBuilder().WithoutObjective().InStep(CaseStep.Objective);
        var versions = new List<Guid> { @case.Version };
        var owner = CaseBuilder.Owner;
        Action<JrCase>[] changes =
        [
            c => c.ChangeObjective("Anna is on time again.", owner),
            c => c.ChangeDetails("Lateness", 4, ProblemOrigin.BroughtToMe, owner),
            c => c.StartGettingFacts(owner),
            c => c.AddFact(FactKind.Record, "Time clock", CaseBuilder.Today, "Late four times", owner),
            c => c.EditFact(1, FactKind.Record, "Time clock", CaseBuilder.Today, "Late five times", owner),
            c => c.StartWeighing(owner, "Only the record so far; the rest follows."),
            c => c.AddPossibleAction(CaseBuilder.Weighed("Coach"), owner),
            c => c.AddPossibleAction(CaseBuilder.Weighed("Late shift"), owner),
            c => c.EditPossibleAction(2, CaseBuilder.Weighed("Late shift, for a trial month"), owner),
            c => c.Decide([1], CaseBuilder.Rationale, owner),
            c => c.PlanAction(CaseBuilder.CompletePlan, owner),
            c => c.AddActionItem("Agree a start time", "Anna", CaseBuilder.Today, owner),
            c => c.CompleteActionItem(1, owner),
            c => c.StartCheckingResults(owner),
            c => c.ScheduleFollowUps(CaseBuilder.FirstCheck, new Recurrence(1, RecurrenceUnit.Weeks, Count: 2), owner),
            c => c.RecordCheck(1, CaseBuilder.Observation, owner),
            c => c.RescheduleFollowUp(2, CaseBuilder.FirstCheck.AddDays(10), "Holiday", owner),
            c => c.CancelFollowUp(3, "Not needed", owner),
            c => c.ReturnToStep(CaseStep.TakeAction, owner),
            c => c.StartCheckingResults(owner),
            c => c.StartNewLoop(CaseBuilder.Outcome(ObjectiveMet.Partly), owner),
            c => c.StartWeighing(owner, "Nothing new to learn"),
            c => c.Decide([2], CaseBuilder.Rationale, owner),
            c => c.PlanAction(CaseBuilder.CompletePlan, owner),
            c => c.StartCheckingResults(owner),
            c => c.ScheduleFollowUps(CaseBuilder.FirstCheck, null, owner),
            c => c.Close(CaseBuilder.Outcome(ObjectiveMet.Yes), owner),
        ];

        foreach (var change in changes)
        {
            CaseAssert.Allowed(@case, change);
            versions.Add(@case.Version);
        }

        Assert.True(@case.IsClosed);
        Assert.Equal(versions.Count, versions.Distinct().Count());
        Assert.Equal(changes.Length + 1, @case.History.Count);
    }

    [Fact]
    public void Version_StaysTheSame_WhenOnlyAsking()
    {
        var @case = new CaseBuilder().WithoutFact(FactKind.Record).InStep(CaseStep.Facts);
        var before = CaseSnapshot.Of(@case);

        _ = @case.MissingParts();
        _ = @case.Card().Blocker;
        _ = @case.NextFollowUp;

        Assert.Equal(before, CaseSnapshot.Of(@case));
    }
}
