using JrCasework.Web.Features.Dashboard;

namespace JrCasework.Web.Features.Reports;

/// <summary>The days a report covers, both inclusive, as UTC calendar dates (the dates the rest of the app uses).</summary>
public sealed record ReportPeriod
{
    public ReportPeriod(DateOnly from, DateOnly to)
    {
        (From, To) = from <= to ? (from, to) : (to, from);
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    /// <summary>The first moment of the period.</summary>
    public DateTime StartUtc => From.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>The first moment after the period.</summary>
    public DateTime EndUtc => To.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>The period of a preset on <paramref name="today"/>: this quarter so far, the last whole quarter, or the twelve months up to today.</summary>
    public static ReportPeriod Of(PeriodPreset preset, DateOnly today)
    {
        var (from, to) = PeriodPresets.Range(preset, today);
        return new ReportPeriod(from, to);
    }

    /// <summary>The preset this period is on <paramref name="today"/>, or <see cref="PeriodPreset.Custom"/>.</summary>
    public PeriodPreset PresetOn(DateOnly today) =>
        new[] { PeriodPreset.ThisQuarter, PeriodPreset.LastQuarter, PeriodPreset.Last12Months }
            .Where(preset => Of(preset, today) == this)
            .DefaultIfEmpty(PeriodPreset.Custom)
            .First();

    /// <summary>The first day of every calendar month the period touches.</summary>
    public IEnumerable<DateOnly> Months()
    {
        for (var month = new DateOnly(From.Year, From.Month, 1); month <= To; month = month.AddMonths(1))
        {
            yield return month;
        }
    }
}

/// <summary>What to count: the cases of exactly these units, in the period, with "today" for follow-ups that are not due yet.</summary>
/// <param name="UnitIds">The units, already limited to the HR user's scope (the chosen unit and every unit below it).</param>
/// <param name="ScopeName">The name of the unit the report is about (the top of <paramref name="UnitIds"/>).</param>
/// <param name="Period">The days counted.</param>
/// <param name="Today">Follow-ups due today or later are not counted yet.</param>
public sealed record ReportRequest(IReadOnlyList<int> UnitIds, string ScopeName, ReportPeriod Period, DateOnly Today);

/// <summary>How long it took to close a case, in bands HR reads at a glance.</summary>
public enum CloseBand
{
    UnderAMonth,
    OneToThreeMonths,
    ThreeToSixMonths,
    SixMonthsOrMore,
}

/// <summary>How many times the supervisor went around the steps before the case closed.</summary>
public enum LoopCount
{
    One,
    Two,
    ThreeOrMore,
}

/// <summary>One row of a breakdown: what it is, how many, and its share of the breakdown's total.</summary>
public sealed record BreakdownRow<TKey>(TKey Key, ReportCount Count, double? Share);

/// <summary>A total split into rows, every count already protected by <see cref="SmallGroups"/>.</summary>
public sealed record Breakdown<TKey>(ReportCount Total, IReadOnlyList<BreakdownRow<TKey>> Rows)
{
    public static Breakdown<TKey> Of(IReadOnlyList<(TKey Key, int Count)> rows)
    {
        var total = SmallGroups.Protect(rows.Sum(r => r.Count));
        var counts = SmallGroups.Protect([.. rows.Select(r => r.Count)]);
        return new Breakdown<TKey>(total, [.. rows.Select((row, i) => new BreakdownRow<TKey>(row.Key, counts[i], counts[i].ShareOf(total)))]);
    }

    public BreakdownRow<TKey> this[TKey key] => Rows.First(r => EqualityComparer<TKey>.Default.Equals(r.Key, key));
}

/// <summary>Days as a report shows them: the average and the median (whole days, rounded down); null for a small group.</summary>
public sealed record DayFigures(double? AverageDays, int? MedianDays)
{
    public static readonly DayFigures None = new(null, null);
}

/// <summary>The figures at the top of the report.</summary>
/// <param name="Opened">Cases opened in the period.</param>
/// <param name="Closed">Cases closed in the period.</param>
/// <param name="ObjectiveMet">Of the cases closed, the share whose objective was met.</param>
/// <param name="SawItComing">Of the cases opened, the share the supervisor saw coming.</param>
/// <param name="FollowUpsOnTime">Of the follow-ups due, the share checked on or before the date.</param>
/// <param name="TimeToClose">Days from opening to closing, of the cases closed.</param>
public sealed record ReportSummary(
    ReportCount Opened,
    ReportCount Closed,
    double? ObjectiveMet,
    double? SawItComing,
    double? FollowUpsOnTime,
    DayFigures TimeToClose);

/// <summary>Cases opened and closed in one calendar month.</summary>
public sealed record MonthRow(DateOnly Month, ReportCount Opened, ReportCount Closed);

/// <summary>One category: cases opened and closed, and how the closed ones ended.</summary>
public sealed record CategoryRow(int CategoryId, string NameEn, string NameNl, ReportCount Opened, ReportCount Closed, double? ObjectiveMet, double? ActionHelped)
{
    public string NameIn(string twoLetterLanguage) => twoLetterLanguage == "nl" ? NameNl : NameEn;
}

/// <summary>Time spent in one step by the cases closed in the period, all loops and returns together.</summary>
public sealed record StepTime(CaseStep Step, DayFigures Days);

/// <summary>One org unit (its own cases, not those of the units below it).</summary>
public sealed record UnitRow(int UnitId, string Name, int Depth, ReportCount Opened, ReportCount Closed, double? ObjectiveMet, double? SawItComing);

/// <summary>One supervisor, by pseudonym only.</summary>
public sealed record SupervisorRow(string Pseudonym, ReportCount Opened, ReportCount Closed, double? ObjectiveMet, double? SawItComing, ReportCount FollowUpsDue, double? FollowUpsOnTime);

/// <summary>
/// A report on the cases of an HR user's scope over a period. It names no person: supervisors appear by
/// pseudonym, and every group of fewer than five is hidden (<see cref="SmallGroups"/>). When the whole
/// selection has fewer than five cases, <see cref="TooFewCases"/> is set and no figure is given at all.
/// </summary>
public sealed record CaseReport(
    ReportRequest Request,
    DateOnly LastFollowUpDay,
    bool TooFewCases,
    ReportSummary Summary,
    IReadOnlyList<MonthRow> Months,
    Breakdown<ProblemOrigin> Origins,
    Breakdown<ObjectiveMet> Outcomes,
    Breakdown<LoopCount> Loops,
    double? AverageLoops,
    IReadOnlyList<CategoryRow> Categories,
    IReadOnlyList<StepTime> Steps,
    Breakdown<CloseBand> TimeToClose,
    Breakdown<CompletionClass> FollowUps,
    IReadOnlyList<UnitRow> Units,
    IReadOnlyList<SupervisorRow> Supervisors)
{
    public ReportPeriod Period => Request.Period;

    /// <summary>The report of a selection with fewer than five cases: it says so and nothing else.</summary>
    public static CaseReport TooFew(ReportRequest request, DateOnly lastFollowUpDay) => new(
        request,
        lastFollowUpDay,
        TooFewCases: true,
        new ReportSummary(ReportCount.FewerThanFive, ReportCount.FewerThanFive, null, null, null, DayFigures.None),
        [],
        new Breakdown<ProblemOrigin>(ReportCount.FewerThanFive, []),
        new Breakdown<ObjectiveMet>(ReportCount.FewerThanFive, []),
        new Breakdown<LoopCount>(ReportCount.FewerThanFive, []),
        null,
        [],
        [],
        new Breakdown<CloseBand>(ReportCount.FewerThanFive, []),
        new Breakdown<CompletionClass>(ReportCount.FewerThanFive, []),
        [],
        []);
}
