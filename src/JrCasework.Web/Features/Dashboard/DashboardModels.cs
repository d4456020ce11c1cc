namespace JrCasework.Web.Features.Dashboard;

/// <summary>
/// Whose dashboard, and on which day: the manager, exactly the units they manage, and today's date
/// (the UTC calendar date, the same date the case list uses to call a follow-up overdue).
/// </summary>
public sealed record DashboardScope(string ManagerUserId, IReadOnlyList<int> UnitIds, DateOnly Today)
{
    /// <summary>The last day of "this week": the coming Sunday, or today when today is a Sunday.</summary>
    public DateOnly WeekEnd => Today.AddDays((7 - (int)Today.DayOfWeek) % 7);
}

/// <summary>One supervisor's open cases in the manager's units and their scheduled follow-ups.</summary>
public sealed record SupervisorFollowUps(string SupervisorId, string Supervisor, int OpenCases, int Overdue, int DueThisWeek);

/// <summary>How long open cases have been in their step, in bands a manager reads at a glance.</summary>
public enum StepAgeBand
{
    UnderAWeek,
    OneToFourWeeks,
    OneToThreeMonths,
    OverThreeMonths,
}

/// <summary>The open cases in one step: how many, and how many days they have been in it.</summary>
public sealed record StepFigures(CaseStep Step, int OpenCases, double AverageDays, int MedianDays, int LongestDays, IReadOnlyList<int> PerBand)
{
    /// <summary>The band a case falls in after <paramref name="days"/> days in its step.</summary>
    public static StepAgeBand BandOf(int days) => days switch
    {
        < 7 => StepAgeBand.UnderAWeek,
        < 30 => StepAgeBand.OneToFourWeeks,
        < 90 => StepAgeBand.OneToThreeMonths,
        _ => StepAgeBand.OverThreeMonths,
    };

    public int In(StepAgeBand band) => PerBand[(int)band];
}

/// <summary>What became of a follow-up that was due: checked by its date, checked later, or never checked.</summary>
public enum CompletionClass
{
    OnTime,
    Late,
    Missed,
}

/// <summary>The days whose due follow-ups are counted, both inclusive.</summary>
public sealed record CompletionPeriod(DateOnly From, DateOnly To)
{
    /// <summary>The <paramref name="days"/> days before today (today itself is not over yet).</summary>
    public static CompletionPeriod LastDays(DateOnly today, int days) => new(today.AddDays(-days), today.AddDays(-1));
}

/// <summary>Due follow-ups by what became of them; cancelled follow-ups are not counted.</summary>
public sealed record CompletionFigures(int OnTime, int Late, int Missed)
{
    public static readonly CompletionFigures None = new(0, 0, 0);

    public int Total => OnTime + Late + Missed;

    public int Count(CompletionClass completion) => completion switch
    {
        CompletionClass.OnTime => OnTime,
        CompletionClass.Late => Late,
        _ => Missed,
    };

    /// <summary>The share of <paramref name="completion"/> in the total, from 0 to 1.</summary>
    public double Share(CompletionClass completion) => Total == 0 ? 0 : (double)Count(completion) / Total;

    public CompletionFigures Plus(CompletionFigures other) => new(OnTime + other.OnTime, Late + other.Late, Missed + other.Missed);
}

/// <summary>One supervisor's due follow-ups in the period.</summary>
public sealed record SupervisorCompletion(string SupervisorId, string Supervisor, CompletionFigures Figures);

/// <summary>
/// Follow-up completion over a period. Only days before today count (<see cref="LastCountedDay"/>):
/// a follow-up due today is not missed yet.
/// </summary>
public sealed record CompletionSummary(CompletionPeriod Period, DateOnly LastCountedDay, CompletionFigures Total, IReadOnlyList<SupervisorCompletion> PerSupervisor);

/// <summary>
/// A case as the dashboard shows it: reference, supervisor, step and dates, never its content.
/// <see cref="LinkCaseId"/> is only set for a case referred to the manager, the one kind of case
/// whose page the manager may open.
/// </summary>
public sealed record DashboardCaseRow(
    string Reference,
    string Supervisor,
    CaseStep Step,
    DateTime OpenedAtUtc,
    DateTime StepEnteredAtUtc,
    DateOnly? NextFollowUp,
    bool IsOverdue,
    int? LinkCaseId);

/// <summary>Everything the dashboard shows when it opens.</summary>
public sealed record ManagerDashboard(
    DashboardScope Scope,
    IReadOnlyList<string> UnitNames,
    IReadOnlyList<SupervisorFollowUps> Supervisors,
    IReadOnlyList<StepFigures> Steps,
    CompletionSummary Completion,
    IReadOnlyList<DashboardCaseRow> Referred)
{
    public bool HasUnits => Scope.UnitIds.Count > 0;
}

/// <summary>Which cases behind a number the manager wants to see.</summary>
public abstract record DrillDown;

/// <summary>What a supervisor drill-down lists.</summary>
public enum FollowUpFocus
{
    Overdue,
    DueThisWeek,
    OpenCases,
}

/// <summary>A supervisor's open cases: those with an overdue follow-up, one due this week, or all.</summary>
public sealed record SupervisorDrillDown(string SupervisorId, FollowUpFocus Focus) : DrillDown;

/// <summary>The open cases in one step, the longest waiting first.</summary>
public sealed record StepDrillDown(CaseStep Step) : DrillDown;

/// <summary>The cases with a follow-up of one completion class in the period, optionally of one supervisor.</summary>
public sealed record CompletionDrillDown(CompletionClass Completion, CompletionPeriod Period, string? SupervisorId = null) : DrillDown;

/// <summary>The first rows of a drill-down and how many cases there are in all.</summary>
public sealed record DrillDownResult(DrillDown Request, int Total, IReadOnlyList<DashboardCaseRow> Rows);
