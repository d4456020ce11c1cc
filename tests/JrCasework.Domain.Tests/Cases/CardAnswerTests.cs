namespace JrCasework.Domain.Tests.Cases;

/// <summary>The card's prompts and cautions, step by step: what the step card shows, answered by the domain.</summary>
public sealed class CardAnswerTests
{
    [Fact]
    public void Objective_HasOnePrompt_AndNoCaution()
    {
        var written = new CaseBuilder().InStep(CaseStep.Objective).Card();
        var empty = new CaseBuilder().WithoutObjective().InStep(CaseStep.Objective).Card();

        Assert.Equal([new PromptAnswer(CardPrompt.WriteObjective, true)], written.Prompts);
        Assert.False(Assert.Single(empty.Prompts).Done);
        Assert.False(written.HasCaution);
        Assert.False(empty.CautionApplies);
    }

    [Fact]
    public void Facts_AskForATalkWithEachEmployee_AndTheCautionAppliesUntilTheWholeStoryIsThere()
    {
        var @case = new CaseBuilder().WithEmployee(CaseBuilder.BramId, CaseBuilder.BramName)
            .WithoutConversationWith(CaseBuilder.BramId).WithoutFact(FactKind.OpinionOrFeeling).InStep(CaseStep.Facts);

        var card = @case.Card(CaseStep.Facts);

        Assert.Equal(
            [
                (CardPrompt.ReviewRecord, true, (string?)null),
                (CardPrompt.FindRulesAndCustoms, true, null),
                (CardPrompt.TalkWithEmployee, true, CaseBuilder.AnnaName),
                (CardPrompt.TalkWithEmployee, false, CaseBuilder.BramName),
                (CardPrompt.GetOpinionsAndFeelings, false, null),
            ],
            card.Prompts.Select(p => (p.Prompt, p.Done, p.With?.Name)));
        Assert.True(card.HasCaution);
        Assert.True(card.CautionApplies);
        Assert.Equal(
            [new MissingPart(FactKind.Conversation, CaseBuilder.BramName), new MissingPart(FactKind.OpinionOrFeeling)],
            @case.MissingParts());
    }

    [Fact]
    public void Facts_WithTheWholeStory_LiftTheCaution_AndLetTheStepMoveOn()
    {
        var card = new CaseBuilder().InStep(CaseStep.Facts).Card();

        Assert.All(card.Prompts, p => Assert.True(p.Done));
        Assert.False(card.CautionApplies);
        Assert.True(card.CanMoveOn);
    }

    [Fact]
    public void Weigh_PolicyAndEffectsAreSeparatePrompts_AndOneUnweighedActionKeepsTheCaution()
    {
        var policyMissing = CaseBuilder.Weighed("Warning") with { PolicyChecked = false };
        var card = new CaseBuilder().WithPossibleActions(CaseBuilder.Weighed("Coach"), policyMissing).InStep(CaseStep.WeighAndDecide).Card();

        Assert.Equal(
            [
                (CardPrompt.FitFactsTogether, true),
                (CardPrompt.ConsiderPossibleActions, true),
                (CardPrompt.CheckPracticesAndPolicies, false),
                (CardPrompt.ConsiderEffects, true),
            ],
            card.Prompts.Select(p => (p.Prompt, p.Done)));
        Assert.True(card.CautionApplies);
        Assert.Equal(CaseRule.PossibleActionNotWeighed, card.Blocker?.Rule);
        Assert.Equal(["Warning"], card.Blocker!.Details);
    }

    [Fact]
    public void Weigh_WithOnePossibleAction_TheCautionApplies_EvenWhenItIsWeighed()
    {
        var card = new CaseBuilder().WithPossibleActions(CaseBuilder.Weighed("Coach")).InStep(CaseStep.WeighAndDecide).Card();

        Assert.False(card.Prompts.Single(p => p.Prompt == CardPrompt.ConsiderPossibleActions).Done);
        Assert.True(card.CautionApplies);
    }

    [Fact]
    public void TakeAction_EachMissingPartOfThePlan_LeavesItsPromptOpen_AndTheCautionOn()
    {
        var noTiming = new CaseBuilder().WithPlan(CaseBuilder.CompletePlan with { When = " " }).InStep(CaseStep.TakeAction).Card();
        var complete = new CaseBuilder().InStep(CaseStep.TakeAction).Card();

        Assert.Equal([true, false, true], noTiming.Prompts.Select(p => p.Done));
        Assert.True(noTiming.CautionApplies);
        Assert.False(complete.CautionApplies);
        Assert.True(complete.CanMoveOn);
    }

    [Fact]
    public void CheckResults_TheCautionAppliesUntilACheckOfThisRoundIsRecorded()
    {
        var @case = new CaseBuilder().InStep(CaseStep.CheckResults);
        var scheduled = @case.Card();

        @case.RecordCheck(@case.CurrentFollowUps[0].Number, CaseBuilder.Observation, CaseBuilder.Owner);
        var checkedOnce = @case.Card();

        Assert.Equal([true, false, false], scheduled.Prompts.Select(p => p.Done));
        Assert.True(scheduled.CautionApplies);
        Assert.Equal([true, false, true], checkedOnce.Prompts.Select(p => p.Done));
        Assert.False(checkedOnce.CautionApplies);
    }

    [Fact]
    public void CurrentFollowUps_LeaveOutCancelledOnes()
    {
        var @case = new CaseBuilder().InStep(CaseStep.CheckResults);
        var first = @case.CurrentFollowUps[0].Number;

        @case.CancelFollowUp(first, "Holiday", CaseBuilder.Owner);

        Assert.DoesNotContain(@case.CurrentFollowUps, f => f.Number == first);
        Assert.Equal(CaseRule.FollowUpRequired, @case.Card().Blocker?.Rule);
    }

    [Fact]
    public void AStepOtherThanTheCurrentOne_IsBlockedAsTheMoveWouldBe()
    {
        var @case = new CaseBuilder().InStep(CaseStep.TakeAction);

        Assert.Equal(CaseRule.NotInThisStep, @case.Card(CaseStep.Facts).Blocker?.Rule);
        CaseAssert.Refused(@case, CaseRule.NotInThisStep, c => c.StartWeighing(CaseBuilder.Owner));
    }

    [Fact]
    public void Closed_AsksWhetherTheObjectiveWasAccomplished_AndNothingMovesOn()
    {
        var @case = new CaseBuilder().InStep(CaseStep.CheckResults);
        @case.Close(CaseBuilder.Outcome(ObjectiveMet.Yes), CaseBuilder.Owner);

        var card = @case.Card();

        Assert.Equal([new PromptAnswer(CardPrompt.AccomplishedObjective, true)], card.Prompts);
        Assert.Equal(CaseRule.CaseIsClosed, card.Blocker?.Rule);
    }
}
