using JrCasework.Domain.Reminders;

namespace JrCasework.IntegrationTests.Reminders;

/// <summary>Two app instances on one database, both running reminder rounds at the same time.</summary>
public sealed class TwoInstancesTests
{
    [Fact]
    public async Task TwoInstancesOnOneDatabase_GiveAndMailEachReminderExactlyOnce()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        var clockA = new FakeTimeProvider(ReminderHost.Start);
        var clockB = new FakeTimeProvider(ReminderHost.Start);

        await using var first = ReminderHost.Create(clockA, smtp);
        var cases = new List<FollowUpCase>();
        for (var i = 1; i <= 6; i++)
        {
            cases.Add(await first.CaseWithFollowUpAsync(ReminderHost.Today.AddDays(i), $"Case {i}"));
        }

        await using var second = ReminderHost.Create(clockB, smtp, besides: first);
        _ = second.Services;

        // A week on: every case earned its due reminder, the early ones also an escalation,
        // and the demo data's overdue follow-ups theirs.
        clockA.SetToday(ReminderHost.Today.AddDays(7));
        clockB.SetToday(ReminderHost.Today.AddDays(7));
        var rounds = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => (i % 2 == 0 ? first : second).RunRoundAsync())));

        await using var db = first.CreateDbContext();
        var reminders = await db.Reminders.AsNoTracking().ToListAsync();
        var notifications = await db.Notifications.AsNoTracking().ToListAsync();
        var mails = await db.OutgoingMails.AsNoTracking().ToListAsync();

        Assert.Equal(reminders.Count, rounds.Sum(r => r.Given));
        Assert.All(cases, c => Assert.Contains(reminders, r => r.CaseId == c.CaseId && r.Kind == ReminderKind.Due));
        Assert.Equal(4, reminders.Count(r => cases.Any(c => c.CaseId == r.CaseId) && r.Kind == ReminderKind.Escalation));
        Assert.DoesNotContain(notifications.GroupBy(n => (n.UserId, n.CaseId, n.FollowUpNumber, n.Kind, n.DueOn)), g => g.Count() > 1);
        Assert.All(mails, m => Assert.Equal(MailStatus.Sent, m.Status));
        Assert.Equal(mails.Count, rounds.Sum(r => r.Sent));

        // Every round was awaited, and the mail server answers a message only after writing it to its folder:
        // what arrived now is all that will ever arrive.
        var received = smtp.Messages();
        Assert.Equal(mails.Count, received.Count);
        Assert.Equal(received.Count, received.Select(m => m.MessageId).Distinct().Count());
    }
}
