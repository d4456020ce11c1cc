namespace JrCasework.Domain.Privacy;

/// <summary>
/// How long a closed case keeps its content (DOMAIN.md §4): a number of months after closing, per category; 0 keeps it
/// for good. A case on legal hold is kept whatever its retention says.
/// </summary>
public static class Retention
{
    /// <summary>The retention of a new category, and of foundation moments unless configured: two years.</summary>
    public const int DefaultMonths = 24;

    /// <summary>The longest retention that can be set: twenty years.</summary>
    public const int MaxMonths = 240;

    /// <summary>Whether <paramref name="months"/> is a retention that can be set (0 to <see cref="MaxMonths"/>).</summary>
    public static bool IsValid(int months) => months is >= 0 and <= MaxMonths;

    /// <summary>
    /// The moment before which a case must have closed to be due for anonymisation at <paramref name="nowUtc"/>; null when
    /// <paramref name="months"/> is 0 (kept for good).
    /// </summary>
    public static DateTime? ClosedBefore(int months, DateTime nowUtc) => months == 0 ? null : nowUtc.AddMonths(-months);

    /// <summary>Whether a case closed at <paramref name="closedAtUtc"/> (null: still open) is due for anonymisation at <paramref name="nowUtc"/>.</summary>
    public static bool IsDue(DateTime? closedAtUtc, int months, bool onHold, DateTime nowUtc) =>
        !onHold && closedAtUtc is { } closed && ClosedBefore(months, nowUtc) is { } before && closed <= before;
}
