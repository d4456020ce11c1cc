using JrCasework.Domain.Reminders;

namespace JrCasework.Domain.Tests.Reminders;

public sealed class OutgoingMailTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan BaseDelay = TimeSpan.FromMinutes(1);

    private static OutgoingMail NewMail() => new("sanne@example.com", "Follow-up due: JR-2026-0001", "text", "<p>html</p>", Now);

    [Fact]
    public void ANewMail_IsPendingAndDueAtOnce()
    {
        var mail = NewMail();

        Assert.Equal(MailStatus.Pending, mail.Status);
        Assert.Equal(Now, mail.NextAttemptAtUtc);
        Assert.Equal(0, mail.Attempts);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(5, 16)]
    public void TheDelay_DoublesWithEveryFailedAttempt(int attempts, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), OutgoingMail.DelayAfter(attempts, BaseDelay));

    [Fact]
    public void TheDelay_IsCapped() =>
        Assert.Equal(OutgoingMail.MaxDelay, OutgoingMail.DelayAfter(30, BaseDelay));

    [Fact]
    public void AFailedAttempt_WaitsAndStaysPending()
    {
        var mail = NewMail();

        mail.MarkAttemptFailed("Connection refused", Now, maxAttempts: 3, BaseDelay);

        Assert.Equal(MailStatus.Pending, mail.Status);
        Assert.Equal(1, mail.Attempts);
        Assert.Equal(Now.AddMinutes(1), mail.NextAttemptAtUtc);
        Assert.Equal("Connection refused", mail.LastError);
    }

    [Fact]
    public void TheLastAttempt_MarksTheMailFailed_NeverDropsIt()
    {
        var mail = NewMail();

        for (var i = 0; i < 3; i++)
        {
            mail.MarkAttemptFailed("Connection refused", Now, maxAttempts: 3, BaseDelay);
        }

        Assert.Equal(MailStatus.Failed, mail.Status);
        Assert.Equal(3, mail.Attempts);
    }

    [Fact]
    public void AFailedMail_CanBeSentAgain_WithAFreshRoundOfAttempts()
    {
        var mail = NewMail();
        for (var i = 0; i < 3; i++)
        {
            mail.MarkAttemptFailed("Connection refused", Now, maxAttempts: 3, BaseDelay);
        }

        mail.Retry(Now.AddHours(1));

        Assert.Equal(MailStatus.Pending, mail.Status);
        Assert.Equal(0, mail.Attempts);
        Assert.Equal(Now.AddHours(1), mail.NextAttemptAtUtc);
    }

    [Fact]
    public void APendingMail_CannotBeRetried() =>
        Assert.Throws<InvalidOperationException>(() => NewMail().Retry(Now));

    [Fact]
    public void Sending_RecordsTheTimeAndClearsTheError()
    {
        var mail = NewMail();
        mail.MarkAttemptFailed("Connection refused", Now, maxAttempts: 3, BaseDelay);

        mail.MarkSent(Now.AddMinutes(2));

        Assert.Equal(MailStatus.Sent, mail.Status);
        Assert.Equal(Now.AddMinutes(2), mail.SentAtUtc);
        Assert.Null(mail.LastError);
        Assert.Equal(2, mail.Attempts);
    }

    [Fact]
    public void ALongServerAnswer_IsShortenedForTheAdministrator()
    {
        var mail = NewMail();

        mail.MarkAttemptFailed(new string('x', 2000), Now, maxAttempts: 3, BaseDelay);

        Assert.Equal(500, mail.LastError!.Length);
    }
}
