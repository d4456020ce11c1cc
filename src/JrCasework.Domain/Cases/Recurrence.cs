namespace JrCasework.Domain.Cases;

/// <summary>
/// How often to check after the first follow-up: every N days or weeks, for <see cref="Count"/> more checks
/// or until a date. "In 1 week, then every 2 weeks, 3 times" is a first check plus Recurrence(2, Weeks, Count: 3).
/// </summary>
public sealed record Recurrence(int Every, RecurrenceUnit Unit, int? Count = null, DateOnly? Until = null)
{
    /// <summary>The most checks one schedule may create, the first included, so a typo cannot create thousands.</summary>
    public const int MaxChecks = 52;

    internal IEnumerable<DateOnly> DatesAfter(DateOnly first)
    {
        var step = Unit == RecurrenceUnit.Weeks ? Every * 7 : Every;
        // Counted in day numbers, so a date near the end of the calendar ends the series instead of overflowing.
        var next = first.DayNumber + step;
        for (var made = 0; made < (Count ?? MaxChecks) && made < MaxChecks - 1 && next <= DateOnly.MaxValue.DayNumber
             && (Until is null || next <= Until.Value.DayNumber); made++)
        {
            yield return DateOnly.FromDayNumber(next);
            next += step;
        }
    }
}
