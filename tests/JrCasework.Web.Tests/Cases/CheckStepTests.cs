using JrCasework.Domain.Organisation;
using JrCasework.Web.Features.Cases.Steps;

namespace JrCasework.Web.Tests.Cases;

public sealed class CheckStepTests : CaseStepTest
{
    [Fact]
    public void WithoutFollowUps_NoPromptIsTicked_AndTheCautionApplies()
    {
        var cut = RenderIn<CheckStep>(InStep4(withFollowUp: false));

        Assert.Equal("4 Check results", cut.Find("#step-title").TextContent);
        Assert.Empty(Ticked(cut));
        Assert.Contains("Did your action help production?", cut.Find("#caution").TextContent, StringComparison.Ordinal);
        Assert.Contains("warning", cut.Find("#caution").ClassName, StringComparison.Ordinal);
        Assert.Contains("No follow-ups yet", cut.Find("#followups").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AFirstCheckOnTheLastDayOfTime_IsRefusedAtTheScheduler_InsteadOfCrashing()
    {
        var c = InStep4(withFollowUp: false);
        var cut = RenderIn<CheckStep>(c);

        cut.Find("#followup-first input, input#followup-first").Change("31/12/9999");
        cut.Find("#followup-every").Input("1");
        cut.Find("#followup-count").Input("3");
        cut.Find("#schedule").Click();

        Assert.Empty(c.FollowUps);
        Assert.Equal("Choose a date no more than 5 years ahead.", cut.Find("#scheduler #step-error").TextContent);
    }

    [Fact]
    public void ThePreset_InOneWeekThenEveryTwoWeeksThreeTimes_SchedulesFourChecks()
    {
        var c = InStep4(withFollowUp: false);
        var cut = RenderIn<CheckStep>(c);

        cut.ScheduleQuickChoice("1w-2w-3");

        var first = WorkingWeek.MondayToFriday.OnOrAfter(Today.AddDays(7));
        Assert.Equal([first, first.AddDays(14), first.AddDays(28), first.AddDays(42)], c.FollowUps.Select(f => f.DueOn));
        Assert.Equal(4, cut.FindAll("#followups > li").Count);
        Assert.NotNull(cut.Find("#followup-4"));
        Assert.Equal(2, Ticked(cut).Count);
    }

    [Fact]
    public void RecordingACheck_ShowsWhatWasObserved_AndLiftsTheCaution()
    {
        var c = InStep4();
        var cut = RenderIn<CheckStep>(c);

        cut.Find("#check-1").Click();
        cut.Find("#check-output").Input("No late arrivals");
        cut.Find("#check-attitudes").Input("Relieved, more open");
        cut.Find("#save-check").Click();

        Assert.Equal(FollowUpStatus.Done, c.FollowUps[0].Status);
        var row = cut.Find("#followup-1").TextContent;
        Assert.Contains("Done", row, StringComparison.Ordinal);
        Assert.Contains("No late arrivals", row, StringComparison.Ordinal);
        Assert.Contains("info", cut.Find("#caution").ClassName, StringComparison.Ordinal);
        Assert.Contains("Watch for changes in output, attitudes and relationships", Ticked(cut));
    }

    [Fact]
    public void AnEmptyCheck_IsRefused_WithTheReason()
    {
        var cut = RenderIn<CheckStep>(InStep4());

        cut.Find("#check-1").Click();
        cut.Find("#save-check").Click();

        Assert.Equal("Write what you saw: changes in output, attitudes or relationships.", cut.Find("#step-error").TextContent);
    }

    [Fact]
    public void AFollowUpWhoseDateHasPassed_IsMarkedOverdue()
    {
        var c = InStep4(withFollowUp: false);
        c.ScheduleFollowUps(Today.AddDays(-3), null, new Actor(Supervisor, DateTime.UtcNow.AddDays(-10)));

        var cut = RenderIn<CheckStep>(c);

        Assert.Contains("Overdue", cut.Find("#followup-1-overdue").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void CancellingAFollowUp_NeedsAReason()
    {
        var c = InStep4();
        var cut = RenderIn<CheckStep>(c);

        cut.Find("#cancel-1").Click();
        cut.Find("#cancel-save").Click();
        Assert.Equal("Write the reason.", cut.Find("#step-error").TextContent);

        cut.Find("#cancel-reason").Input("He is on leave for a month");
        cut.Find("#cancel-save").Click();
        Assert.Equal(FollowUpStatus.Cancelled, c.FollowUps[0].Status);
        Assert.Contains("He is on leave for a month", cut.Find("#followup-1").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TheClosingQuestion_QuotesTheObjective()
    {
        var cut = RenderIn<CheckStep>(InStep4());

        AssertTexts(cut, ("#closing-title", "Did you accomplish your objective?"), ("#closing-objective", "On time for every shift, calm team"));
    }

    [Theory]
    [InlineData("Yes", false)]
    [InlineData("Partly", true)]
    [InlineData("No", true)]
    public void TheWayBackToStep1_IsOfferedOnlyWhenTheObjectiveIsNotMet(string answer, bool offered)
    {
        var cut = RenderIn<CheckStep>(InStep4());

        cut.Find($"#objective-met-{answer}").Click();

        Assert.Equal(offered, cut.FindAll("#new-loop").Count == 1);
        Assert.Equal(answer == "No", cut.FindAll("#close-reason").Count == 1);
    }

    [Fact]
    public void ClosingWhenTheObjectiveWasNotMet_WithoutAReason_IsRefused()
    {
        var c = InStep4();
        var cut = RenderIn<CheckStep>(c);

        cut.Find("#objective-met-No").Click();
        cut.Find("#close-case").Click();

        Assert.Equal(CaseStep.CheckResults, c.Step);
        Assert.Contains("The objective was not met", cut.Find("#step-error").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void GoingAroundAgain_StartsRound2AtStep1()
    {
        var c = InStep4();
        var cut = RenderIn<CheckStep>(c);

        cut.Find("#objective-met-Partly").Click();
        cut.Find("#lessons").Input("The later start alone was not enough");
        cut.Find("#new-loop").Click();

        Assert.Equal(CaseStep.Facts, c.Step);
        Assert.Equal(2, c.Loop);
        Assert.Equal(ObjectiveMet.Partly, Assert.Single(c.Outcomes).ObjectiveMet);
    }

    [Fact]
    public void ClosingWithTheObjectiveMet_RecordsHowTheActionHelped()
    {
        var c = InStep4();
        var cut = RenderIn<CheckStep>(c);

        cut.Find("#objective-met-Yes").Click();
        cut.Find("#action-helped").Change(true);
        cut.Find("#how-helped").Input("On time every day");
        cut.Find("#lessons").Input("Ask about commuting early on");
        cut.Find("#close-case").Click();

        Assert.True(c.IsClosed);
        var outcome = c.FinalOutcome!;
        Assert.True(outcome.ActionHelped);
        Assert.Equal("On time every day", outcome.HowItHelped);
        Assert.Equal("Ask about commuting early on", outcome.LessonsLearned);
    }

    [Fact]
    public void InDutch_TheStepSpeaksDutch()
    {
        UseCulture("nl-NL");

        var cut = RenderIn<CheckStep>(InStep4());

        Assert.Equal("4 Controleer resultaten", cut.Find("#step-title").TextContent);
        AssertTexts(
            cut,
            ("#closing-title", "Heb je je doel bereikt?"),
            ("#preset-1w-2w-3", "Over 1 week, daarna elke 2 weken, 3 keer"),
            ("#followup-1", "Gepland"));
    }
}
