using JrCasework.Domain.Reminders;
using JrCasework.Web.Features.Reminders;

namespace JrCasework.IntegrationTests.Reminders;

/// <summary>
/// The demo organisation on a fake clock, with the reminder service's rounds run by the test, and
/// optionally e-mail to an SMTP server on loopback.
/// </summary>
internal static class ReminderHost
{
    /// <summary>08:00 UTC on a Tuesday: "today" in these tests.</summary>
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    /// <summary>The day of <see cref="Start"/>.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(Start.UtcDateTime);

    /// <summary>An instance on a fresh database, or a second instance on the database of <paramref name="besides"/>.</summary>
    public static CaseFixture Create(FakeTimeProvider clock, SmtpTestServer? smtp = null, CaseFixture? besides = null)
    {
        var app = besides is null ? new CaseFixture { Clock = clock } : besides.SecondInstance(clock);
        if (smtp is not null)
        {
            smtp.ReceiveMailOf(app);
            app.Settings["Mail:RetryAfterSeconds"] = "60";
            app.Settings["Mail:MaxAttempts"] = "3";
        }

        return app;
    }

    /// <summary>One round of the reminder service: give what is due, then send the outbox.</summary>
    public static async Task<(int Given, int Sent)> RunRoundAsync(this CaseFixture app)
    {
        var given = (await app.Services.GetRequiredService<ReminderScanner>().ScanAsync()).Given;
        var sent = await app.Services.GetRequiredService<MailOutbox>().SendDueAsync();
        return (given, sent);
    }

    /// <summary>Sets the app's fake clock (as <see cref="Create"/> gave it) to 08:00 UTC on <paramref name="day"/>, then runs one round.</summary>
    public static Task<(int Given, int Sent)> RunRoundOnAsync(this CaseFixture app, DateOnly day)
    {
        ((FakeTimeProvider)app.Clock!).SetToday(day);
        return app.RunRoundAsync();
    }

    /// <summary>A case of Sanne's in step 3 with one follow-up due on <paramref name="dueOn"/>.</summary>
    public static async Task<FollowUpCase> CaseWithFollowUpAsync(this CaseFixture app, DateOnly dueOn, string title = "Late arrivals")
    {
        var opened = await app.OpenSannesCaseAsync(title);
        await CaseWalk.ToTakeActionAsync(app, opened.Id);
        await CaseWalk.ChangeAsync(app, opened.Id, "plan", (c, by) => c.PlanAction(new ActionPlanInput(Handling.Myself, null, null, "Monday", "Office", "Explained the reasons"), by));
        await CaseWalk.ChangeAsync(app, opened.Id, "followup.schedule", (c, by) => c.ScheduleFollowUps(dueOn, null, by));

        await using var db = app.CreateDbContext();
        var followUp = await db.FollowUps.SingleAsync(f => EF.Property<int>(f, "CaseId") == opened.Id);
        return new FollowUpCase(opened.Id, opened.Reference, followUp.Id, followUp.Number);
    }

    public static async Task<List<Notification>> NotificationsForAsync(this CaseFixture app, int caseId)
    {
        await using var db = app.CreateDbContext();
        return await db.Notifications.AsNoTracking().Where(n => n.CaseId == caseId).OrderBy(n => n.Id).ToListAsync();
    }

    public static async Task<List<OutgoingMail>> MailsForAsync(this CaseFixture app, int followUpId)
    {
        await using var db = app.CreateDbContext();
        return await db.OutgoingMails.AsNoTracking().Where(m => m.FollowUpId == followUpId).OrderBy(m => m.Id).ToListAsync();
    }

    public static async Task UpdateUserAsync(this CaseFixture app, string email, Action<JrCasework.Data.Identity.ApplicationUser> change)
    {
        await using var db = app.CreateDbContext();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        change(user);
        await db.SaveChangesAsync();
    }

    public static void SetToday(this FakeTimeProvider clock, DateOnly day) =>
        clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero));
}

internal sealed record FollowUpCase(int CaseId, string Reference, int FollowUpId, int Number);
