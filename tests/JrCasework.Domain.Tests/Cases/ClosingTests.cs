namespace JrCasework.Domain.Tests.Cases;

/// <summary>"Did you accomplish your objective?": closing the case, or going around again.</summary>
public sealed class ClosingTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Close_WithObjectiveNotMet_WithoutAReason_IsRefused(string? reason)
    {
        var @case = new CaseBuilder().InStep(CaseStep.CheckResults);

        CaseAssert.Refused(@case, CaseRule.ObjectiveNotMetNeedsReason, c => c.Close(CaseBuilder.Outcome(ObjectiveMet.No), CaseBuilder.Owner, reason));
        Assert.Equal(FollowUpStatus.Scheduled, @case.FollowUps[0].Status);
    }

    [Fact]
    public void Close_WithObjectiveNotMet_AndAReason_Closes_AndKeepsTheReason()
    {
        var @case = new CaseBuilder().InStep(CaseStep.CheckResults);

        var entry = CaseAssert.Allowed(@case, c => c.Close(CaseBuilder.Outcome(ObjectiveMet.No), CaseBuilder.Owner, " Anna moved to another site "));

        Assert.True(@case.IsClosed);
        Assert.Equal(CaseStep.Closed, @case.Step);
        Assert.Equal(CaseBuilder.Now, @case.ClosedAtUtc);
        var outcome = @case.FinalOutcome!;
        Assert.Equal(ObjectiveMet.No, outcome.ObjectiveMet);
        Assert.Equal("Anna moved to another site", outcome.CloseAnywayReason);
        Assert.True(outcome.ClosedCase);
        Assert.Equal(1, outcome.Loop);
        Assert.Equal(CaseEvent.Closed, entry.Event);
        Assert.Equal(CaseStep.CheckResults, entry.FromStep);
        Assert.Equal(CaseStep.Closed, entry.ToStep);
    }

    [Theory]
    [InlineData(ObjectiveMet.Yes)]
    [InlineData(ObjectiveMet.Partly)]
    public void Close_WithObjectiveMetOrPartlyMet_NeedsNoReason(ObjectiveMet met)
    {
        var @case = new CaseBuilder().InStep(CaseStep.CheckResults);

        CaseAssert.Allowed(@case, c => c.Close(CaseBuilder.Outcome(met), CaseBuilder.Owner));

        Assert.True(@case.IsClosed);
        Assert.Equal(met, @case.FinalOutcome!.ObjectiveMet);
        Assert.Equal("Fewer late starts", @case.FinalOutcome.HowItHelped);
        Assert.Equal("Talk earlier", @case.FinalOutcome.LessonsLearned);
    }

    [Fact]
    public void Close_CancelsFollowUpsStillScheduled_AndKeepsTheDoneOnes()
    {
        var @case = new CaseBuilder().InStep(CaseStep.CheckResults);
        @case.ScheduleFollowUps(new DateOnly(2026, 4, 1), new Recurrence(1, RecurrenceUnit.Weeks, Count: 2), CaseBuilder.Owner);
        @case.RecordCheck(1, CaseBuilder.Observation, CaseBuilder.Owner);

        CaseAssert.Allowed(@case, c => c.Close(CaseBuilder.Outcome(ObjectiveMet.Yes), CaseBuilder.Owner));

        Assert.Equal(FollowUpStatus.Done, @case.FollowUps[0].Status);
        Assert.All(@case.FollowUps.Skip(1), f =>
        {
            Assert.Equal(FollowUpStatus.Cancelled, f.Status);
            Assert.Equal("Case closed", f.Reason);
        });
        Assert.Null(@case.NextFollowUp);
    }

    [Theory]
    [InlineData(ObjectiveMet.Partly)]
    [InlineData(ObjectiveMet.No)]
    public void StartNewLoop_GoesBackToFacts_WithTheNextLoop_KeepingFactsAndHistory(ObjectiveMet met)
    {
        var @case = new CaseBuilder().InStep(CaseStep.CheckResults);
        var facts = @case.Facts.ToList();
        var followUps = @case.FollowUps.ToList();

        var entry = CaseAssert.Allowed(@case, c => c.StartNewLoop(CaseBuilder.Outcome(met), CaseBuilder.Owner));

        Assert.Equal(2, @case.Loop);
        Assert.Equal(CaseStep.Facts, @case.Step);
        Assert.False(@case.IsClosed);
        Assert.Equal(facts, @case.Facts);
        Assert.Equal(followUps, @case.FollowUps);
        Assert.Single(@case.Decisions);
        Assert.Null(@case.CurrentDecision);
        Assert.Null(@case.CurrentPlan);
        Assert.Null(@case.FinalOutcome);
        var outcome = Assert.Single(@case.Outcomes);
        Assert.Equal(1, outcome.Loop);
        Assert.Equal(met, outcome.ObjectiveMet);
        Assert.False(outcome.ClosedCase);
        Assert.Equal(CaseEvent.NewLoopStarted, entry.Event);
        Assert.Equal(CaseStep.CheckResults, entry.FromStep);
        Assert.Equal(CaseStep.Facts, entry.ToStep);
        Assert.Equal(2, entry.Loop);
    }

    [Fact]
    public void StartNewLoop_WhenTheObjectiveWasMet_IsRefused()
    {
        var @case = new CaseBuilder().InStep(CaseStep.CheckResults);

        CaseAssert.Refused(@case, CaseRule.LoopNeedsUnmetObjective, c => c.StartNewLoop(CaseBuilder.Outcome(ObjectiveMet.Yes), CaseBuilder.Owner));
    }

    [Fact]
    public void ASecondLoop_NeedsItsOwnDecisionPlanAndFollowUp()
    {
        var @case = new CaseBuilder().InStep(CaseStep.CheckResults);
        @case.StartNewLoop(CaseBuilder.Outcome(ObjectiveMet.Partly), CaseBuilder.Owner);
        var fact = @case.AddFact(FactKind.Conversation, "Anna", CaseBuilder.Today, "The new bus is late too", CaseBuilder.Owner, CaseBuilder.AnnaId);
        Assert.Equal(2, fact.Loop);
        @case.StartWeighing(CaseBuilder.Owner);
        @case.Decide([2], "Late shift after all", CaseBuilder.Owner);
        Assert.Equal(2, @case.CurrentDecision!.Loop);

        CaseAssert.Refused(@case, CaseRule.HandlingIncomplete, c => c.StartCheckingResults(CaseBuilder.Owner));
        @case.PlanAction(CaseBuilder.CompletePlan, CaseBuilder.Owner);
        Assert.Equal(2, @case.ActionPlans.Count);
        @case.StartCheckingResults(CaseBuilder.Owner);

        CaseAssert.Refused(@case, CaseRule.FollowUpRequired, c => c.Close(CaseBuilder.Outcome(ObjectiveMet.Yes), CaseBuilder.Owner));
        @case.ScheduleFollowUps(new DateOnly(2026, 4, 1), null, CaseBuilder.Owner);
        CaseAssert.Allowed(@case, c => c.Close(CaseBuilder.Outcome(ObjectiveMet.Yes), CaseBuilder.Owner));

        Assert.Equal(2, @case.FinalOutcome!.Loop);
        Assert.Equal(2, @case.Outcomes.Count);
    }
}
