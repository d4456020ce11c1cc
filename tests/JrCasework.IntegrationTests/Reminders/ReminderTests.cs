using JrCasework.Domain.Reminders;

namespace JrCasework.IntegrationTests.Reminders;

/// <summary>The reminder service on a fake clock: what is given when, to whom, and only once.</summary>
public sealed class ReminderTests
{
    private static readonly DateOnly DueOn = ReminderHost.Today.AddDays(3);

    [Fact]
    public async Task AFollowUp_BecomingDue_GivesEachReminderOnce_AndEscalatesToTheManager()
    {
        await using var scene = await ReminderScene.StartAsync(DueOn);
        var (clock, app, followUp) = scene;
        var sanne = await app.UserIdAsync(DemoData.SupervisorProduction.Email);
        var karin = await app.UserIdAsync(DemoData.Manager.Email);

        await app.RunRoundAsync();
        Assert.Empty(await app.NotificationsForAsync(followUp.CaseId));

        await app.RunRoundOnAsync(DueOn.AddDays(-1));
        var upcoming = Assert.Single(await app.NotificationsForAsync(followUp.CaseId));
        Assert.Equal((ReminderKind.Upcoming, sanne, followUp.Reference, DueOn), (upcoming.Kind, upcoming.UserId, upcoming.CaseReference, upcoming.DueOn));

        clock.Advance(TimeSpan.FromHours(6));
        await app.RunRoundAsync();
        Assert.Single(await app.NotificationsForAsync(followUp.CaseId));

        await app.RunRoundOnAsync(DueOn);
        await app.RunRoundAsync();
        var afterDueDay = await app.NotificationsForAsync(followUp.CaseId);
        Assert.Equal([ReminderKind.Upcoming, ReminderKind.Due], afterDueDay.Select(n => n.Kind));

        await app.RunRoundOnAsync(DueOn.AddDays(2));
        Assert.Equal(2, (await app.NotificationsForAsync(followUp.CaseId)).Count);

        await app.RunRoundOnAsync(DueOn.AddDays(3));
        await app.RunRoundOnAsync(DueOn.AddDays(10));
        var all = await app.NotificationsForAsync(followUp.CaseId);
        Assert.Equal([ReminderKind.Upcoming, ReminderKind.Due, ReminderKind.Escalation], all.Select(n => n.Kind));
        var escalation = all[2];
        Assert.Equal(karin, escalation.UserId);
        Assert.Equal(DemoData.SupervisorProduction.DisplayName, escalation.SupervisorName);
    }

    [Fact]
    public async Task Rescheduling_StopsTheOldDatesReminders_AndTheNewDateEarnsItsOwn()
    {
        await using var scene = await ReminderScene.StartAsync(DueOn);
        var (_, app, followUp) = scene;
        await app.RunRoundOnAsync(DueOn.AddDays(-1));

        var newDate = DueOn.AddDays(14);
        await CaseWalk.ChangeAsync(app, followUp.CaseId, "followup.reschedule", (c, by) => c.RescheduleFollowUp(followUp.Number, newDate, "Employee on holiday", by));
        await app.RunRoundOnAsync(DueOn.AddDays(5));
        Assert.Single(await app.NotificationsForAsync(followUp.CaseId));

        await app.RunRoundOnAsync(newDate);
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
            await app.RunRoundOnAsync(DueOn.AddDays(day));
        }

        Assert.Empty(await app.NotificationsForAsync(cancelled.CaseId));
        Assert.Empty(await app.NotificationsForAsync(checkedEarly.CaseId));
    }

    [Fact]
    public async Task ADisabledSupervisor_GetsNothing_ButTheManagerStillHearsOfTheOverdueFollowUp()
    {
        await using var scene = await ReminderScene.StartAsync(DueOn);
        var (_, app, followUp) = scene;
        await app.UpdateUserAsync(DemoData.SupervisorProduction.Email, u => u.IsDisabled = true);

        await app.RunRoundOnAsync(DueOn.AddDays(3));

        var notification = Assert.Single(await app.NotificationsForAsync(followUp.CaseId));
        Assert.Equal(ReminderKind.Escalation, notification.Kind);
        Assert.Equal(await app.UserIdAsync(DemoData.Manager.Email), notification.UserId);
    }

    [Fact]
    public async Task WithoutAMailServer_NotificationsAreGiven_AndNoMailIsQueued()
    {
        await using var scene = await ReminderScene.StartAsync(DueOn);
        var (_, app, followUp) = scene;

        await app.RunRoundOnAsync(DueOn);

        Assert.Single(await app.NotificationsForAsync(followUp.CaseId));
        Assert.Empty(await app.MailsForAsync(followUp.FollowUpId));
    }

    [Fact]
    public async Task AClosedCase_GivesNoReminders()
    {
        await using var scene = await ReminderScene.StartAsync(DueOn);
        var (_, app, followUp) = scene;
        await CaseWalk.ChangeAsync(app, followUp.CaseId, "checking.start", (c, by) => c.StartCheckingResults(by));
        await CaseWalk.ChangeAsync(app, followUp.CaseId, "close", (c, by) => c.Close(new OutcomeInput(ObjectiveMet.Yes, true, "On time again", "Ask early"), by, "Resolved before the check"));

        await app.RunRoundOnAsync(DueOn.AddDays(5));

        Assert.Empty(await app.NotificationsForAsync(followUp.CaseId));
        await using var db = app.CreateDbContext();
        Assert.False(await db.Reminders.AnyAsync(r => r.CaseId == followUp.CaseId));
    }
}
