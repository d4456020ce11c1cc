namespace JrCasework.Domain.Foundations;

/// <summary>Where a person stands on one foundation.</summary>
public enum FoundationState
{
    /// <summary>Done recently enough.</summary>
    Current,

    /// <summary>Due within <see cref="FoundationIntervals.DueSoonDays"/> days: a gentle nudge.</summary>
    DueSoon,

    /// <summary>Longer ago than the interval.</summary>
    Overdue,

    /// <summary>Not done yet for this person (as far as the log knows).</summary>
    NeverDone,
}

/// <summary>
/// How often each foundation should come back for each person, in days; 0 means no reminder for it.
/// Defaults: how they are getting along every 4 weeks, credit every 4 weeks, changes every 13 weeks (is
/// anything coming that they should hear about?), ability every 26 weeks.
/// </summary>
public sealed record FoundationIntervals(int GettingAlongDays = 28, int CreditDays = 28, int ChangeDays = 91, int AbilityDays = 182, int DueSoonDays = 7)
{
    public int DaysFor(Foundation foundation) => foundation switch
    {
        Foundation.HowTheyAreGettingAlong => GettingAlongDays,
        Foundation.Credit => CreditDays,
        Foundation.ChangeInAdvance => ChangeDays,
        _ => AbilityDays,
    };

    public FoundationIntervals Validated()
    {
        foreach (var days in new[] { GettingAlongDays, CreditDays, ChangeDays, AbilityDays })
        {
            if (days is < 0 or > 730)
            {
                throw new ArgumentOutOfRangeException(nameof(days), days, "A foundation interval is 0 (no reminder) to 730 days.");
            }
        }

        if (DueSoonDays is < 0 or > 60)
        {
            throw new ArgumentOutOfRangeException(nameof(DueSoonDays), DueSoonDays, "The nudge comes 0 to 60 days ahead.");
        }

        return this;
    }
}

/// <summary>One person's standing on one foundation: when it was last done and when it is next due.</summary>
public sealed record FoundationStatus(Foundation Foundation, DateOnly? LastDone, DateOnly? DueOn, FoundationState State)
{
    /// <summary>Overdue or never done, for a foundation that has an interval.</summary>
    public bool NeedsAttention => State is FoundationState.Overdue or FoundationState.NeverDone;
}

/// <summary>The due and overdue rules of the foundations.</summary>
public static class FoundationSchedule
{
    public static FoundationStatus StatusOf(Foundation foundation, DateOnly? lastDone, DateOnly today, FoundationIntervals intervals)
    {
        var days = intervals.DaysFor(foundation);
        if (days == 0)
        {
            return new FoundationStatus(foundation, lastDone, null, FoundationState.Current);
        }

        if (lastDone is null)
        {
            return new FoundationStatus(foundation, null, null, FoundationState.NeverDone);
        }

        var dueOn = lastDone.Value.AddDays(days);
        var state = today > dueOn ? FoundationState.Overdue
            : today >= dueOn.AddDays(-intervals.DueSoonDays) ? FoundationState.DueSoon
            : FoundationState.Current;
        return new FoundationStatus(foundation, lastDone, dueOn, state);
    }

    /// <summary>All four foundations for one person, from the last date each was done.</summary>
    public static IReadOnlyList<FoundationStatus> StatusOf(IReadOnlyDictionary<Foundation, DateOnly> lastDone, DateOnly today, FoundationIntervals intervals) =>
        [.. Enum.GetValues<Foundation>().Select(f => StatusOf(f, lastDone.TryGetValue(f, out var last) ? last : null, today, intervals))];
}
