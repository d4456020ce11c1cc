using JrCasework.Domain.Reminders;

namespace JrCasework.IntegrationTests.Reminders;

/// <summary>The reminder service on a fake clock: what is given when, to whom, and only once.</summary>
public sealed class ReminderTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(ReminderHost.Start.UtcDateTime);
    private static readonly DateOnly DueOn = Today.AddDays(3);

    [Fact]
    public async Task AFollowUp_BecomingDue_GivesEachReminderOnce_AndEscalatesToTheManager()
    {
        var clock = new FakeTimeProvider(ReminderHost.Start);
        await using var app = ReminderHost.Create(clock);
        var followUp = await app.CaseWithFollowUpAsync(DueOn);
        var sanne = await app.UserIdAsync(DemoData.SupervisorProduction.Email);
        var karin = await app.UserIdAsync(DemoData.Manager.Email);

        await app.RunRoundAsync();
        Assert.Empty(await app.NotificationsForAsync(followUp.CaseId));

        clock.SetToday(DueOn.AddDays(-1));
        await app.RunRoundAsync();
        var upcoming = Assert.Single(await app.NotificationsForAsync(followUp.CaseId));
        Assert.Equal((ReminderKind.Upcoming, sanne, followUp.Reference, DueOn), (upcoming.Kind, upcoming.UserId, upcoming.CaseReference, upcoming.DueOn));

        clock.Advance(TimeSpan.FromHours(6));
        await app.RunRoundAsync();
        Assert.Single(await app.NotificationsForAsync(followUp.CaseId));

        clock.SetToday(DueOn);
        await app.RunRoundAsync();
        await app.RunRoundAsync();
        var afterDueDay = await app.NotificationsForAsync(followUp.CaseId);
        Assert.Equal([ReminderKind.Upcoming, ReminderKind.Due], afterDueDay.Select(n => n.Kind));

        clock.SetToday(DueOn.AddDays(2));
        await app.RunRoundAsync();
        Assert.Equal(2, (await app.NotificationsForAsync(followUp.CaseId)).Count);

        clock.SetToday(DueOn.AddDays(3));
        await app.RunRoundAsync();
        clock.SetToday(DueOn.AddDays(10));
        await app.RunRoundAsync();
        var all = await app.NotificationsForAsync(followUp.CaseId);
        Assert.Equal([ReminderKind.Upcoming, ReminderKind.Due, ReminderKind.Escalation], all.Select(n => n.Kind));
        var escalation = all[2];
        Assert.Equal(karin, escalation.UserId);
        Assert.Equal(DemoData.SupervisorProduction.DisplayName, escalation.SupervisorName);
    }

    [Fact]
    public async Task Rescheduling_StopsTheOldDatesReminders_AndTheNewDateEarnsItsOwn()
    {
        var clock = new FakeTimeProvider(ReminderHost.Start);
        await using var app = ReminderHost.Create(clock);
        var followUp = await app.CaseWithFollowUpAsync(DueOn);
        clock.SetToday(DueOn.AddDays(-1));
        await app.RunRoundAsync();

        var newDate = DueOn.AddDays(14);
        await CaseWalk.ChangeAsync(app, followUp.CaseId, "followup.reschedule", (c, by) => c.RescheduleFollowUp(followUp.Number, newDate, "Employee on holiday", by));
        clock.SetToday(DueOn.AddDays(5));
        await app.RunRoundAsync();
        Assert.Single(await app.NotificationsForAsync(followUp.CaseId));

        clock.SetToday(newDate);
        await app.RunRoundAsync();
        var notifications = await app.NotificationsForAsync(followUp.CaseId);
        Assert.Equal([(ReminderKind.Upcoming, DueOn), (ReminderKind.Due, newDate)], notifications.Select(n => (n.Kind, n.DueOn)));
    }

    [Fact]
    public async Task Cancelling_OrCheckingTheFollowUp_StopsItsReminders()
    {
        var clock = new FakeTimeProvider(ReminderHost.Start);
        await using var app = ReminderHost.Create(clock);
        var cancelled = await app.CaseWithFollowUpAsync(DueOn, "To cancel");
        var checkedEarly = await app.CaseWithFollowUpAsync(DueOn, "To check early");
        await CaseWalk.ChangeAsync(app, cancelled.CaseId, "followup.cancel", (c, by) => c.CancelFollowUp(cancelled.Number, "No longer needed", by));
        await CaseWalk.ChangeAsync(app, checkedEarly.CaseId, "followup.check", (c, by) => c.RecordCheck(checkedEarly.Number, new CheckObservation("On time every day", null, null, null), by));

        foreach (var day in Enumerable.Range(-1, 12))
        {
            clock.SetToday(DueOn.AddDays(day));
            await app.RunRoundAsync();
        }

        Assert.Empty(await app.NotificationsForAsync(cancelled.CaseId));
        Assert.Empty(await app.NotificationsForAsync(checkedEarly.CaseId));
    }

    [Fact]
    public async Task ADisabledSupervisor_GetsNothing_ButTheManagerStillHearsOfTheOverdueFollowUp()
    {
        var clock = new FakeTimeProvider(ReminderHost.Start);
        await using var app = ReminderHost.Create(clock);
        var followUp = await app.CaseWithFollowUpAsync(DueOn);
        await app.UpdateUserAsync(DemoData.SupervisorProduction.Email, u => u.IsDisabled = true);

        clock.SetToday(DueOn.AddDays(3));
        await app.RunRoundAsync();

        var notification = Assert.Single(await app.NotificationsForAsync(followUp.CaseId));
        Assert.Equal(ReminderKind.Escalation, notification.Kind);
        Assert.Equal(await app.UserIdAsync(DemoData.Manager.Email), notification.UserId);
    }

    [Fact]
    public async Task WithoutAMailServer_NotificationsAreGiven_AndNoMailIsQueued()
    {
        var clock = new FakeTimeProvider(ReminderHost.Start);
        await using var app = ReminderHost.Create(clock);
        var followUp = await app.CaseWithFollowUpAsync(DueOn);

        clock.SetToday(DueOn);
        await app.RunRoundAsync();

        Assert.Single(await app.NotificationsForAsync(followUp.CaseId));
        Assert.Empty(await app.MailsForAsync(followUp.FollowUpId));
    }

    [Fact]
    public async Task AClosedCase_GivesNoReminders()
    {
        var clock = new FakeTimeProvider(ReminderHost.Start);
        await using var app = ReminderHost.Create(clock);
        var followUp = await app.CaseWithFollowUpAsync(DueOn);
        await CaseWalk.ChangeAsync(app, followUp.CaseId, "checking.start", (c, by) => c.StartCheckingResults(by));
        await CaseWalk.ChangeAsync(app, followUp.CaseId, "close", (c, by) => c.Close(new OutcomeInput(ObjectiveMet.Yes, true, "On time again", "Ask early"), by, "Resolved before the check"));

        clock.SetToday(DueOn.AddDays(5));
        await app.RunRoundAsync();

        Assert.Empty(await app.NotificationsForAsync(followUp.CaseId));
        await using var db = app.CreateDbContext();
        Assert.False(await db.Reminders.AnyAsync(r => r.CaseId == followUp.CaseId));
    }
}
