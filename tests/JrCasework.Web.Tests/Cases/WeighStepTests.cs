using JrCasework.Web.Features.Cases.Steps;
using static JrCasework.Web.Tests.Cases.EarlyShiftCase;

namespace JrCasework.Web.Tests.Cases;

public sealed class WeighStepTests : CasePartTest
{
    [Fact]
    public void WithoutPossibleActions_TheCautionWarns_AndOnlyTheFitPromptIsTicked()
    {
        var cut = RenderStep(InStep2());

        Assert.Contains("Don't jump to conclusions", cut.Find("#caution").TextContent, StringComparison.Ordinal);
        Assert.Contains("mud-alert-text-warning", cut.Find("#caution").ClassName, StringComparison.Ordinal);
        var prompts = cut.FindAll("#prompts li");
        Assert.Equal(4, prompts.Count);
        Assert.Contains("is-done", prompts[0].ClassName, StringComparison.Ordinal);
        Assert.All(prompts.Skip(1), li => Assert.DoesNotContain("is-done", li.ClassName ?? "", StringComparison.Ordinal));
        Assert.NotEmpty(cut.FindAll("#actions-empty"));
    }

    [Fact]
    public void TheObjectiveAndTheFacts_AreShownSideBySide()
    {
        var cut = RenderStep(InStep2());

        AssertTexts(cut, ("#weigh-objective", "On time, calm team, no stops"), ("#side-Record", "Late six times"), ("#side-Conversation", "The bus changed"));
    }

    [Fact]
    public void WithTwoWeighedActions_TheCautionNoLongerWarns_AndEveryPromptIsTicked()
    {
        var @case = InStep2WithTwoActions();

        var cut = RenderStep(@case);

        Assert.DoesNotContain("mud-alert-text-warning", cut.Find("#caution").ClassName, StringComparison.Ordinal);
        Assert.All(cut.FindAll("#prompts li"), li => Assert.Contains("is-done", li.ClassName, StringComparison.Ordinal));
        AssertTexts(cut, ("#actions-table", "Start later"), ("#action-1", "Positive"));
    }

    [Fact]
    public void AnActionNotCheckedAgainstPolicy_KeepsTheCautionAndThePolicyPromptOpen()
    {
        var @case = InStep2();
        @case.AddPossibleAction(Weighed("Start later"), Owner);
        @case.AddPossibleAction(Weighed("Formal warning") with { PolicyChecked = false }, Owner);

        var cut = RenderStep(@case);

        Assert.Contains("mud-alert-text-warning", cut.Find("#caution").ClassName, StringComparison.Ordinal);
        Assert.DoesNotContain("is-done", cut.FindAll("#prompts li")[2].ClassName ?? "", StringComparison.Ordinal);
        Assert.Contains("Not checked", cut.Find("#action-2").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AddingAPossibleAction_GoesThroughTheDomain_WithItsWeighing()
    {
        var @case = InStep2();
        var cut = RenderStep(@case);

        cut.Find("#action-description").Input("Start 30 minutes later");
        cut.Find("#effect-individual-Positive").Click();
        cut.Find("#effect-group-Neutral").Click();
        cut.Find("#effect-production-Negative").Click();
        cut.Find("#effect-production-note").Input("Someone must cover the first half hour");
        cut.Find("#policy-checked").Change(true);
        cut.Find("#support-Practical").Change(true);
        cut.Find("#add-action").Click();

        var action = Assert.Single(@case.PossibleActions);
        Assert.Equal("Start 30 minutes later", action.Description);
        Assert.Equal(Effect.Positive, action.EffectOnIndividual);
        Assert.Equal(Effect.Neutral, action.EffectOnGroup);
        Assert.Equal(Effect.Negative, action.EffectOnProduction);
        Assert.Equal("Someone must cover the first half hour", action.ProductionNote);
        Assert.True(action.IsWeighed);
        Assert.Equal(SupportKinds.Practical, action.Support);
        cut.WaitForAssertion(() => Assert.Contains("Start 30 minutes later", cut.Find("#actions-table").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void APossibleAction_CanBeChangedInPlace_AndTheHistoryKeepsThePreviousVersion()
    {
        var @case = InStep2();
        @case.AddPossibleAction(Weighed("Start later"), Owner);
        var cut = RenderStep(@case);

        cut.Find("#edit-action-1").Click();
        cut.Find("#edit-effect-group-Negative").Click();
        cut.Find("#edit-effect-group-note").Input("Others may want the same");
        cut.Find("#save-action").Click();

        var action = Assert.Single(@case.PossibleActions);
        Assert.Equal(Effect.Negative, action.EffectOnGroup);
        Assert.Equal("Others may want the same", action.GroupNote);
        Assert.Equal("Start later", action.Description);
        Assert.Contains(@case.History, h => h.Event == CaseEvent.PossibleActionEdited && h.PreviousValue!.Contains("group Neutral", StringComparison.Ordinal));
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("#save-action")));
    }

    [Fact]
    public void DecidingWithOneAction_IsRefused_WithTheReason()
    {
        var @case = InStep2();
        @case.AddPossibleAction(Weighed("Start later"), Owner);
        var cut = RenderStep(@case);

        cut.Decide(1, "It removes the cause");

        Assert.Equal(CaseStep.WeighAndDecide, @case.Step);
        Assert.Contains("consider at least two possible actions", cut.Find("#step-error").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Deciding_RecordsTheChosenActionsAndTheRationale()
    {
        var @case = InStep2WithTwoActions();
        var cut = RenderStep(@case);

        cut.Decide(1, "It removes the cause");

        Assert.Equal(CaseStep.TakeAction, @case.Step);
        Assert.Equal([1], @case.CurrentDecision!.ChosenActionNumbers);
    }

    [Fact]
    public void WhenTheCaseIsFurther_TheDecisionIsShownReadOnly()
    {
        var @case = InStep2WithTwoActions();
        @case.Decide([2], "The rules are clear", Owner);

        var cut = RenderStep(@case);

        Assert.Empty(cut.FindAll("#decide"));
        AssertTexts(cut, ("#decision-taken", "Formal warning"), ("#decision-taken", "The rules are clear"));
    }

    [Fact]
    public void InDutch_TheCardAndTheTableAreDutch()
    {
        UseCulture("nl-NL");
        var @case = InStep2();
        @case.AddPossibleAction(Weighed("Later beginnen"), Owner);

        var cut = RenderStep(@case);

        Assert.Equal("2 Beoordeel en beslis", cut.Find("#step-title").TextContent);
        Assert.Contains("Trek geen overhaaste conclusies", cut.Find("#caution").TextContent, StringComparison.Ordinal);
        Assert.Contains("Mogelijke acties", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Mogelijke actie toevoegen", cut.Find("#add-action").TextContent, StringComparison.Ordinal);
    }

    private static PossibleActionInput Weighed(string description) =>
        new(description, new Weighing(Effect.Positive), new Weighing(Effect.Neutral), new Weighing(Effect.Positive), PolicyChecked: true);

    /// <summary>The case in step 2 after the whole story, without possible actions yet.</summary>
    private static JrCase InStep2()
    {
        var @case = InStep1().WithTheWholeStory();
        @case.StartWeighing(Owner);
        return @case;
    }

    private static JrCase InStep2WithTwoActions()
    {
        var @case = InStep2();
        @case.AddPossibleAction(Weighed("Start later"), Owner);
        @case.AddPossibleAction(Weighed("Formal warning"), Owner);
        return @case;
    }

    private IRenderedComponent<WeighStep> RenderStep(JrCase @case) => RenderPart<WeighStep>(@case, Owner, Today);
}
