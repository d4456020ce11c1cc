namespace JrCasework.Domain.Cases;

/// <summary>One line of the case history. The history is append-only: entries are never changed or removed.</summary>
public sealed class CaseHistoryEntry
{
    private CaseHistoryEntry()
    {
    }

    internal CaseHistoryEntry(Actor by, CaseEvent @event, CaseStep fromStep, CaseStep toStep, int loop, string? summary, string? previousValue)
    {
        AtUtc = by.AtUtc;
        ByUserId = by.UserId;
        Event = @event;
        FromStep = fromStep;
        ToStep = toStep;
        Loop = loop;
        Summary = summary;
        PreviousValue = previousValue;
    }

    public long Id { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string ByUserId { get; private set; } = string.Empty;

    public CaseEvent Event { get; private set; }

    public CaseStep FromStep { get; private set; }

    public CaseStep ToStep { get; private set; }

    public int Loop { get; private set; }

    /// <summary>What changed, in a few words (e.g. "Fact 12").</summary>
    public string? Summary { get; private set; }

    /// <summary>For edits: the version before the change, so nothing recorded is silently lost.</summary>
    public string? PreviousValue { get; private set; }

    /// <summary>
    /// Whether <see cref="Summary"/> and <see cref="PreviousValue"/> are for HR's eyes only: the reasons of a legal hold.
    /// Everyone who reads the case sees that the hold was placed or lifted, by whom and when; only HR in scope sees why.
    /// </summary>
    public bool HoldsHrOnlyText => Event is CaseEvent.HoldPlaced or CaseEvent.HoldLifted;
}
