namespace JrCasework.Web.Features.Reports;

/// <summary>How a count appears in a report.</summary>
public enum CountState
{
    /// <summary>The number is shown.</summary>
    Shown,

    /// <summary>A group of fewer than five: shown as "fewer than 5", with no share or other figure.</summary>
    FewerThanFive,

    /// <summary>Five or more, but hidden so that the one small group beside it cannot be worked out from the total.</summary>
    Withheld,
}

/// <summary>
/// A number of cases (or follow-ups) as a report may show it. The number itself is only kept when it may
/// be shown, so no page or export can give away a small group by mistake.
/// </summary>
public readonly record struct ReportCount
{
    private ReportCount(int? value, CountState state)
    {
        Value = value;
        State = state;
    }

    public static ReportCount FewerThanFive { get; } = new(null, CountState.FewerThanFive);

    public static ReportCount Withheld { get; } = new(null, CountState.Withheld);

    /// <summary>The number; null unless <see cref="State"/> is <see cref="CountState.Shown"/>.</summary>
    public int? Value { get; }

    public CountState State { get; }

    public bool IsShown => State == CountState.Shown;

    public static ReportCount Shown(int value) => new(value, CountState.Shown);

    /// <summary>This count as a share of <paramref name="whole"/>, from 0 to 1; null unless both are shown.</summary>
    public double? ShareOf(ReportCount whole) =>
        Value is { } part && whole.Value is { } total && total > 0 ? (double)part / total : null;
}

/// <summary>
/// The small-group rule of every report and export: a group of fewer than <see cref="Minimum"/> cases is never
/// shown as a number, and no share, average or other figure is given for it (DOMAIN.md §4, decision 012).
/// Zero counts as small too: an exact zero next to a total would give the other small groups away.
/// </summary>
public static class SmallGroups
{
    /// <summary>The smallest group a report shows.</summary>
    public const int Minimum = 5;

    /// <summary>Whether a group of <paramref name="count"/> is too small to show.</summary>
    public static bool IsSmall(int count) => count < Minimum;

    /// <summary>One figure on its own, e.g. a total.</summary>
    public static ReportCount Protect(int count) => IsSmall(count) ? ReportCount.FewerThanFive : ReportCount.Shown(count);

    /// <summary>
    /// The rows of one breakdown, whose total is shown elsewhere. Each small row is "fewer than 5". When only one
    /// row is hidden and it has cases, it could be worked out as the total minus the others, so the smallest row
    /// that is shown is withheld as well. (Two hidden rows only give away their sum, which zero counted as small
    /// keeps ambiguous.)
    /// </summary>
    public static IReadOnlyList<ReportCount> Protect(IReadOnlyList<int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var protectedCounts = counts.Select(Protect).ToArray();
        var small = counts.Where(IsSmall).ToList();
        if (small is [> 0])
        {
            // Of equal rows the later one goes: rows come in the order a reader looks for them (met before not met).
            var smallestShown = Enumerable.Range(0, counts.Count)
                .Where(i => !IsSmall(counts[i]))
                .OrderBy(i => counts[i])
                .ThenByDescending(i => i)
                .Select(i => (int?)i)
                .FirstOrDefault();
            if (smallestShown is { } index)
            {
                protectedCounts[index] = ReportCount.Withheld;
            }
        }

        return protectedCounts;
    }

    /// <summary>
    /// The share of a group that has some property (objective met, saw it coming): only when the group is shown and
    /// both those with and those without the property are at least <see cref="Minimum"/>, since "1 of 7 not met"
    /// in a unit's row would show a group of one as surely as a count would.
    /// </summary>
    public static double? Split(ReportCount group, int part, int whole) =>
        group.IsShown && !IsSmall(part) && !IsSmall(whole - part) ? (double)part / whole : null;

    /// <summary>
    /// A figure about a group (a share, an average, a median): the figure when the group's count is shown,
    /// otherwise nothing, so a hidden group gives nothing away through what is said about it.
    /// </summary>
    public static T? About<T>(ReportCount group, Func<T> figure)
        where T : struct =>
        group.IsShown ? figure() : null;
}
