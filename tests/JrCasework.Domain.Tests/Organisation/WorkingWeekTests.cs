namespace JrCasework.Domain.Tests.Organisation;

public sealed class WorkingWeekTests
{
    // 2026-12-04 is a Friday, 12-05 a Saturday, 12-06 a Sunday, 12-07 a Monday.
    private static readonly DateOnly Friday = new(2026, 12, 4);
    private static readonly DateOnly Saturday = new(2026, 12, 5);
    private static readonly DateOnly Sunday = new(2026, 12, 6);
    private static readonly DateOnly Monday = new(2026, 12, 7);

    [Fact]
    public void MondayToFriday_IsTheDefault()
    {
        Assert.Equal(
            [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
            WorkingWeek.MondayToFriday.Days);
    }

    [Fact]
    public void AWorkingDay_StaysWhereItIs() => Assert.Equal(Friday, WorkingWeek.MondayToFriday.OnOrAfter(Friday));

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    public void AWeekendDay_MovesToTheNextMonday(int day) =>
        Assert.Equal(Monday, WorkingWeek.MondayToFriday.OnOrAfter(new DateOnly(2026, 12, day)));

    [Fact]
    public void AShopOpenOnSaturday_KeepsSaturday_AndMovesSundayToTuesday()
    {
        var week = new WorkingWeek([DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday]);

        Assert.Equal(Saturday, week.OnOrAfter(Saturday));
        Assert.Equal(Monday.AddDays(1), week.OnOrAfter(Sunday));
        Assert.False(week.IsWorkingDay(Monday));
    }

    [Fact]
    public void TheLastDayOfTheCalendar_StaysWhenThereIsNoDayAfterIt() =>
        Assert.Equal(DateOnly.MaxValue, WorkingWeek.MondayToFriday.OnOrAfter(DateOnly.MaxValue));

    [Fact]
    public void NoWorkingDays_IsRefused() => Assert.Throws<ArgumentException>(() => new WorkingWeek([]));

    [Theory]
    [InlineData("Monday,Tuesday,Wednesday,Thursday,Friday")]
    [InlineData(" monday , TUESDAY,wednesday,thursday, friday ")]
    [InlineData("Mon,Tue,Wed,Thu,Fri")]
    [InlineData("Friday,Thursday,Wednesday,Tuesday,Monday,Monday")]
    public void Parse_ReadsDayNamesInAnyOrderAndCase(string text) =>
        Assert.Equal(WorkingWeek.MondayToFriday.Days, WorkingWeek.Parse(text).Days);

    [Theory]
    [InlineData("")]
    [InlineData("Monday,Funday")]
    [InlineData("1,2,3")]
    [InlineData(" , ")]
    public void Parse_RefusesWhatIsNotAListOfDayNames(string text) => Assert.Throws<FormatException>(() => WorkingWeek.Parse(text));

    [Fact]
    public void ToString_IsWhatParseReads() =>
        Assert.Equal(WorkingWeek.MondayToFriday.Days, WorkingWeek.Parse(WorkingWeek.MondayToFriday.ToString()).Days);
}
