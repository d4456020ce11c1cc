using System.Linq.Expressions;

namespace JrCasework.Web.Features.Dashboard;

/// <summary>
/// The dashboard's queries, without access checks: given the manager, their units and today, on any
/// context (the benchmark calls these directly). Counting happens in SQL (GROUP BY / COUNT); what comes
/// back is one row per supervisor, per step and day, or per listed case, never every case.
/// </summary>
public static class DashboardFigures
{
    /// <summary>The most cases a drill-down lists; it also says how many there are in all.</summary>
    public const int MaxDrillDownRows = 200;

    public static async Task<ManagerDashboard> LoadAsync(
        JrCaseworkDbContext db, DashboardScope scope, CompletionPeriod period, CancellationToken cancellationToken = default)
    {
        var unitNames = await db.OrgUnits.AsNoTracking().Where(u => scope.UnitIds.Contains(u.Id))
            .OrderBy(u => u.Name).Select(u => u.Name).ToListAsync(cancellationToken);
        return new ManagerDashboard(
            scope,
            unitNames,
            await FollowUpsPerSupervisorAsync(db, scope, cancellationToken),
            await StepsAsync(db, scope, cancellationToken),
            await CompletionAsync(db, scope, period, cancellationToken),
            await ReferredAsync(db, scope, cancellationToken));
    }

    /// <summary>Per supervisor: open cases, follow-ups overdue, follow-ups due from today to Sunday. Most overdue first.</summary>
    public static async Task<IReadOnlyList<SupervisorFollowUps>> FollowUpsPerSupervisorAsync(
        JrCaseworkDbContext db, DashboardScope scope, CancellationToken cancellationToken = default)
    {
        var (today, weekEnd) = (scope.Today, scope.WeekEnd);
        var openCases = await OpenCases(db, scope)
            .GroupBy(c => c.OwnerUserId)
            .Select(g => new { Owner = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Owner, g => g.Count, cancellationToken);
        var followUps = await (
                from c in OpenCases(db, scope)
                from f in c.FollowUps
                where f.Status == FollowUpStatus.Scheduled && f.DueOn <= weekEnd
                group f.DueOn by c.OwnerUserId into g
                select new { Owner = g.Key, Overdue = g.Count(due => due < today), DueThisWeek = g.Count(due => due >= today) })
            .ToDictionaryAsync(g => g.Owner, cancellationToken);

        var names = await NamesAsync(db, openCases.Keys, cancellationToken);
        return [.. openCases
            .Select(o => new SupervisorFollowUps(
                o.Key, names[o.Key], o.Value, followUps.GetValueOrDefault(o.Key)?.Overdue ?? 0, followUps.GetValueOrDefault(o.Key)?.DueThisWeek ?? 0))
            .OrderByDescending(s => s.Overdue)
            .ThenByDescending(s => s.DueThisWeek)
            .ThenBy(s => s.Supervisor, StringComparer.CurrentCulture)];
    }

    /// <summary>Per open step: how many cases, and the average, median and longest days in the step.</summary>
    public static async Task<IReadOnlyList<StepFigures>> StepsAsync(JrCaseworkDbContext db, DashboardScope scope, CancellationToken cancellationToken = default)
    {
        // One row per step and day the cases entered it: days are what the dashboard shows, and the
        // median and the bands need the spread, not only the average.
        var perDay = await OpenCases(db, scope)
            .GroupBy(c => new { c.Step, Day = c.StepEnteredAtUtc.Date })
            .Select(g => new { g.Key.Step, g.Key.Day, Count = g.Count() })
            .ToListAsync(cancellationToken);

        return [.. OpenSteps.Select(step =>
        {
            var days = perDay.Where(d => d.Step == step)
                .Select(d => (Days: Math.Max(0, scope.Today.DayNumber - DateOnly.FromDateTime(d.Day).DayNumber), d.Count))
                .OrderBy(d => d.Days)
                .ToList();
            var count = days.Sum(d => d.Count);
            var perBand = new int[Enum.GetValues<StepAgeBand>().Length];
            foreach (var (inStep, cases) in days)
            {
                perBand[(int)StepFigures.BandOf(inStep)] += cases;
            }

            return count == 0
                ? new StepFigures(step, 0, 0, 0, 0, perBand)
                : new StepFigures(step, count, (double)days.Sum(d => (long)d.Days * d.Count) / count, DayHistogram.Median(days) ?? 0, days[^1].Days, perBand);
        })];
    }

    /// <summary>
    /// Follow-ups of the units' cases (open or closed) due in the period and before today: checked on or
    /// before the due date, checked later, or still not checked. Cancelled follow-ups are left out.
    /// </summary>
    public static async Task<CompletionSummary> CompletionAsync(
        JrCaseworkDbContext db, DashboardScope scope, CompletionPeriod period, CancellationToken cancellationToken = default)
    {
        var (first, last) = Counted(scope, period);
        var rows = await (
                from c in UnitCases(db, scope)
                from f in c.FollowUps
                where f.DueOn >= first && f.DueOn <= last && f.Status != FollowUpStatus.Cancelled
                group f by c.OwnerUserId into g
                select new
                {
                    Owner = g.Key,
                    OnTime = g.Count(f => f.Status == FollowUpStatus.Done && DateOnly.FromDateTime(f.CheckedAtUtc!.Value) <= f.DueOn),
                    Late = g.Count(f => f.Status == FollowUpStatus.Done && DateOnly.FromDateTime(f.CheckedAtUtc!.Value) > f.DueOn),
                    Missed = g.Count(f => f.Status == FollowUpStatus.Scheduled),
                })
            .ToListAsync(cancellationToken);

        var names = await NamesAsync(db, rows.Select(r => r.Owner), cancellationToken);
        var perSupervisor = rows
            .Select(r => new SupervisorCompletion(r.Owner, names[r.Owner], new CompletionFigures(r.OnTime, r.Late, r.Missed)))
            .OrderByDescending(s => s.Figures.Missed)
            .ThenBy(s => s.Supervisor, StringComparer.CurrentCulture)
            .ToList();
        var total = perSupervisor.Aggregate(CompletionFigures.None, (sum, s) => sum.Plus(s.Figures));
        return new CompletionSummary(period, last, total, perSupervisor);
    }

    /// <summary>Open cases referred to the manager, in any unit: these the manager may open and read.</summary>
    public static async Task<IReadOnlyList<DashboardCaseRow>> ReferredAsync(
        JrCaseworkDbContext db, DashboardScope scope, CancellationToken cancellationToken = default)
    {
        var referred = db.Cases.AsNoTracking().Where(c => c.ReferredToUserId == scope.ManagerUserId && c.Step != CaseStep.Closed);
        return await RowsAsync(db, scope, referred, RowOrder.NextFollowUp, int.MaxValue, cancellationToken);
    }

    /// <summary>The cases behind a number: at most <see cref="MaxDrillDownRows"/>, what needs attention first.</summary>
    public static async Task<DrillDownResult> DrillDownAsync(
        JrCaseworkDbContext db, DashboardScope scope, DrillDown request, CancellationToken cancellationToken = default)
    {
        var (today, weekEnd) = (scope.Today, scope.WeekEnd);
        var cases = request switch
        {
            SupervisorDrillDown { Focus: FollowUpFocus.Overdue } s => OpenCases(db, scope)
                .Where(c => c.OwnerUserId == s.SupervisorId)
                .Where(WithFollowUp(db, f => f.Status == FollowUpStatus.Scheduled && f.DueOn < today)),
            SupervisorDrillDown { Focus: FollowUpFocus.DueThisWeek } s => OpenCases(db, scope)
                .Where(c => c.OwnerUserId == s.SupervisorId)
                .Where(WithFollowUp(db, f => f.Status == FollowUpStatus.Scheduled && f.DueOn >= today && f.DueOn <= weekEnd)),
            SupervisorDrillDown s => OpenCases(db, scope).Where(c => c.OwnerUserId == s.SupervisorId),
            StepDrillDown s => OpenCases(db, scope).Where(c => c.Step == s.Step),
            CompletionDrillDown s => UnitCases(db, scope)
                .Where(c => s.SupervisorId == null || c.OwnerUserId == s.SupervisorId)
                .Where(WithFollowUp(db, Completed(s.Completion, Counted(scope, s.Period)))),
            _ => throw new ArgumentOutOfRangeException(nameof(request), request, "Unknown drill-down."),
        };

        var order = request switch
        {
            StepDrillDown => RowOrder.LongestInStep,
            CompletionDrillDown { Completion: not CompletionClass.Missed } => RowOrder.Newest,
            _ => RowOrder.NextFollowUp,
        };
        if (order == RowOrder.Newest)
        {
            // Checked follow-ups are most of a period's, and finding them is the costly part (about 40 ms for
            // 15,000 cases): find them once, count the ids here, and read only the cases shown.
            var ids = await cases.OrderByDescending(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken);
            var shown = ids.Take(MaxDrillDownRows).ToList();
            var newest = await RowsAsync(db, scope, db.Cases.AsNoTracking().Where(c => shown.Contains(c.Id)), order, MaxDrillDownRows, cancellationToken);
            return new DrillDownResult(request, ids.Count, newest);
        }

        var total = await cases.CountAsync(cancellationToken);
        var rows = await RowsAsync(db, scope, cases, order, MaxDrillDownRows, cancellationToken);
        return new DrillDownResult(request, total, rows);
    }

    private static readonly CaseStep[] OpenSteps =
        [CaseStep.Objective, CaseStep.Facts, CaseStep.WeighAndDecide, CaseStep.TakeAction, CaseStep.CheckResults];

    /// <summary>Cases in the manager's units, exactly those units (as <see cref="CaseAccess.CanSeeStatus"/>).</summary>
    private static IQueryable<JrCase> UnitCases(JrCaseworkDbContext db, DashboardScope scope) =>
        db.Cases.AsNoTracking().Where(c => scope.UnitIds.Contains(c.OrgUnitId));

    // Step rather than ClosedAtUtc: a case is closed exactly when its step is Closed, and the
    // (OrgUnitId, Step) index answers both conditions without reading the case rows.
    private static IQueryable<JrCase> OpenCases(JrCaseworkDbContext db, DashboardScope scope) =>
        UnitCases(db, scope).Where(c => c.Step != CaseStep.Closed);

    /// <summary>The first and last due date counted: the period, but never today or later.</summary>
    private static (DateOnly First, DateOnly Last) Counted(DashboardScope scope, CompletionPeriod period)
    {
        var yesterday = scope.Today.AddDays(-1);
        return (period.From, period.To < yesterday ? period.To : yesterday);
    }

    /// <summary>
    /// Cases with a follow-up that matches. Written as <c>Id IN (SELECT CaseId ...)</c>, not as a correlated
    /// EXISTS: SQLite would answer an EXISTS per case through the (Status, DueOn) index, scanning every
    /// matching follow-up again for each case; the IN list is built once.
    /// </summary>
    private static Expression<Func<JrCase, bool>> WithFollowUp(JrCaseworkDbContext db, Expression<Func<FollowUp, bool>> matches)
    {
        var caseIds = db.FollowUps.Where(matches).Select(f => EF.Property<int>(f, "CaseId"));
        return c => caseIds.Contains(c.Id);
    }

    private static Expression<Func<FollowUp, bool>> Completed(CompletionClass completion, (DateOnly First, DateOnly Last) days)
    {
        var (first, last) = days;
        return completion switch
        {
            CompletionClass.OnTime => f => f.DueOn >= first && f.DueOn <= last
                && f.Status == FollowUpStatus.Done && DateOnly.FromDateTime(f.CheckedAtUtc!.Value) <= f.DueOn,
            CompletionClass.Late => f => f.DueOn >= first && f.DueOn <= last
                && f.Status == FollowUpStatus.Done && DateOnly.FromDateTime(f.CheckedAtUtc!.Value) > f.DueOn,
            _ => f => f.DueOn >= first && f.DueOn <= last && f.Status == FollowUpStatus.Scheduled,
        };
    }

    /// <summary>The listed cases with their supervisor's name and next follow-up, in <paramref name="order"/>.</summary>
    private static async Task<IReadOnlyList<DashboardCaseRow>> RowsAsync(
        JrCaseworkDbContext db, DashboardScope scope, IQueryable<JrCase> cases, RowOrder order, int take, CancellationToken cancellationToken)
    {
        var projected = cases.Select(c => new CaseRowData
        {
            Id = c.Id,
            Reference = c.Reference,
            OwnerUserId = c.OwnerUserId,
            Step = c.Step,
            OpenedAtUtc = c.OpenedAtUtc,
            StepEnteredAtUtc = c.StepEnteredAtUtc,

            // The condition sits inside MIN rather than in a WHERE: with "Status = 'Scheduled'" in the WHERE,
            // SQLite reads this per case through the (Status, DueOn) index, i.e. all scheduled follow-ups each
            // time, instead of the case's own few through (CaseId, Number).
            NextFollowUp = c.FollowUps.Min(f => f.Status == FollowUpStatus.Scheduled ? (DateOnly?)f.DueOn : null),
            IsReferredToManager = c.ReferredToUserId == scope.ManagerUserId,
        });
        var ordered = order switch
        {
            RowOrder.LongestInStep => projected.OrderBy(r => r.StepEnteredAtUtc).ThenBy(r => r.Id),
            RowOrder.Newest => projected.OrderByDescending(r => r.Id),
            _ => projected.OrderBy(r => r.NextFollowUp == null).ThenBy(r => r.NextFollowUp).ThenBy(r => r.StepEnteredAtUtc).ThenBy(r => r.Id),
        };
        var rows = await ordered.Take(take).ToListAsync(cancellationToken);

        var names = await NamesAsync(db, rows.Select(r => r.OwnerUserId), cancellationToken);
        return [.. rows.Select(r => new DashboardCaseRow(
            r.Reference, names[r.OwnerUserId], r.Step, r.OpenedAtUtc, r.StepEnteredAtUtc, r.NextFollowUp,
            r.NextFollowUp < scope.Today, r.IsReferredToManager ? r.Id : null))];
    }

    private static async Task<IReadOnlyDictionary<string, string>> NamesAsync(
        JrCaseworkDbContext db, IEnumerable<string> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName })
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return ids.ToDictionary(id => id, id => names.GetValueOrDefault(id) ?? "?");
    }

    /// <summary>
    /// How listed cases are ordered: overdue follow-ups first (earliest first, cases without a follow-up
    /// last); the longest in its step first; or the most recently opened first (cases get their id when opened).
    /// </summary>
    private enum RowOrder
    {
        NextFollowUp,
        LongestInStep,
        Newest,
    }

    /// <summary>A listed case as read from the database; a class with setters so EF can order and page on it.</summary>
    private sealed class CaseRowData
    {
        public int Id { get; init; }

        public string Reference { get; init; } = string.Empty;

        public string OwnerUserId { get; init; } = string.Empty;

        public CaseStep Step { get; init; }

        public DateTime OpenedAtUtc { get; init; }

        public DateTime StepEnteredAtUtc { get; init; }

        public DateOnly? NextFollowUp { get; init; }

        public bool IsReferredToManager { get; init; }
    }
}
