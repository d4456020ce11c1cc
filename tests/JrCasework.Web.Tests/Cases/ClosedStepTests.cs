using JrCasework.Web.Features.Cases.Steps;

namespace JrCasework.Web.Tests.Cases;

public sealed class ClosedStepTests : CaseStepTest
{
    [Fact]
    public void TheOutcomeSummary_ShowsTheAnswer_HowItHelped_AndTheLessons()
    {
        var cut = RenderIn<ClosedStep>(Closed());

        var summary = cut.Find("#outcome-summary").TextContent;
        Assert.Equal("Yes", cut.Find("#outcome-met").TextContent.Trim());
        Assert.Equal("Yes", cut.Find("#outcome-helped").TextContent.Trim());
        Assert.Contains("On time every day", summary, StringComparison.Ordinal);
        Assert.Contains("Ask about commuting early on", summary, StringComparison.Ordinal);
        Assert.Equal("1", cut.Find("#outcome-rounds").TextContent.Trim());
        Assert.Empty(cut.FindAll("#outcome-reason"));
    }

    [Fact]
    public void ACaseClosedAlthoughNotMet_ShowsWhy()
    {
        var cut = RenderIn<ClosedStep>(Closed(ObjectiveMet.No));

        Assert.Equal("He moved to another site", cut.Find("#outcome-reason").TextContent.Trim());
    }

    [Fact]
    public void EarlierRounds_AreListedWithTheirOutcome()
    {
        var c = InStep4();
        c.RecordCheck(1, new CheckObservation("Still late twice", null, null, null), Now);
        c.StartNewLoop(new OutcomeInput(ObjectiveMet.Partly, false, null, "The bus was not the only cause"), Now);
        c.StartWeighing(Now);
        c.AddPossibleAction(new PossibleActionInput("Swap to the late shift", new Weighing(Effect.Positive), new Weighing(Effect.Neutral),
            new Weighing(Effect.Neutral), true), Now);
        c.Decide([3], "Fits his family situation", Now);
        c.PlanAction(new ActionPlanInput(Handling.Myself, null, null, "Friday", "Office", "Explained the swap"), Now);
        c.StartCheckingResults(Now);
        c.ScheduleFollowUps(Today.AddDays(7), null, Now);
        c.Close(new OutcomeInput(ObjectiveMet.Yes, true, "On time", null), Now);

        var cut = RenderIn<ClosedStep>(c);

        Assert.Equal("2", cut.Find("#outcome-rounds").TextContent.Trim());
        var earlier = cut.Find("#earlier-outcomes").TextContent;
        Assert.Contains("Round 1", earlier, StringComparison.Ordinal);
        Assert.Contains("Partly", earlier, StringComparison.Ordinal);
        Assert.Contains("The bus was not the only cause", earlier, StringComparison.Ordinal);
    }

    [Fact]
    public void InDutch_TheSummarySpeaksDutch()
    {
        UseCulture("nl-NL");

        var cut = RenderIn<ClosedStep>(Closed());

        Assert.Equal("Afgesloten", cut.Find("#step-title").TextContent);
        Assert.Contains("Geleerde lessen", cut.Find("#outcome-summary").TextContent, StringComparison.Ordinal);
        Assert.Equal("Ja", cut.Find("#outcome-met").TextContent.Trim());
    }
}
