namespace JrCasework.Domain.Reminders;

/// <summary>
/// A message in a user's notification centre. It names the case by reference only, with the
/// follow-up's number and due date: never case content.
/// </summary>
public sealed class Notification
{
    private Notification()
    {
    }

    public Notification(string userId, ReminderKind kind, int caseId, string caseReference, int followUpNumber, DateOnly dueOn, string supervisorName, DateTime createdAtUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(caseReference);
        UserId = userId;
        Kind = kind;
        CaseId = caseId;
        CaseReference = caseReference;
        FollowUpNumber = followUpNumber;
        DueOn = dueOn;
        SupervisorName = supervisorName;
        CreatedAtUtc = createdAtUtc;
    }

    public long Id { get; private set; }

    public string UserId { get; private set; } = string.Empty;

    public ReminderKind Kind { get; private set; }

    public int CaseId { get; private set; }

    public string CaseReference { get; private set; } = string.Empty;

    public int FollowUpNumber { get; private set; }

    public DateOnly DueOn { get; private set; }

    /// <summary>The supervisor who owns the case (shown to a manager on an escalation).</summary>
    public string SupervisorName { get; private set; } = string.Empty;

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? ReadAtUtc { get; private set; }

    public bool IsRead => ReadAtUtc is not null;

    public void MarkRead(DateTime atUtc) => ReadAtUtc ??= atUtc;
}
