using JrCasework.Domain.Organisation;
using JrCasework.Web.Features.Cases.Steps;
using MudBlazor;

namespace JrCasework.Web.Tests.Cases;

/// <summary>
/// Dates the page suggests land on a working day of the organisation; a date the supervisor picks stays theirs.
/// The organisation here works only on the weekday after today, so "in a week" (today's weekday) is never a working day
/// and the next working day is always the day after it, whatever day the tests run.
/// </summary>
public sealed class WorkingDaySuggestionTests : CaseStepTest
{
    protected override WorkingWeek OrganisationWeek { get; } = new([Today.AddDays(1).DayOfWeek]);

    [Fact]
    public void TheQuickChoice_InOneWeekThenEveryTwoWeeks_MovesToTheNextWorkingDay_AndItsRepeatsFollow()
    {
        var c = InStep4(withFollowUp: false);
        var cut = RenderIn<CheckStep>(c);

        cut.ScheduleQuickChoice("1w-2w-3");

        Assert.Equal([Today.AddDays(8), Today.AddDays(22), Today.AddDays(36), Today.AddDays(50)], c.FollowUps.Select(f => f.DueOn));
    }

    [Fact]
    public void TheQuickChoice_AfterSixMonths_LandsOnAWorkingDay()
    {
        var c = InStep4(withFollowUp: false);
        var cut = RenderIn<CheckStep>(c);

        cut.ScheduleQuickChoice("6m");

        var due = Assert.Single(c.FollowUps).DueOn;
        Assert.Equal(Today.AddDays(1).DayOfWeek, due.DayOfWeek);
        Assert.InRange(due.DayNumber - Today.AddMonths(6).DayNumber, 0, 6);
    }

    [Fact]
    public void ADatePickedByTheSupervisor_IsKept_EvenOnADayOff()
    {
        var c = InStep4(withFollowUp: false);
        var cut = RenderIn<CheckStep>(c);
        var first = cut.FindComponents<MudDatePicker>()[0];

        cut.InvokeAsync(() => first.Instance.DateChanged.InvokeAsync(Today.AddDays(7).ToDateTime(TimeOnly.MinValue)));
        cut.Find("#schedule").Click();

        Assert.Equal(Today.AddDays(7), Assert.Single(c.FollowUps).DueOn);
    }

    [Fact]
    public void TheDefaultDueDateOfAnActionItem_IsAWorkingDay()
    {
        var c = InStep3();
        var cut = RenderIn<ActionStep>(c);

        cut.AddActionItem("Ask the planner for the later start", "Sanne");

        Assert.Equal(Today.AddDays(8), Assert.Single(c.ActionItems).DueOn);
    }
}
