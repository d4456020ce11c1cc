namespace JrCasework.Domain.Cases;

/// <summary>What a completed check observed: changes in output, attitudes and relationships.</summary>
public sealed record CheckObservation(string? Output, string? Attitudes, string? Relationships, string? Note);

/// <summary>A follow-up of step 4: a date to check whether the action helped.</summary>
public sealed class FollowUp
{
    private FollowUp()
    {
    }

    internal FollowUp(int number, int loop, DateOnly dueOn)
    {
        Number = number;
        Loop = loop;
        DueOn = dueOn;
        Status = FollowUpStatus.Scheduled;
    }

    public int Id { get; private set; }

    /// <summary>The number within the case (1, 2, 3, ...), used to refer to it.</summary>
    public int Number { get; private set; }

    public int Loop { get; private set; }

    public DateOnly DueOn { get; private set; }

    public FollowUpStatus Status { get; private set; }

    public DateTime? CheckedAtUtc { get; private set; }

    public string? OutputChange { get; private set; }

    public string? AttitudeChange { get; private set; }

    public string? RelationshipChange { get; private set; }

    public string? Note { get; private set; }

    /// <summary>Why it was cancelled or last rescheduled.</summary>
    public string? Reason { get; private set; }

    /// <summary>Scheduled and its date has passed.</summary>
    public bool IsOverdue(DateOnly today) => Status == FollowUpStatus.Scheduled && DueOn < today;

    internal void Check(CheckObservation observation, DateTime atUtc)
    {
        Status = FollowUpStatus.Done;
        CheckedAtUtc = atUtc;
        OutputChange = observation.Output?.Trim();
        AttitudeChange = observation.Attitudes?.Trim();
        RelationshipChange = observation.Relationships?.Trim();
        Note = observation.Note?.Trim();
    }

    internal void Reschedule(DateOnly dueOn, string reason)
    {
        DueOn = dueOn;
        Reason = reason;
    }

    internal void Cancel(string reason)
    {
        Status = FollowUpStatus.Cancelled;
        Reason = reason;
    }
}
