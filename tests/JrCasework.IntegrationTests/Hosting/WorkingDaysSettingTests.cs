namespace JrCasework.IntegrationTests.Hosting;

/// <summary>The organisation's working days come from <c>Organisation:WorkingDays</c>; a setting that names no days stops the start.</summary>
public sealed class WorkingDaysSettingTests
{
    [Fact]
    public void WithoutTheSetting_TheWeekIsMondayToFriday()
    {
        using var app = new JrCaseworkFactory { SeedDemoData = false };

        Assert.Equal(WorkingWeek.MondayToFriday.Days, app.Services.GetRequiredService<WorkingWeek>().Days);
    }

    [Fact]
    public void TheSetting_ChoosesTheDays()
    {
        using var app = new JrCaseworkFactory { SeedDemoData = false };
        app.Settings["Organisation:WorkingDays"] = "Tue,Wed,Thu,Fri,Sat";

        Assert.Equal(
            [DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday],
            app.Services.GetRequiredService<WorkingWeek>().Days);
    }

    [Fact]
    public void ASettingThatIsNotAListOfDays_StopsTheStart_SayingWhy()
    {
        using var app = new JrCaseworkFactory { SeedDemoData = false };
        app.Settings["Organisation:WorkingDays"] = "Monday,Funday";

        var refusal = Assert.ThrowsAny<Exception>(() => app.Services);

        Assert.Contains("Organisation:WorkingDays", refusal.ToString(), StringComparison.Ordinal);
    }
}
