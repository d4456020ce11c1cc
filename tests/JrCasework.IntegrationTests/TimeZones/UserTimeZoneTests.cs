using JrCasework.Domain.Reminders;
using JrCasework.IntegrationTests.Calendar;
using JrCasework.IntegrationTests.Reminders;
using Microsoft.Extensions.Options;

namespace JrCasework.IntegrationTests.TimeZones;

/// <summary>
/// The server runs in UTC; each user lives in their own zone (the organisation's, Europe/Amsterdam, unless
/// they chose one). Around midnight and the spring DST changes their "today", overdue state, reminders and
/// displayed times follow their zone.
/// </summary>
public sealed class UserTimeZoneTests
{
    private const string NewYork = "America/New_York";

    [Fact]
    public async Task Today_AndOverdue_FallOnTheUsersOwnDate_JustAfterUtcMidnight()
    {
        // 23:30 UTC on 6 December: already 7 December in Amsterdam, still the evening of 6 December in New York.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 5, 8, 0, 0, TimeSpan.Zero));
        await using var app = ReminderHost.Create(clock);
        var followUp = await app.CaseWithFollowUpAsync(new DateOnly(2026, 12, 6));
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 6, 23, 30, 0, TimeSpan.Zero));

        var (amsterdamToday, amsterdamOverdue) = await MyCaseAsync(app, followUp.CaseId);
        await app.UpdateUserAsync(DemoData.SupervisorProduction.Email, u => u.TimeZone = NewYork);
        var (newYorkToday, newYorkOverdue) = await MyCaseAsync(app, followUp.CaseId);

        Assert.Equal((new DateOnly(2026, 12, 7), true), (amsterdamToday, amsterdamOverdue));
        Assert.Equal((new DateOnly(2026, 12, 6), false), (newYorkToday, newYorkOverdue));
    }

    [Fact]
    public async Task SchedulingForTheUsersToday_IsAccepted_WhenUtcIsAlreadyTomorrow()
    {
        // 03:30 UTC on 8 March 2026 is 22:30 on 7 March in New York, the night its clocks go forward.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 6, 15, 0, 0, TimeSpan.Zero));
        await using var app = ReminderHost.Create(clock);
        var followUp = await app.CaseWithFollowUpAsync(new DateOnly(2026, 3, 20));
        await app.UpdateUserAsync(DemoData.SupervisorProduction.Email, u => u.TimeZone = NewYork);
        clock.SetUtcNow(new DateTimeOffset(2026, 3, 8, 3, 30, 0, TimeSpan.Zero));

        var changed = await CaseWalk.ChangeAsync(app, followUp.CaseId, "followup.schedule", (c, by) => c.ScheduleFollowUps(new DateOnly(2026, 3, 7), null, by));

        Assert.Contains(changed.FollowUps, f => f.DueOn == new DateOnly(2026, 3, 7));
    }

    [Theory]
    [InlineData(null, "2026-03-29", "2026-03-28T22:30:00Z", "2026-03-28T23:30:00Z")]
    [InlineData(NewYork, "2026-03-08", "2026-03-08T04:30:00Z", "2026-03-08T05:30:00Z")]
    public async Task TheDueReminder_ComesAtMidnightInTheSupervisorsZone_OnTheDayTheClocksChange(string? zone, string dueOn, string justBefore, string justAfter)
    {
        var due = DateOnly.Parse(dueOn, System.Globalization.CultureInfo.InvariantCulture);
        var clock = new FakeTimeProvider(new DateTimeOffset(due.AddDays(-10).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        await using var app = ReminderHost.Create(clock);
        app.Settings["Reminders:DaysBefore"] = "0";
        var followUp = await app.CaseWithFollowUpAsync(due);
        await app.UpdateUserAsync(DemoData.SupervisorProduction.Email, u => u.TimeZone = zone);

        clock.SetUtcNow(DateTimeOffset.Parse(justBefore, System.Globalization.CultureInfo.InvariantCulture));
        await app.RunRoundAsync();
        Assert.DoesNotContain(await app.NotificationsForAsync(followUp.CaseId), n => n.Kind == ReminderKind.Due);

        clock.SetUtcNow(DateTimeOffset.Parse(justAfter, System.Globalization.CultureInfo.InvariantCulture));
        await app.RunRoundAsync();
        Assert.Contains(await app.NotificationsForAsync(followUp.CaseId), n => n.Kind == ReminderKind.Due && n.DueOn == due);
    }

    [Fact]
    public async Task ATime_IsShownOnTheUsersClock_AcrossTheEuropeanClockChange()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero));
        await using var app = new CaseFixture { Clock = clock };
        var moment = clock.GetUtcNow().UtcDateTime;

        string amsterdam, newYork;
        await using (var sanne = await app.AsAsync(DemoData.SupervisorProduction.Email))
        {
            amsterdam = sanne.Get<UserClock>().DateAndTime(moment);
        }

        await app.UpdateUserAsync(DemoData.SupervisorProduction.Email, u => u.TimeZone = NewYork);
        await using (var sanne = await app.AsAsync(DemoData.SupervisorProduction.Email))
        {
            newYork = sanne.Get<UserClock>().DateAndTime(moment);
        }

        Assert.Equal(("29 Mar 2026 03:30", "28 Mar 2026 21:30"), (amsterdam, newYork));
    }

    [Fact]
    public async Task ADownload_CountsTheDay_InTheUsersOwnZone()
    {
        // 02:00 UTC on 7 December is still the evening of 6 December in New York. An endpoint reads "today"
        // before any page runs, so it must know its user first (it once fell back to the organisation's zone).
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 2, 0, 0, TimeSpan.Zero));
        await using var app = ReminderHost.Create(clock);
        await app.UpdateUserAsync(DemoData.Hr.Email, u => u.TimeZone = NewYork);
        using var client = await BrowserLikeClient.SignedInAsync(app, DemoData.Hr.Email);

        using var response = await client.GetAsync("/outcomes/export.csv?reviewed=All");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("outcomes-2026-12-06.csv", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
    }

    [Fact]
    public void AnUnknownOrganisationTimeZone_StopsTheStart_WithAClearMessage()
    {
        using var app = new JrCaseworkFactory { SeedDemoData = false };
        app.Settings["Organisation:TimeZone"] = "Mars/Olympus_Mons";

        var exception = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<TimeProvider>());

        Assert.Contains("Organisation:TimeZone 'Mars/Olympus_Mons' is not a known IANA time zone", exception.Message, StringComparison.Ordinal);
    }

    private static async Task<(DateOnly Today, bool Overdue)> MyCaseAsync(CaseFixture app, int caseId)
    {
        await using var sanne = await app.AsAsync(DemoData.SupervisorProduction.Email);
        var item = (await sanne.Get<CaseQueries>().MyCasesAsync(new CaseListFilter())).Single(c => c.Id == caseId);
        return (sanne.Get<UserClock>().Today, item.IsOverdue);
    }
}
