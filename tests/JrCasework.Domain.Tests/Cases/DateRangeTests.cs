namespace JrCasework.Domain.Tests.Cases;

/// <summary>Dates a supervisor types are refused, with a rule, when they are further ahead than any plan reaches.</summary>
public sealed class DateRangeTests
{
    private static readonly DateOnly LastDayOfTime = new(9999, 12, 31);

    private static DateOnly Horizon => CaseBuilder.Today.AddYears(JrCase.MaxYearsAhead);

    [Fact]
    public void ScheduleFollowUps_OnTheLastDayOfTimeEveryWeek_IsRefusedAsTooFarAhead()
    {
        var @case = new CaseBuilder().WithoutFollowUp().InStep(CaseStep.CheckResults);

        var refusal = CaseAssert.Refused(@case, CaseRule.DateTooFarAhead,
            c => c.ScheduleFollowUps(LastDayOfTime, new Recurrence(1, RecurrenceUnit.Weeks, Count: 3), CaseBuilder.Owner));

        Assert.Equal([JrCase.MaxYearsAhead.ToString(System.Globalization.CultureInfo.InvariantCulture)], refusal.Details);
    }

    [Fact]
    public void ScheduleFollowUps_OnTheHorizon_IsAllowed_AndTheDayAfterIsRefused()
    {
        var @case = new CaseBuilder().WithoutFollowUp().InStep(CaseStep.CheckResults);

        CaseAssert.Refused(@case, CaseRule.DateTooFarAhead, c => c.ScheduleFollowUps(Horizon.AddDays(1), null, CaseBuilder.Owner));
        var created = @case.ScheduleFollowUps(Horizon, null, CaseBuilder.Owner);

        Assert.Equal(Horizon, Assert.Single(created).DueOn);
    }

    [Fact]
    public void ScheduleFollowUps_WhoseRepeatsRunPastTheHorizon_IsRefused()
    {
        var @case = new CaseBuilder().WithoutFollowUp().InStep(CaseStep.CheckResults);

        CaseAssert.Refused(@case, CaseRule.DateTooFarAhead,
            c => c.ScheduleFollowUps(CaseBuilder.FirstCheck, new Recurrence(52, RecurrenceUnit.Weeks, Count: 10), CaseBuilder.Owner));
        CaseAssert.Refused(@case, CaseRule.DateTooFarAhead,
            c => c.ScheduleFollowUps(CaseBuilder.FirstCheck, new Recurrence(1, RecurrenceUnit.Weeks, Until: LastDayOfTime), CaseBuilder.Owner));
    }

    [Fact]
    public void RescheduleFollowUp_FarAhead_IsRefused()
    {
        var @case = new CaseBuilder().InStep(CaseStep.CheckResults);

        CaseAssert.Refused(@case, CaseRule.DateTooFarAhead, c => c.RescheduleFollowUp(1, LastDayOfTime, "Later", CaseBuilder.Owner));
    }

    [Fact]
    public void AddActionItem_DueFarAhead_IsRefused()
    {
        var @case = new CaseBuilder().InStep(CaseStep.TakeAction);

        CaseAssert.Refused(@case, CaseRule.DateTooFarAhead, c => c.AddActionItem("Book the training", "HR", LastDayOfTime, CaseBuilder.Owner));
    }

    [Fact]
    public void ScheduleFollowUps_InThePast_IsStillRefusedAsInvalid()
    {
        var @case = new CaseBuilder().WithoutFollowUp().InStep(CaseStep.CheckResults);

        CaseAssert.Refused(@case, CaseRule.FollowUpDateInvalid, c => c.ScheduleFollowUps(DateOnly.MinValue, null, CaseBuilder.Owner));
    }

    [Fact]
    public void AddFact_DatedAfterToday_IsRefused_AndTodayIsAllowed()
    {
        var @case = new CaseBuilder().InStep(CaseStep.Facts);

        CaseAssert.Refused(@case, CaseRule.FactDateInFuture,
            c => c.AddFact(FactKind.Record, "Time clock", LastDayOfTime, "Late again", CaseBuilder.Owner));
        CaseAssert.Refused(@case, CaseRule.FactDateInFuture,
            c => c.AddFact(FactKind.Record, "Time clock", CaseBuilder.Today.AddDays(1), "Late again", CaseBuilder.Owner));
        var fact = @case.AddFact(FactKind.Record, "Time clock", CaseBuilder.Today, "Late again", CaseBuilder.Owner);

        Assert.Equal(CaseBuilder.Today, fact.Date);
    }

    [Fact]
    public void EditFact_ToADateAfterToday_IsRefused()
    {
        var @case = new CaseBuilder().InStep(CaseStep.Facts);
        var fact = @case.AddFact(FactKind.Record, "Time clock", CaseBuilder.Today, "Late again", CaseBuilder.Owner);

        CaseAssert.Refused(@case, CaseRule.FactDateInFuture,
            c => c.EditFact(fact.Number, FactKind.Record, "Time clock", LastDayOfTime, "Late again", CaseBuilder.Owner));
    }
}
