namespace JrCasework.Domain.Reminders;

/// <summary>
/// The ledger entry that a reminder for one follow-up, kind and due date has been given. The
/// database allows one entry per follow-up, kind and due date, so the first app instance to write it
/// owns the reminder and no other instance gives it again. A rescheduled follow-up has a new due date
/// and so earns its reminders anew.
/// </summary>
public sealed class Reminder
{
    private Reminder()
    {
    }

    public Reminder(int followUpId, int caseId, ReminderKind kind, DateOnly dueOn, DateTime createdAtUtc)
    {
        FollowUpId = followUpId;
        CaseId = caseId;
        Kind = kind;
        DueOn = dueOn;
        CreatedAtUtc = createdAtUtc;
    }

    public long Id { get; private set; }

    public int FollowUpId { get; private set; }

    public int CaseId { get; private set; }

    public ReminderKind Kind { get; private set; }

    public DateOnly DueOn { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }
}
