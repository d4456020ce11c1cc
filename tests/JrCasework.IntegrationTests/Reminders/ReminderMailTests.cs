using JrCasework.Domain.Reminders;
using JrCasework.Web.Features.Admin.Mail;

namespace JrCasework.IntegrationTests.Reminders;

/// <summary>Reminder e-mail against a real SMTP server on loopback (aiosmtpd).</summary>
public sealed class ReminderMailTests
{
    private static readonly DateOnly DueOn = ReminderHost.Today.AddDays(3);

    [Fact]
    public async Task AReminderMail_Arrives_WithReferenceStepDateAndLink_AndNoCaseContent()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var scene = await ReminderScene.StartAsync(DueOn, smtp, "Marker-7Q2 lateness of Jan");
        var (_, app, followUp) = scene;

        await app.RunRoundOnAsync(DueOn);
        var message = Assert.Single(await smtp.WaitForMessagesAboutAsync(followUp.Reference));
        Assert.Equal(DemoData.SupervisorProduction.Email, message.To.Mailboxes.Single().Address);
        Assert.Contains(followUp.Reference, message.Subject, StringComparison.Ordinal);
        var body = message.TextBody;
        Assert.Contains(followUp.Reference, body, StringComparison.Ordinal);
        Assert.Contains($"/cases/{followUp.CaseId}", body, StringComparison.Ordinal);
        Assert.Contains("3 Take action", body, StringComparison.Ordinal);
        Assert.Contains("4 Dec 2026", body, StringComparison.Ordinal);
        foreach (var content in new[] { "Marker-7Q2", "Jan", "on time again", "Late 6 times", "Shift 30 minutes later" })
        {
            Assert.DoesNotContain(content, message.Subject + body + message.HtmlBody, StringComparison.OrdinalIgnoreCase);
        }

        var mail = Assert.Single(await app.MailsForAsync(followUp.FollowUpId));
        Assert.Equal(MailStatus.Sent, mail.Status);
    }

    [Fact]
    public async Task AMail_ComesInTheRecipientsLanguage()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var scene = await ReminderScene.StartAsync(DueOn, smtp);
        var (_, app, followUp) = scene;
        await app.UpdateUserAsync(DemoData.SupervisorProduction.Email, u => u.PreferredCulture = "nl-NL");

        await app.RunRoundOnAsync(DueOn.AddDays(-1));

        var message = Assert.Single(await smtp.WaitForMessagesAboutAsync(followUp.Reference));
        Assert.Equal($"Herinnering: controlemoment voor {followUp.Reference} op 4 dec 2026", message.Subject);
        Assert.Contains("Open de casus", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenTheMailServerIsDown_TheMailIsRetriedLater_AndArrivesOnce()
    {
        await using var smtp = SmtpTestServer.OnFreePort();
        await using var scene = await ReminderScene.StartAsync(DueOn, smtp);
        var (clock, app, followUp) = scene;

        await app.RunRoundOnAsync(DueOn);
        var waiting = Assert.Single(await app.MailsForAsync(followUp.FollowUpId));
        Assert.Equal((MailStatus.Pending, 1), (waiting.Status, waiting.Attempts));
        Assert.False(string.IsNullOrEmpty(waiting.LastError));
        Assert.Equal(clock.GetUtcNow().UtcDateTime.AddSeconds(60), waiting.NextAttemptAtUtc);

        await smtp.StartAsync(TimeSpan.FromSeconds(20));
        await app.RunRoundAsync();
        Assert.Equal(1, Assert.Single(await app.MailsForAsync(followUp.FollowUpId)).Attempts);

        clock.Advance(TimeSpan.FromSeconds(61));
        await app.RunRoundAsync();
        clock.Advance(TimeSpan.FromHours(2));
        await app.RunRoundAsync();

        // The rounds were awaited, and the mail server answers only after writing the message: what arrived is all.
        Assert.Single(smtp.MessagesAbout(followUp.Reference));
        var delivered = Assert.Single(await app.MailsForAsync(followUp.FollowUpId));
        Assert.Equal((MailStatus.Sent, 2), (delivered.Status, delivered.Attempts));
    }

    [Fact]
    public async Task AfterTheLastAttempt_TheMailIsFailed_ShownToTheAdministrator_WhoCanSendItAgain()
    {
        await using var smtp = SmtpTestServer.OnFreePort();
        await using var scene = await ReminderScene.StartAsync(DueOn, smtp);
        var (clock, app, followUp) = scene;
        clock.SetToday(DueOn);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await app.RunRoundAsync();
            clock.Advance(TimeSpan.FromHours(1));
        }

        var mail = Assert.Single(await app.MailsForAsync(followUp.FollowUpId));
        Assert.Equal((MailStatus.Failed, 3), (mail.Status, mail.Attempts));

        await using var admin = await app.AsAsync(DemoData.Admin.Email);
        var administration = admin.Get<MailAdministration>();
        var shown = Assert.Single(await administration.ListAsync(onlyProblems: true), r => r.Id == mail.Id);
        Assert.Equal(MailStatus.Failed, shown.Status);
        Assert.True((await administration.SummaryAsync()).Failed >= 1);

        await smtp.StartAsync(TimeSpan.FromSeconds(20));
        await administration.RetryAsync(mail.Id);
        await app.RunRoundAsync();

        Assert.Single(await smtp.WaitForMessagesAboutAsync(followUp.Reference));
        Assert.Equal(MailStatus.Sent, Assert.Single(await app.MailsForAsync(followUp.FollowUpId)).Status);
    }

    [Fact]
    public async Task TheOutbox_IsForAdministratorsOnly()
    {
        var clock = new FakeTimeProvider(ReminderHost.Start);
        await using var app = ReminderHost.Create(clock);
        await using var sanne = await app.AsAsync(DemoData.SupervisorProduction.Email);

        await Assert.ThrowsAnyAsync<Exception>(() => sanne.Get<MailAdministration>().ListAsync(onlyProblems: false));
    }

    [Fact]
    public async Task AMailForAFollowUpMovedBeforeItWentOut_IsCancelled_NotSent()
    {
        await using var smtp = SmtpTestServer.OnFreePort();
        await using var scene = await ReminderScene.StartAsync(DueOn, smtp);
        var (clock, app, followUp) = scene;
        await app.RunRoundOnAsync(DueOn);

        await CaseWalk.ChangeAsync(app, followUp.CaseId, "followup.reschedule", (c, by) => c.RescheduleFollowUp(followUp.Number, DueOn.AddDays(20), "Waiting for the new roster", by));
        await smtp.StartAsync(TimeSpan.FromSeconds(20));
        clock.Advance(TimeSpan.FromMinutes(5));
        await app.RunRoundAsync();

        var mail = Assert.Single(await app.MailsForAsync(followUp.FollowUpId));
        Assert.Equal(MailStatus.Cancelled, mail.Status);
        Assert.Empty(smtp.MessagesAbout(followUp.Reference));
    }

    [Fact]
    public async Task ASupervisorWhoTurnedOffDueDayMails_StillGetsTheNotification_ButNoMail()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var scene = await ReminderScene.StartAsync(DueOn, smtp);
        var (_, app, followUp) = scene;
        await app.UpdateUserAsync(DemoData.SupervisorProduction.Email, u => u.EmailDueReminders = false);

        await app.RunRoundOnAsync(DueOn);

        Assert.Single(await app.NotificationsForAsync(followUp.CaseId));
        Assert.Empty(await app.MailsForAsync(followUp.FollowUpId));
    }
}
