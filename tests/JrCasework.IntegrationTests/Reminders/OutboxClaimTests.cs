using JrCasework.Domain.Reminders;
using JrCasework.Web.Features.Reminders;

namespace JrCasework.IntegrationTests.Reminders;

/// <summary>Two app instances working off one outbox at the same time, in small batches: no mail is claimed twice.</summary>
public sealed class OutboxClaimTests
{
    private const int Mails = 150;

    [Fact]
    public async Task TwoInstancesSendingAtOnce_SendEachMailExactlyOnce()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        var clock = new FakeTimeProvider(ReminderHost.Start);
        await using var first = SmallBatches(ReminderHost.Create(clock, smtp));
        await using var second = SmallBatches(ReminderHost.Create(clock, smtp, besides: first));
        _ = second.Services;

        await using (var db = first.CreateDbContext())
        {
            var now = clock.GetUtcNow().UtcDateTime;
            db.OutgoingMails.AddRange(Enumerable.Range(1, Mails).Select(i =>
                new OutgoingMail($"person{i}@example.com", $"Mail {i}", "Text", "<p>Text</p>", now)));
            await db.SaveChangesAsync();
        }

        var senders = Enumerable.Range(0, 8)
            .Select(i => Task.Run(() => (i % 2 == 0 ? first : second).Services.GetRequiredService<MailOutbox>().SendDueAsync()));
        var sent = (await Task.WhenAll(senders)).Sum();

        // Every sender was awaited, and the mail server answers only after writing a message: all has arrived.
        var received = smtp.Messages();
        Assert.Equal(received.Count, received.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(Mails, received.Count);
        Assert.Equal(Mails, sent);
        await using var check = first.CreateDbContext();
        Assert.Equal(Mails, await check.OutgoingMails.CountAsync(m => m.Status == MailStatus.Sent));
    }

    /// <summary>Batches of 5 and rounds long enough to empty the outbox, so the instances claim side by side many times.</summary>
    private static CaseFixture SmallBatches(CaseFixture app)
    {
        app.Settings["Reminders:BatchSize"] = "5";
        return app;
    }
}
