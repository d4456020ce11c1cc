namespace JrCasework.Domain.Tests.Cases;

/// <summary>Edge cases found by review: a withdrawn referral, an undefined step, the follow-up cap.</summary>
public sealed class DomainEdgeCaseTests
{
    [Fact]
    public void PlanAction_FromReferredToHandledMyself_EndsTheManagersAccess()
    {
        var @case = new CaseBuilder()
            .WithPlan(CaseBuilder.CompletePlan with { Handling = Handling.ReferredToManager, ManagerUserId = CaseBuilder.ManagerId })
            .InStep(CaseStep.TakeAction);
        var manager = new CaseViewer(CaseBuilder.ManagerId, new HashSet<string> { Roles.Manager }, new HashSet<int>(), new HashSet<int>());

        @case.PlanAction(CaseBuilder.CompletePlan with { Handling = Handling.Myself }, CaseBuilder.Owner);

        Assert.Equal(Handling.Myself, @case.CurrentPlan!.Handling);
        Assert.Null(@case.ReferredToUserId);
        Assert.False(CaseAccess.CanReadContent(manager, CaseOwnership.Of(@case)));
    }

    [Fact]
    public void ReturnToStep_AnUndefinedStep_IsRefused()
    {
        var @case = new CaseBuilder().InStep(CaseStep.Facts);

        CaseAssert.Refused(@case, CaseRule.OnlyBackwards, c => c.ReturnToStep((CaseStep)(-1), CaseBuilder.Owner));
    }

    [Fact]
    public void ScheduleFollowUps_WithoutACount_CreatesAtMostMaxChecks()
    {
        var @case = new CaseBuilder().WithoutFollowUp().InStep(CaseStep.CheckResults);

        var created = @case.ScheduleFollowUps(CaseBuilder.FirstCheck, new Recurrence(1, RecurrenceUnit.Days, Until: new DateOnly(2030, 1, 1)), CaseBuilder.Owner);

        Assert.True(created.Count <= Recurrence.MaxChecks, $"{created.Count} checks created; MaxChecks is {Recurrence.MaxChecks}.");
    }

    [Fact]
    public void PlanAction_InStep4_CannotRemoveTheTimingThatStep4Required()
    {
        var @case = new CaseBuilder().InStep(CaseStep.CheckResults);

        CaseAssert.Refused(@case, CaseRule.TimingRequired, c => c.PlanAction(CaseBuilder.CompletePlan with { When = " " }, CaseBuilder.Owner));
    }

    [Fact]
    public void ScheduleFollowUps_EndingBeforeTheFirstCheck_IsRefused()
    {
        var @case = new CaseBuilder().WithoutFollowUp().InStep(CaseStep.CheckResults);

        CaseAssert.Refused(@case, CaseRule.RecurrenceInvalid, c =>
            c.ScheduleFollowUps(CaseBuilder.FirstCheck, new Recurrence(1, RecurrenceUnit.Weeks, Until: CaseBuilder.FirstCheck.AddDays(-1)), CaseBuilder.Owner));
    }

    [Fact]
    public void CompleteActionItem_Twice_ChangesNothingTheSecondTime()
    {
        var @case = new CaseBuilder().InStep(CaseStep.TakeAction);
        var item = @case.AddActionItem("Change the roster", "Ria", CaseBuilder.FirstCheck, CaseBuilder.Owner);
        @case.CompleteActionItem(item.Number, CaseBuilder.Owner);
        var version = @case.Version;
        var history = @case.History.Count;

        @case.CompleteActionItem(item.Number, CaseBuilder.Owner);

        Assert.Equal(version, @case.Version);
        Assert.Equal(history, @case.History.Count);
    }
}
