namespace JrCasework.Domain.Reminders;

public enum MailStatus
{
    /// <summary>Waiting to be sent, or to be retried after a failure.</summary>
    Pending,

    Sent,

    /// <summary>Gave up after the last attempt; an administrator can send it again.</summary>
    Failed,

    /// <summary>No longer needed (the follow-up was done, moved or cancelled before the mail went out).</summary>
    Cancelled,
}

/// <summary>
/// An e-mail in the outbox. Mail is written here in the same transaction as the reminder that causes
/// it, then sent by whichever app instance claims it first; a failed send is retried with growing
/// pauses and, after the last attempt, stays visible to an administrator. Mail never disappears silently.
/// </summary>
public sealed class OutgoingMail
{
    /// <summary>The longest pause between two attempts.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromHours(6);

    private OutgoingMail()
    {
    }

    public OutgoingMail(string toAddress, string subject, string textBody, string htmlBody, DateTime createdAtUtc, long? notificationId = null, int? followUpId = null, DateOnly? dueOn = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(toAddress);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        ToAddress = toAddress;
        Subject = subject;
        TextBody = textBody;
        HtmlBody = htmlBody;
        CreatedAtUtc = createdAtUtc;
        NextAttemptAtUtc = createdAtUtc;
        NotificationId = notificationId;
        FollowUpId = followUpId;
        DueOn = dueOn;
        Status = MailStatus.Pending;
    }

    public long Id { get; private set; }

    public string ToAddress { get; private set; } = string.Empty;

    public string Subject { get; private set; } = string.Empty;

    public string TextBody { get; private set; } = string.Empty;

    public string HtmlBody { get; private set; } = string.Empty;

    public long? NotificationId { get; private set; }

    /// <summary>The follow-up a reminder mail is about, to check it is still wanted when it is sent.</summary>
    public int? FollowUpId { get; private set; }

    public DateOnly? DueOn { get; private set; }

    public MailStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime NextAttemptAtUtc { get; private set; }

    public DateTime? SentAtUtc { get; private set; }

    /// <summary>What went wrong on the last attempt (the mail server's answer; never the mail's content).</summary>
    public string? LastError { get; private set; }

    /// <summary>Which sender instance holds the mail, and until when; another may take it over after that.</summary>
    public Guid? ClaimToken { get; private set; }

    public DateTime? ClaimExpiresAtUtc { get; private set; }

    /// <summary>The pause after <paramref name="attempts"/> failed attempts: the base delay doubled each time, capped.</summary>
    public static TimeSpan DelayAfter(int attempts, TimeSpan baseDelay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempts, 1);
        var factor = Math.Pow(2, Math.Min(attempts - 1, 20));
        var delay = TimeSpan.FromTicks((long)Math.Min(baseDelay.Ticks * factor, MaxDelay.Ticks));
        return delay;
    }

    public void MarkSent(DateTime atUtc)
    {
        Attempts++;
        Status = MailStatus.Sent;
        SentAtUtc = atUtc;
        LastError = null;
        Release();
    }

    /// <summary>Records a failed attempt: tries again later, or gives up after <paramref name="maxAttempts"/>.</summary>
    public void MarkAttemptFailed(string error, DateTime atUtc, int maxAttempts, TimeSpan baseDelay)
    {
        Attempts++;
        LastError = error.Length > 500 ? error[..500] : error;
        if (Attempts >= maxAttempts)
        {
            Status = MailStatus.Failed;
        }
        else
        {
            NextAttemptAtUtc = atUtc + DelayAfter(Attempts, baseDelay);
        }

        Release();
    }

    public void Cancel(string reason)
    {
        Status = MailStatus.Cancelled;
        LastError = reason;
        Release();
    }

    /// <summary>An administrator sends a failed mail again: it gets a fresh round of attempts.</summary>
    public void Retry(DateTime atUtc)
    {
        if (Status != MailStatus.Failed)
        {
            throw new InvalidOperationException("Only a failed mail can be sent again.");
        }

        Status = MailStatus.Pending;
        Attempts = 0;
        NextAttemptAtUtc = atUtc;
        Release();
    }

    private void Release()
    {
        ClaimToken = null;
        ClaimExpiresAtUtc = null;
    }
}
