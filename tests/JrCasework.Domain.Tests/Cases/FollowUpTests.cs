namespace JrCasework.Domain.Tests.Cases;

/// <summary>Step 4 and its caution: check results.</summary>
public sealed class FollowUpTests
{
    private static readonly DateOnly Monday = new(2026, 3, 16);

    [Fact]
    public void Close_WithoutAFollowUp_IsRefused()
    {
        var @case = new CaseBuilder().WithoutFollowUp().InStep(CaseStep.CheckResults);

        CaseAssert.Refused(@case, CaseRule.FollowUpRequired, c => c.Close(CaseBuilder.Outcome(ObjectiveMet.Yes), CaseBuilder.Owner));
    }

    [Fact]
    public void StartNewLoop_WithoutAFollowUp_IsRefused()
    {
        var @case = new CaseBuilder().WithoutFollowUp().InStep(CaseStep.CheckResults);

        CaseAssert.Refused(@case, CaseRule.FollowUpRequired, c => c.StartNewLoop(CaseBuilder.Outcome(ObjectiveMet.No), CaseBuilder.Owner));
    }

    [Fact]
    public void Close_WithOnlyACancelledFollowUp_IsRefused()
    {
        var @case = new CaseBuilder().InStep(CaseStep.CheckResults);
        @case.CancelFollowUp(1, "Anna moved to another team", CaseBuilder.Owner);

        CaseAssert.Refused(@case, CaseRule.FollowUpRequired, c => c.Close(CaseBuilder.Outcome(ObjectiveMet.Yes), CaseBuilder.Owner));
    }

    [Fact]
    public void ScheduleFollowUps_EveryTwoWeeksThreeTimes_SchedulesTheFirstCheckAndThreeMore()
    {
        var @case = new CaseBuilder().WithoutFollowUp().InStep(CaseStep.CheckResults);

        var created = @case.ScheduleFollowUps(Monday, new Recurrence(2, RecurrenceUnit.Weeks, Count: 3), CaseBuilder.Owner);

        DateOnly[] expected = [new(2026, 3, 16), new(2026, 3, 30), new(2026, 4, 13), new(2026, 4, 27)];
        Assert.Equal(expected, created.Select(f => f.DueOn));
        Assert.Equal([1, 2, 3, 4], created.Select(f => f.Number));
        Assert.All(created, f => Assert.Equal(FollowUpStatus.Scheduled, f.Status));
        Assert.All(created, f => Assert.Equal(1, f.Loop));
        Assert.Equal(created, @case.FollowUps);
        var entry = @case.History[^1];
        Assert.Equal(CaseEvent.FollowUpScheduled, entry.Event);
        Assert.Equal("2026-03-16, 2026-03-30, 2026-04-13, 2026-04-27", entry.Summary);
        Assert.Same(created[0], @case.NextFollowUp);
    }

    [Fact]
    public void ScheduleFollowUps_EveryTenDaysUntilADate_StopsOnOrBeforeThatDate()
    {
        var @case = new CaseBuilder().WithoutFollowUp().InStep(CaseStep.CheckResults);

        var created = @case.ScheduleFollowUps(Monday, new Recurrence(10, RecurrenceUnit.Days, Until: new DateOnly(2026, 4, 15)), CaseBuilder.Owner);

        DateOnly[] expected = [new(2026, 3, 16), new(2026, 3, 26), new(2026, 4, 5), new(2026, 4, 15)];
        Assert.Equal(expected, created.Select(f => f.DueOn));
    }

    [Fact]
    public void ScheduleFollowUps_WithCountAndUntil_StopsAtWhicheverComesFirst()
    {
        var @case = new CaseBuilder().WithoutFollowUp().InStep(CaseStep.CheckResults);

        var created = @case.ScheduleFollowUps(Monday, new Recurrence(1, RecurrenceUnit.Weeks, Count: 10, Until: new DateOnly(2026, 3, 31)), CaseBuilder.Owner);

        DateOnly[] expected = [new(2026, 3, 16), new(2026, 3, 23), new(2026, 3, 30)];
        Assert.Equal(expected, created.Select(f => f.DueOn));
    }

    [Fact]
    public void ScheduleFollowUps_AfterEarlierOnes_ContinuesTheNumbering()
    {
        var @case = new CaseBuilder().InStep(CaseStep.CheckResults);

        var created = @case.ScheduleFollowUps(new DateOnly(2026, 9, 16), null, CaseBuilder.Owner);

        Assert.Equal(2, Assert.Single(created).Number);
        Assert.Equal(2, @case.FollowUps.Count);
    }

    public static TheoryData<string, Recurrence> InvalidRecurrences() => new()
    {
        { "no interval", new Recurrence(0, RecurrenceUnit.Weeks, Count: 3) },
        { "negative interval", new Recurrence(-1, RecurrenceUnit.Days, Count: 3) },
        { "interval over a year", new Recurrence(366, RecurrenceUnit.Days, Count: 3) },
        { "zero checks", new Recurrence(1, RecurrenceUnit.Weeks, Count: 0) },
        { "no end", new Recurrence(1, RecurrenceUnit.Weeks) },
    };

    [Theory]
    [MemberData(nameof(InvalidRecurrences))]
    public void ScheduleFollowUps_WithAnInvalidRecurrence_IsRefused(string why, Recurrence recurrence)
    {
        var @case = new CaseBuilder().WithoutFollowUp().InStep(CaseStep.CheckResults);

        CaseAssert.Refused(@case, CaseRule.RecurrenceInvalid, c => c.ScheduleFollowUps(Monday, recurrence, CaseBuilder.Owner));
        Assert.False(string.IsNullOrEmpty(why));
        Assert.Empty(@case.FollowUps);
    }

    [Fact]
    public void ScheduleFollowUps_InThePast_IsRefused()
    {
        var @case = new CaseBuilder().WithoutFollowUp().InStep(CaseStep.CheckResults);

        CaseAssert.Refused(@case, CaseRule.FollowUpDateInvalid, c => c.ScheduleFollowUps(CaseBuilder.Today.AddDays(-1), null, CaseBuilder.Owner));
    }

    [Fact]
    public void ScheduleFollowUps_Today_IsAllowed()
    {
        var @case = new CaseBuilder().WithoutFollowUp().InStep(CaseStep.CheckResults);

        CaseAssert.Allowed(@case, c => c.ScheduleFollowUps(CaseBuilder.Today, null, CaseBuilder.Owner));

        Assert.Equal(CaseBuilder.Today, Assert.Single(@case.FollowUps).DueOn);
    }

    [Fact]
    public void ScheduleFollowUps_InTakeAction_IsAllowed_AndCountsForCheckResults()
    {
        var @case = new CaseBuilder().InStep(CaseStep.TakeAction);

        @case.ScheduleFollowUps(Monday, null, CaseBuilder.Owner);
        @case.StartCheckingResults(CaseBuilder.Owner);

        Assert.Null(@case.Card().Blocker);
        CaseAssert.Allowed(@case, c => c.Close(CaseBuilder.Outcome(ObjectiveMet.Yes), CaseBuilder.Owner));
    }

    [Fact]
    public void RecordCheck_WithoutAnObservation_IsRefused()
    {
        var @case = new CaseBuilder().InStep(CaseStep.CheckResults);

        CaseAssert.Refused(@case, CaseRule.ObservationRequired,
            c => c.RecordCheck(1, new CheckObservation(" ", null, "", null), CaseBuilder.Owner));
        Assert.Equal(FollowUpStatus.Scheduled, @case.FollowUps[0].Status);
    }

    [Fact]
    public void RecordCheck_WithOneObservation_MarksTheFollowUpDone()
    {
        var @case = new CaseBuilder().InStep(CaseStep.CheckResults);

        var entry = CaseAssert.Allowed(@case, c => c.RecordCheck(1, new CheckObservation(null, " Calmer in the mornings ", null, null), CaseBuilder.Owner));

        var followUp = @case.FollowUps[0];
        Assert.Equal(FollowUpStatus.Done, followUp.Status);
        Assert.Equal(CaseBuilder.Now, followUp.CheckedAtUtc);
        Assert.Equal("Calmer in the mornings", followUp.AttitudeChange);
        Assert.Null(followUp.OutputChange);
        Assert.Equal(CaseEvent.FollowUpChecked, entry.Event);
        Assert.Null(@case.NextFollowUp);
    }

    [Fact]
    public void RecordCheck_Twice_IsRefused()
    {
        var @case = new CaseBuilder().InStep(CaseStep.CheckResults);
        @case.RecordCheck(1, CaseBuilder.Observation, CaseBuilder.Owner);

        CaseAssert.Refused(@case, CaseRule.FollowUpNotOpen, c => c.RecordCheck(1, CaseBuilder.Observation, CaseBuilder.Owner));
    }

    [Fact]
    public void RecordCheck_OnAnUnknownFollowUp_IsRefused()
    {
        var @case = new CaseBuilder().InStep(CaseStep.CheckResults);

        CaseAssert.Refused(@case, CaseRule.UnknownItem, c => c.RecordCheck(5, CaseBuilder.Observation, CaseBuilder.Owner));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void RescheduleFollowUp_WithoutAReason_IsRefused(string reason)
    {
        var @case = new CaseBuilder().InStep(CaseStep.CheckResults);

        CaseAssert.Refused(@case, CaseRule.ReasonRequired, c => c.RescheduleFollowUp(1, Monday.AddDays(7), reason, CaseBuilder.Owner));
    }

    [Fact]
    public void RescheduleFollowUp_IntoThePast_IsRefused()
    {
        var @case = new CaseBuilder().InStep(CaseStep.CheckResults);

        CaseAssert.Refused(@case, CaseRule.FollowUpDateInvalid, c => c.RescheduleFollowUp(1, CaseBuilder.Today.AddDays(-1), "Forgot", CaseBuilder.Owner));
    }

    [Fact]
    public void RescheduleFollowUp_WithAReason_MovesTheDate_AndKeepsTheOldDateInTheHistory()
    {
        var @case = new CaseBuilder().InStep(CaseStep.CheckResults);

        var entry = CaseAssert.Allowed(@case, c => c.RescheduleFollowUp(1, new DateOnly(2026, 3, 23), " Anna is on leave ", CaseBuilder.Owner));

        var followUp = @case.FollowUps[0];
        Assert.Equal(new DateOnly(2026, 3, 23), followUp.DueOn);
        Assert.Equal(FollowUpStatus.Scheduled, followUp.Status);
        Assert.Equal("Anna is on leave", followUp.Reason);
        Assert.Equal(CaseEvent.FollowUpRescheduled, entry.Event);
        Assert.Equal("2026-03-16", entry.PreviousValue);
        Assert.Contains("Anna is on leave", entry.Summary);
        Assert.Contains("2026-03-23", entry.Summary);
    }

    [Fact]
    public void RescheduleFollowUp_ThatIsDone_IsRefused()
    {
        var @case = new CaseBuilder().InStep(CaseStep.CheckResults);
        @case.RecordCheck(1, CaseBuilder.Observation, CaseBuilder.Owner);

        CaseAssert.Refused(@case, CaseRule.FollowUpNotOpen, c => c.RescheduleFollowUp(1, Monday, "Again", CaseBuilder.Owner));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void CancelFollowUp_WithoutAReason_IsRefused(string reason)
    {
        var @case = new CaseBuilder().InStep(CaseStep.CheckResults);

        CaseAssert.Refused(@case, CaseRule.ReasonRequired, c => c.CancelFollowUp(1, reason, CaseBuilder.Owner));
    }

    [Fact]
    public void CancelFollowUp_WithAReason_CancelsIt_AndRecordsTheReason()
    {
        var @case = new CaseBuilder().InStep(CaseStep.CheckResults);

        var entry = CaseAssert.Allowed(@case, c => c.CancelFollowUp(1, " Anna left the company ", CaseBuilder.Owner));

        Assert.Equal(FollowUpStatus.Cancelled, @case.FollowUps[0].Status);
        Assert.Equal("Anna left the company", @case.FollowUps[0].Reason);
        Assert.Equal(CaseEvent.FollowUpCancelled, entry.Event);
        Assert.Contains("Anna left the company", entry.Summary);
        CaseAssert.Refused(@case, CaseRule.FollowUpNotOpen, c => c.RecordCheck(1, CaseBuilder.Observation, CaseBuilder.Owner));
        CaseAssert.Refused(@case, CaseRule.FollowUpNotOpen, c => c.CancelFollowUp(1, "Again", CaseBuilder.Owner));
    }

    [Fact]
    public void IsOverdue_OnlyForScheduledFollowUpsPastTheirDate()
    {
        var @case = new CaseBuilder().InStep(CaseStep.CheckResults);
        var followUp = @case.FollowUps[0];

        Assert.False(followUp.IsOverdue(Monday));
        Assert.True(followUp.IsOverdue(Monday.AddDays(1)));
        @case.RecordCheck(1, CaseBuilder.Observation, CaseBuilder.Owner);
        Assert.False(followUp.IsOverdue(Monday.AddDays(1)));
    }
}
