namespace JrCasework.Domain.Tests.Cases;

public sealed class DecideTests
{
    [Fact]
    public void Decide_WithOnlyOnePossibleAction_IsRefused()
    {
        var @case = new CaseBuilder().WithPossibleActions(CaseBuilder.Weighed("Formal warning")).InStep(CaseStep.WeighAndDecide);

        CaseAssert.Refused(@case, CaseRule.TwoPossibleActionsRequired, c => c.Decide([1], CaseBuilder.Rationale, CaseBuilder.Owner));
    }

    [Fact]
    public void Decide_WithNoPossibleAction_IsRefused()
    {
        var @case = new CaseBuilder().WithPossibleActions().InStep(CaseStep.WeighAndDecide);

        CaseAssert.Refused(@case, CaseRule.TwoPossibleActionsRequired, c => c.Decide([1], CaseBuilder.Rationale, CaseBuilder.Owner));
    }

    public static TheoryData<string, PossibleActionInput> UnweighedActions() => new()
    {
        { "no effect on the individual", CaseBuilder.Weighed("Warning") with { Individual = null } },
        { "no effect on the group", CaseBuilder.Weighed("Warning") with { Group = null } },
        { "no effect on production", CaseBuilder.Weighed("Warning") with { Production = null } },
        { "policy not checked", CaseBuilder.Weighed("Warning") with { PolicyChecked = false } },
    };

    [Theory]
    [MemberData(nameof(UnweighedActions))]
    public void Decide_WithAnUnweighedPossibleAction_IsRefused_NamingIt(string why, PossibleActionInput unweighed)
    {
        var @case = new CaseBuilder().WithPossibleActions(CaseBuilder.Weighed("Coach Anna"), unweighed).InStep(CaseStep.WeighAndDecide);

        var refusal = CaseAssert.Refused(@case, CaseRule.PossibleActionNotWeighed, c => c.Decide([1], CaseBuilder.Rationale, CaseBuilder.Owner));

        Assert.False(@case.PossibleActions[1].IsWeighed, why);
        Assert.Equal(["Warning"], refusal.Details);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Decide_WithoutARationale_IsRefused(string rationale)
    {
        var @case = new CaseBuilder().InStep(CaseStep.WeighAndDecide);

        CaseAssert.Refused(@case, CaseRule.RationaleRequired, c => c.Decide([1], rationale, CaseBuilder.Owner));
    }

    [Fact]
    public void Decide_WithAnUnknownActionNumber_IsRefused()
    {
        var @case = new CaseBuilder().InStep(CaseStep.WeighAndDecide);

        CaseAssert.Refused(@case, CaseRule.UnknownItem, c => c.Decide([1, 3], CaseBuilder.Rationale, CaseBuilder.Owner));
    }

    [Fact]
    public void Decide_WithoutChoosingAnAction_IsRefused()
    {
        var @case = new CaseBuilder().InStep(CaseStep.WeighAndDecide);

        CaseAssert.Refused(@case, CaseRule.ChooseAnAction, c => c.Decide([], CaseBuilder.Rationale, CaseBuilder.Owner));
    }

    [Fact]
    public void Decide_WithTwoWeighedActions_RecordsTheDecision_AndMovesToTakeAction()
    {
        var @case = new CaseBuilder().InStep(CaseStep.WeighAndDecide);

        var entry = CaseAssert.Allowed(@case, c => c.Decide([2, 2, 1], $" {CaseBuilder.Rationale} ", CaseBuilder.Owner));

        Assert.Equal(CaseStep.TakeAction, @case.Step);
        var decision = Assert.Single(@case.Decisions);
        Assert.Same(decision, @case.CurrentDecision);
        Assert.Equal([2, 1], decision.ChosenActionNumbers);
        Assert.Equal(CaseBuilder.Rationale, decision.Rationale);
        Assert.Equal(CaseBuilder.Now, decision.DecidedAtUtc);
        Assert.Equal(CaseEvent.Decided, entry.Event);
        Assert.Equal(CaseStep.WeighAndDecide, entry.FromStep);
        Assert.Equal(CaseStep.TakeAction, entry.ToStep);
    }

    [Fact]
    public void AddPossibleAction_WithoutADescription_IsRefused()
    {
        var @case = new CaseBuilder().InStep(CaseStep.WeighAndDecide);

        CaseAssert.Refused(@case, CaseRule.TextRequired, c => c.AddPossibleAction(CaseBuilder.Weighed(" "), CaseBuilder.Owner));
    }

    [Fact]
    public void AddPossibleAction_NumbersActionsWithinTheCase()
    {
        var @case = new CaseBuilder().InStep(CaseStep.WeighAndDecide);

        var action = @case.AddPossibleAction(CaseBuilder.Weighed("Formal warning") with { Support = SupportKinds.Informational }, CaseBuilder.Owner);

        Assert.Equal(3, action.Number);
        Assert.True(action.IsWeighed);
        Assert.Equal(SupportKinds.Informational, action.Support);
    }
}
