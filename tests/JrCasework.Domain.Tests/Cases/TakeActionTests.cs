namespace JrCasework.Domain.Tests.Cases;

/// <summary>Step 3 and its caution: don't pass the buck.</summary>
public sealed class TakeActionTests
{
    [Fact]
    public void StartCheckingResults_WithoutAPlan_IsRefused()
    {
        var @case = new CaseBuilder().WithoutPlan().InStep(CaseStep.TakeAction);

        CaseAssert.Refused(@case, CaseRule.HandlingIncomplete, c => c.StartCheckingResults(CaseBuilder.Owner));
    }

    [Theory]
    [InlineData(nameof(ActionPlanInput.When), null, CaseRule.TimingRequired)]
    [InlineData(nameof(ActionPlanInput.When), " ", CaseRule.TimingRequired)]
    [InlineData(nameof(ActionPlanInput.ExplanationToEmployee), null, CaseRule.ExplanationRequired)]
    [InlineData(nameof(ActionPlanInput.ExplanationToEmployee), " ", CaseRule.ExplanationRequired)]
    public void StartCheckingResults_WithoutTimingOrAnExplanationToTheEmployee_IsRefused(string part, string? blank, CaseRule rule)
    {
        var plan = part == nameof(ActionPlanInput.When)
            ? CaseBuilder.CompletePlan with { When = blank }
            : CaseBuilder.CompletePlan with { ExplanationToEmployee = blank };
        var @case = new CaseBuilder().WithPlan(plan).InStep(CaseStep.TakeAction);

        CaseAssert.Refused(@case, rule, c => c.StartCheckingResults(CaseBuilder.Owner));
    }

    [Fact]
    public void StartCheckingResults_WithACompletePlan_MovesToCheckResults()
    {
        var @case = new CaseBuilder().InStep(CaseStep.TakeAction);

        var entry = CaseAssert.Allowed(@case, c => c.StartCheckingResults(CaseBuilder.Owner));

        Assert.Equal(CaseStep.CheckResults, @case.Step);
        Assert.Equal(CaseStep.TakeAction, entry.FromStep);
        Assert.Equal(CaseStep.CheckResults, entry.ToStep);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void PlanAction_MyselfWithHelpWithoutAHelper_IsRefused(string? helper)
    {
        var @case = new CaseBuilder().WithoutPlan().InStep(CaseStep.TakeAction);

        CaseAssert.Refused(@case, CaseRule.HelperRequired,
            c => c.PlanAction(CaseBuilder.CompletePlan with { Handling = Handling.MyselfWithHelp, HelperName = helper }, CaseBuilder.Owner));
        Assert.Null(@case.CurrentPlan);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void PlanAction_ReferredToManagerWithoutAManager_IsRefused(string? manager)
    {
        var @case = new CaseBuilder().InStep(CaseStep.TakeAction);

        CaseAssert.Refused(@case, CaseRule.ManagerRequired,
            c => c.PlanAction(CaseBuilder.CompletePlan with { Handling = Handling.ReferredToManager, ManagerUserId = manager }, CaseBuilder.Owner));
        Assert.Null(@case.ReferredToUserId);
    }

    [Fact]
    public void PlanAction_MyselfWithHelp_KeepsTheHelper()
    {
        var @case = new CaseBuilder().WithoutPlan().InStep(CaseStep.TakeAction);

        var entry = CaseAssert.Allowed(@case,
            c => c.PlanAction(CaseBuilder.CompletePlan with { Handling = Handling.MyselfWithHelp, HelperName = " HR: Sanne " }, CaseBuilder.Owner));

        Assert.Equal(Handling.MyselfWithHelp, @case.CurrentPlan!.Handling);
        Assert.Equal("HR: Sanne", @case.CurrentPlan.HelperName);
        Assert.Equal(CaseEvent.ActionPlanned, entry.Event);
        Assert.Null(entry.PreviousValue);
        Assert.Null(@case.ReferredToUserId);
    }

    [Fact]
    public void PlanAction_ReferredToManager_SetsReferredToUserId_SoTheManagerMayReadTheCase()
    {
        var @case = new CaseBuilder().WithoutPlan().InStep(CaseStep.TakeAction);
        var manager = new CaseViewer(CaseBuilder.ManagerId, new HashSet<string> { Roles.Manager }, new HashSet<int>(), new HashSet<int>());
        Assert.False(CaseAccess.CanReadContent(manager, CaseOwnership.Of(@case)));

        CaseAssert.Allowed(@case,
            c => c.PlanAction(CaseBuilder.CompletePlan with { Handling = Handling.ReferredToManager, ManagerUserId = CaseBuilder.ManagerId }, CaseBuilder.Owner));

        Assert.Equal(CaseBuilder.ManagerId, @case.ReferredToUserId);
        Assert.Equal(CaseBuilder.ManagerId, @case.CurrentPlan!.ManagerUserId);
        Assert.True(CaseAccess.CanReadContent(manager, CaseOwnership.Of(@case)));
        Assert.False(CaseAccess.CanChangeContent(manager, CaseOwnership.Of(@case)));
    }

    [Fact]
    public void AddActionItem_WithoutAnOwner_IsRefused()
    {
        var @case = new CaseBuilder().InStep(CaseStep.TakeAction);

        CaseAssert.Refused(@case, CaseRule.TextRequired, c => c.AddActionItem("Agree a start time", " ", CaseBuilder.Today, CaseBuilder.Owner));
    }

    [Fact]
    public void CompleteActionItem_MarksItDone_AndRecordsIt()
    {
        var @case = new CaseBuilder().InStep(CaseStep.TakeAction);

        var entry = CaseAssert.Allowed(@case, c => c.CompleteActionItem(1, CaseBuilder.Owner));

        Assert.Equal(CaseBuilder.Now, @case.ActionItems[0].CompletedAtUtc);
        Assert.Equal(CaseEvent.ActionItemCompleted, entry.Event);
    }

    [Fact]
    public void CompleteActionItem_WithAnUnknownNumber_IsRefused()
    {
        var @case = new CaseBuilder().InStep(CaseStep.TakeAction);

        CaseAssert.Refused(@case, CaseRule.UnknownItem, c => c.CompleteActionItem(9, CaseBuilder.Owner));
    }
}
