using JrCasework.Domain.Organisation;
using JrCasework.Web.Features.Cases.Steps;

namespace JrCasework.Web.Tests.Cases;

public sealed class ActionStepTests : CaseStepTest
{
    [Fact]
    public void WithoutAPlan_NoPromptIsTicked_AndTheCautionApplies()
    {
        var cut = RenderIn<ActionStep>(InStep3());

        Assert.Equal("3 Take action", cut.Find("#step-title").TextContent);
        Assert.Empty(Ticked(cut));
        Assert.Contains("Don't pass the buck", cut.Find("#caution").TextContent, StringComparison.Ordinal);
        Assert.Contains("warning", cut.Find("#caution").ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDecisionBeingActedOn_IsShownAtTheTop()
    {
        var cut = RenderIn<ActionStep>(InStep3());

        var decision = cut.Find("#decision").TextContent;
        Assert.Contains("Start 30 minutes later for three months", decision, StringComparison.Ordinal);
        Assert.DoesNotContain("Formal warning", decision, StringComparison.Ordinal);
        Assert.Contains("It removes the cause without punishing", decision, StringComparison.Ordinal);
    }

    [Fact]
    public void APlanWithTimingButNoExplanation_TicksTwoPrompts_AndTheCautionStillApplies()
    {
        var c = InStep3();
        c.PlanAction(new ActionPlanInput(Handling.Myself, null, null, "Monday 07:30", null, null), Now);

        var cut = RenderIn<ActionStep>(c);

        Assert.Equal(2, Ticked(cut).Count);
        Assert.Contains("warning", cut.Find("#caution").ClassName, StringComparison.Ordinal);
        Assert.Equal("Monday 07:30", cut.Find("#when").GetAttribute("value"));
    }

    [Fact]
    public void SavingThePlan_RecordsItThroughTheDomain_AndTicksEveryPrompt()
    {
        var c = InStep3();
        var cut = RenderIn<ActionStep>(c);

        cut.Find("#handling-Myself").Click();
        cut.Find("#when").Input("Monday 07:30, before the shift");
        cut.Find("#where").Input("Meeting room 2");
        cut.Find("#explanation").Input("Explained the later start and how I reached it");
        cut.Find("#save-plan").Click();

        Assert.Equal(Handling.Myself, c.CurrentPlan!.Handling);
        Assert.Equal("Monday 07:30, before the shift", c.CurrentPlan.When);
        Assert.Equal(3, Ticked(cut).Count);
        Assert.Contains("info", cut.Find("#caution").ClassName, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("#step-error"));
    }

    [Fact]
    public void AfterTheSavedPlan_TheDraftNoteUnderTheExplanationIsGone()
    {
        var c = InStep3();
        var cut = RenderIn<ActionStep>(c);

        cut.Find("#handling-Myself").Click();
        cut.Find("#when").Input("Monday 07:30, before the shift");
        cut.Find("#explanation").Input("Explained the later start and how I reached it");
        Assert.NotEmpty(cut.FindAll(".jr-draft-note"));
        cut.Find("#save-plan").Click();

        Assert.NotNull(c.CurrentPlan);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".jr-draft-note")));
        Assert.Equal("Explained the later start and how I reached it", cut.Find("#explanation").TextContent);
    }

    [Fact]
    public void ChoosingToRefer_SaysTheManagerWillReadTheWholeCase()
    {
        var cut = RenderIn<ActionStep>(InStep3());

        cut.Find("#handling-ReferredToManager").Click();

        Assert.NotNull(cut.Find("#manager-select"));
        Assert.Contains("will be able to read the whole case", cut.Find("#referral-notice").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AReferralToAManager_NamesThatManagerInTheNotice()
    {
        var c = InStep3();
        c.PlanAction(new ActionPlanInput(Handling.ReferredToManager, null, "user-ahmed", "Today", null, null), Now);

        var cut = RenderIn<ActionStep>(c);

        Assert.Contains("Ahmed Yilmaz will be able to read the whole case", cut.Find("#referral-notice").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAManagerForTheUnit_ReferringIsNotPossible()
    {
        var cut = RenderIn<ActionStep>(InStep3(), managers: []);

        cut.Find("#handling-ReferredToManager").Click();

        Assert.Contains("No manager manages your unit", cut.Find("#referral-notice").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("#manager-select"));
    }

    [Fact]
    public void MovingOnWithoutAPlan_IsRefused_WithTheReason()
    {
        var c = InStep3();
        var cut = RenderIn<ActionStep>(c);

        cut.Find("#start-checking").Click();

        Assert.Equal(CaseStep.TakeAction, c.Step);
        Assert.Equal("Don't pass the buck: record who handles this.", cut.Find("#step-error").TextContent);
    }

    [Fact]
    public void AnActionItem_IsAdded_AndMarkedDone()
    {
        var c = InStep3();
        var cut = RenderIn<ActionStep>(c);

        cut.AddActionItem("Ask the planner for the later start", "Sanne");
        cut.Find("#item-done-1").Click();

        var item = Assert.Single(c.ActionItems);
        Assert.Equal(WorkingWeek.MondayToFriday.OnOrAfter(Today.AddDays(7)), item.DueOn);
        Assert.NotNull(item.CompletedAtUtc);
        Assert.Contains("Ask the planner for the later start", cut.Find("#action-items").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("#item-done-1"));
    }

    [Fact]
    public void InDutch_TheStepSpeaksDutch()
    {
        UseCulture("nl-NL");

        var cut = RenderIn<ActionStep>(InStep3());

        Assert.Equal("3 Onderneem actie", cut.Find("#step-title").TextContent);
        AssertTexts(
            cut,
            ("#caution", "Schuif je verantwoordelijkheid niet af"),
            ("#start-checking", "Begin met resultaten controleren"),
            ("#plan", "Ik pak het zelf aan"));
    }

    [Fact]
    public void SomeoneWhoMayOnlyRead_SeesThePlanButNoButtons()
    {
        var c = InStep3();
        c.PlanAction(new ActionPlanInput(Handling.Myself, null, null, "Monday", "Office", "Explained"), Now);

        var cut = RenderIn<ActionStep>(c, canChange: false);

        Assert.Empty(cut.FindAll("#save-plan"));
        Assert.Empty(cut.FindAll("#start-checking"));
        Assert.Empty(cut.FindAll("#add-item"));
    }
}
