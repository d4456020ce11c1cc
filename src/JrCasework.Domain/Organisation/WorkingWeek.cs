namespace JrCasework.Domain.Organisation;

/// <summary>
/// The days of the week the organisation works (setting <c>Organisation:WorkingDays</c>, Monday to Friday by
/// default). Dates the product suggests (a quick-choice follow-up, a default due date) move to the next working
/// day; a date a user picks themselves is theirs to keep.
/// </summary>
public sealed class WorkingWeek
{
    private readonly bool[] _works = new bool[7];

    /// <summary>A week of the given days; at least one, duplicates ignored.</summary>
    /// <exception cref="ArgumentException">No day is given.</exception>
    public WorkingWeek(IEnumerable<DayOfWeek> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        foreach (var day in days)
        {
            _works[(int)day] = true;
        }

        if (!_works.Contains(true))
        {
            throw new ArgumentException("A working week needs at least one working day.", nameof(days));
        }
    }

    /// <summary>Monday to Friday.</summary>
    public static WorkingWeek MondayToFriday { get; } =
        new([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday]);

    /// <summary>The working days from Monday to Sunday.</summary>
    public IReadOnlyList<DayOfWeek> Days =>
        [.. Enumerable.Range(1, 7).Select(d => (DayOfWeek)(d % 7)).Where(d => _works[(int)d])];

    public bool IsWorkingDay(DateOnly date) => _works[(int)date.DayOfWeek];

    /// <summary>
    /// <paramref name="date"/> itself when it is a working day, else the first working day after it
    /// (the last date of the calendar stays where it is: there is no day after it).
    /// </summary>
    public DateOnly OnOrAfter(DateOnly date)
    {
        while (!IsWorkingDay(date) && date < DateOnly.MaxValue)
        {
            date = date.AddDays(1);
        }

        return date;
    }

    /// <summary>
    /// Reads English day names or their three-letter abbreviations separated by commas, in any order and
    /// case: <c>Monday,Tuesday,Wednesday,Thursday,Friday</c> or <c>Mon,Tue,Wed,Thu,Fri</c>.
    /// </summary>
    /// <exception cref="FormatException">A part is not a day's name, or no day is named.</exception>
    public static WorkingWeek Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var days = new List<DayOfWeek>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var day = Enum.GetValues<DayOfWeek>().Where(d => Names(d, part)).Select(d => (DayOfWeek?)d).FirstOrDefault()
                ?? throw new FormatException($"'{part}' is not a day of the week (Monday ... Sunday, or Mon ... Sun).");
            days.Add(day);
        }

        return days.Count > 0 ? new WorkingWeek(days) : throw new FormatException("Name at least one working day.");
    }

    /// <summary>The days as <see cref="Parse"/> reads them: <c>Monday,Tuesday,Wednesday,Thursday,Friday</c>.</summary>
    public override string ToString() => string.Join(',', Days);

    private static bool Names(DayOfWeek day, string text) =>
        string.Equals(day.ToString(), text, StringComparison.OrdinalIgnoreCase)
        || (text.Length == 3 && day.ToString().StartsWith(text, StringComparison.OrdinalIgnoreCase));
}
