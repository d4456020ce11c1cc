using JrCasework.Domain.Reminders;

namespace JrCasework.Domain.Tests.Reminders;

public sealed class ReminderScheduleTests
{
    private static readonly DateOnly DueOn = new(2026, 12, 10);
    private static readonly ReminderSettings Settings = new(DaysBefore: 1, EscalateAfterDays: 3);

    [Fact]
    public void TwoDaysBefore_NothingIsEarned() =>
        Assert.Empty(ReminderSchedule.EarnedBy(DueOn, DueOn.AddDays(-2), Settings));

    [Fact]
    public void TheDayBefore_TheUpcomingReminderIsEarned() =>
        Assert.Equal([ReminderKind.Upcoming], ReminderSchedule.EarnedBy(DueOn, DueOn.AddDays(-1), Settings));

    [Fact]
    public void OnTheDueDay_OnlyTheDueReminderIsEarned() =>
        Assert.Equal([ReminderKind.Due], ReminderSchedule.EarnedBy(DueOn, DueOn, Settings));

    [Fact]
    public void OverdueButNotLongEnough_IsNotEscalated() =>
        Assert.Equal([ReminderKind.Due], ReminderSchedule.EarnedBy(DueOn, DueOn.AddDays(2), Settings));

    [Fact]
    public void OverdueForTheEscalationDays_ReachesTheManager() =>
        Assert.Equal([ReminderKind.Due, ReminderKind.Escalation], ReminderSchedule.EarnedBy(DueOn, DueOn.AddDays(3), Settings));

    [Fact]
    public void WithSeveralDaysBefore_TheUpcomingReminderIsEarnedFromTheFirstOfThem()
    {
        var settings = Settings with { DaysBefore = 3 };

        Assert.Empty(ReminderSchedule.EarnedBy(DueOn, DueOn.AddDays(-4), settings));
        Assert.Equal([ReminderKind.Upcoming], ReminderSchedule.EarnedBy(DueOn, DueOn.AddDays(-3), settings));
    }

    [Fact]
    public void WithNoDaysBefore_NoUpcomingReminderIsGiven() =>
        Assert.Empty(ReminderSchedule.EarnedBy(DueOn, DueOn.AddDays(-1), Settings with { DaysBefore = 0 }));

    [Fact]
    public void TheHorizon_IsTheLatestDueDateThatEarnsAnything()
    {
        var today = new DateOnly(2026, 12, 1);

        Assert.Equal(today.AddDays(1), ReminderSchedule.Horizon(today, Settings));
        Assert.NotEmpty(ReminderSchedule.EarnedBy(ReminderSchedule.Horizon(today, Settings), today, Settings));
        Assert.Empty(ReminderSchedule.EarnedBy(ReminderSchedule.Horizon(today, Settings).AddDays(1), today, Settings));
    }

    [Theory]
    [InlineData(-1, 3)]
    [InlineData(31, 3)]
    [InlineData(1, 0)]
    [InlineData(1, 366)]
    public void Settings_OutOfRange_AreRefused(int daysBefore, int escalateAfterDays) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReminderSettings(daysBefore, escalateAfterDays).Validated());
}
