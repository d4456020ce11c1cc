using System.Text.Json;
using JrCasework.Web.Features.Dashboard;

namespace JrCasework.Web.Features.Reports;

/// <summary>
/// The HR report's queries, without access checks: given the units, the period and today, on any context
/// (the benchmark calls this directly). Counting happens in SQL; what comes back is one row per group
/// (origin, category, unit, supervisor, month, step and day), never one per case. No case content is read.
/// </summary>
/// <remarks>
/// Which cases count where (decision 012): "opened" figures and the origins are about the cases opened in
/// the period; "closed", outcomes, loops, time to close and time in each step about the cases closed in
/// it; follow-ups are those due in the period before today, as the manager dashboard counts them.
/// </remarks>
internal static class ReportFigures
{
    private static readonly CaseStep[] WorkingSteps =
        [CaseStep.Objective, CaseStep.Facts, CaseStep.WeighAndDecide, CaseStep.TakeAction, CaseStep.CheckResults];

    public static async Task<CaseReport> LoadAsync(
        JrCaseworkDbContext db, ReportRequest request, Pseudonyms pseudonyms, CancellationToken cancellationToken = default)
    {
        var (start, end) = (request.Period.StartUtc, request.Period.EndUtc);
        var unitIds = request.UnitIds;
        var inScope = db.Cases.AsNoTracking().Where(c => unitIds.Contains(c.OrgUnitId));
        var opened = inScope.Where(c => c.OpenedAtUtc >= start && c.OpenedAtUtc < end);
        var closed = inScope.Where(c => c.Step == CaseStep.Closed && c.ClosedAtUtc >= start && c.ClosedAtUtc < end);

        var completionPeriod = new CompletionPeriod(request.Period.From, request.Period.To);

        // Each of these reads the cases of the selection once; what comes back is small whatever the volume:
        // per supervisor and unit, and per category, origin (or outcome, loops) and month together.
        var openedPerOwner = await opened
            .GroupBy(c => new { c.OwnerUserId, c.OrgUnitId })
            .Select(g => new OwnerCount(g.Key.OwnerUserId, g.Key.OrgUnitId, g.Count(), g.Count(c => c.Origin == ProblemOrigin.SawItComing)))
            .ToListAsync(cancellationToken);
        var openedGroups = await opened
            .GroupBy(c => new { c.CategoryId, c.Origin, c.OpenedAtUtc.Year, c.OpenedAtUtc.Month })
            .Select(g => new { g.Key.CategoryId, g.Key.Origin, g.Key.Year, g.Key.Month, Count = g.Count() })
            .ToListAsync(cancellationToken);

        // Closed, with the outcome that closed the case.
        var closedOutcomes =
            from c in closed
            from o in c.Outcomes
            where o.ClosedCase
            select new { c.OwnerUserId, c.OrgUnitId, c.CategoryId, c.Loop, c.OpenedAtUtc, c.ClosedAtUtc, o.ObjectiveMet, o.ActionHelped };
        var closedPerOwner = await closedOutcomes
            .GroupBy(c => new { c.OwnerUserId, c.OrgUnitId })
            .Select(g => new OwnerCount(g.Key.OwnerUserId, g.Key.OrgUnitId, g.Count(), g.Count(c => c.ObjectiveMet == ObjectiveMet.Yes)))
            .ToListAsync(cancellationToken);
        var closedGroups = await closedOutcomes
            .GroupBy(c => new { c.CategoryId, c.ObjectiveMet, c.ActionHelped, Loops = c.Loop < 3 ? c.Loop : 3, c.ClosedAtUtc!.Value.Year, c.ClosedAtUtc!.Value.Month })
            .Select(g => new
            {
                g.Key.CategoryId,
                g.Key.ObjectiveMet,
                g.Key.ActionHelped,
                g.Key.Loops,
                g.Key.Year,
                g.Key.Month,
                Count = g.Count(),
                LoopSum = g.Sum(c => c.Loop),
                OpenedInPeriod = g.Count(c => c.OpenedAtUtc >= start && c.OpenedAtUtc < end),
            })
            .ToListAsync(cancellationToken);

        // Cases opened or closed in the period, each once: fewer than five, and the report says only that.
        var yesterday = request.Today.AddDays(-1);
        var lastFollowUpDay = request.Period.To < yesterday ? request.Period.To : yesterday;
        var casesInPeriod = openedGroups.Sum(g => g.Count) + closedGroups.Sum(g => g.Count) - closedGroups.Sum(g => g.OpenedInPeriod);
        if (SmallGroups.IsSmall(casesInPeriod))
        {
            return CaseReport.TooFew(request, lastFollowUpDay);
        }

        var openedPerCategory = openedGroups.GroupBy(g => g.CategoryId).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
        var openedPerOrigin = openedGroups.GroupBy(g => g.Origin).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
        var openedPerMonth = openedGroups.GroupBy(g => new DateOnly(g.Year, g.Month, 1)).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
        var closedPerCategory = closedGroups.GroupBy(g => g.CategoryId).ToDictionary(
            g => g.Key,
            g => (Count: g.Sum(x => x.Count), Met: g.Where(x => x.ObjectiveMet == ObjectiveMet.Yes).Sum(x => x.Count), Helped: g.Where(x => x.ActionHelped).Sum(x => x.Count)));
        var closedPerOutcome = closedGroups.GroupBy(g => g.ObjectiveMet).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
        var closedPerLoop = closedGroups.GroupBy(g => LoopOf(g.Loops)).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
        var closedPerMonth = closedGroups.GroupBy(g => new DateOnly(g.Year, g.Month, 1)).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
        var loopSum = closedGroups.Sum(g => (long)g.LoopSum);

        var closeDays = await CloseDaysAsync(db, request, cancellationToken);
        var stepDays = await StepDaysAsync(db, request, cancellationToken);
        var completion = await DashboardFigures.CompletionAsync(
            db, new DashboardScope(string.Empty, unitIds, request.Today), completionPeriod, cancellationToken);

        var categories = await db.CaseCategories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.NameEn, c.NameNl, c.IsActive })
            .ToListAsync(cancellationToken);
        var units = await db.OrgUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Name, u.ParentId })
            .ToListAsync(cancellationToken);

        // The protected figures: every count through SmallGroups, every share or day figure only for a group that is shown.
        var openedTotal = SmallGroups.Protect(openedPerOwner.Sum(o => o.Count));
        var closedTotal = SmallGroups.Protect(closedPerOwner.Sum(o => o.Count));
        var outcomes = Breakdown<ObjectiveMet>.Of([.. Enum.GetValues<ObjectiveMet>().Select(m => (m, closedPerOutcome.GetValueOrDefault(m)))]);
        var origins = Breakdown<ProblemOrigin>.Of([.. Enum.GetValues<ProblemOrigin>().Select(o => (o, openedPerOrigin.GetValueOrDefault(o)))]);
        var followUps = Breakdown<CompletionClass>.Of([.. Enum.GetValues<CompletionClass>().Select(c => (c, completion.Total.Count(c)))]);
        var loops = Breakdown<LoopCount>.Of([.. Enum.GetValues<LoopCount>().Select(l => (l, closedPerLoop.GetValueOrDefault(l)))]);
        var closeBands = Breakdown<CloseBand>.Of([.. Enum.GetValues<CloseBand>().Select(b => (b, closeDays.Where(d => BandOf(d.Day) == b).Sum(d => d.Cases)))]);

        var summary = new ReportSummary(
            openedTotal,
            closedTotal,
            outcomes[ObjectiveMet.Yes].Share,
            origins[ProblemOrigin.SawItComing].Share,
            followUps[CompletionClass.OnTime].Share,
            closedTotal.IsShown ? Days(closeDays) : DayFigures.None);

        var months = request.Period.Months().ToList();
        var openedMonths = SmallGroups.Protect([.. months.Select(m => openedPerMonth.GetValueOrDefault(m))]);
        var closedMonths = SmallGroups.Protect([.. months.Select(m => closedPerMonth.GetValueOrDefault(m))]);

        var listedCategories = categories.Where(c => c.IsActive || openedPerCategory.ContainsKey(c.Id) || closedPerCategory.ContainsKey(c.Id)).ToList();
        var categoryOpened = SmallGroups.Protect([.. listedCategories.Select(c => openedPerCategory.GetValueOrDefault(c.Id))]);
        var categoryClosed = SmallGroups.Protect([.. listedCategories.Select(c => closedPerCategory.GetValueOrDefault(c.Id).Count)]);

        var steps = WorkingSteps.Select(step => new StepTime(step, closedTotal.IsShown
            ? Days([.. stepDays.Where(d => d.Step == step).Select(d => new DayBucket(d.Day, d.Cases, d.TotalDays))], closedTotal.Value!.Value)
            : DayFigures.None)).ToList();

        return new CaseReport(
            request,
            completion.LastCountedDay,
            TooFewCases: false,
            summary,
            [.. months.Select((m, i) => new MonthRow(m, openedMonths[i], closedMonths[i]))],
            origins,
            outcomes,
            loops,
            SmallGroups.About(closedTotal, () => (double)loopSum / closedTotal.Value!.Value),
            [.. listedCategories.Select((c, i) => new CategoryRow(
                c.Id, c.NameEn, c.NameNl, categoryOpened[i], categoryClosed[i],
                SmallGroups.Split(categoryClosed[i], closedPerCategory.GetValueOrDefault(c.Id).Met, closedPerCategory.GetValueOrDefault(c.Id).Count),
                SmallGroups.Split(categoryClosed[i], closedPerCategory.GetValueOrDefault(c.Id).Helped, closedPerCategory.GetValueOrDefault(c.Id).Count)))],
            steps,
            closeBands,
            followUps,
            UnitRows([.. units.Select(u => (u.Id, u.Name, u.ParentId))], openedPerOwner, closedPerOwner),
            SupervisorRows(pseudonyms, openedPerOwner, closedPerOwner, completion.PerSupervisor));
    }

    /// <summary>The loops a case went around, in the report's bands.</summary>
    public static LoopCount LoopOf(int loops) => loops switch
    {
        <= 1 => LoopCount.One,
        2 => LoopCount.Two,
        _ => LoopCount.ThreeOrMore,
    };

    /// <summary>The band of a case closed after <paramref name="days"/> whole days.</summary>
    public static CloseBand BandOf(int days) => days switch
    {
        < 30 => CloseBand.UnderAMonth,
        < 90 => CloseBand.OneToThreeMonths,
        < 180 => CloseBand.ThreeToSixMonths,
        _ => CloseBand.SixMonthsOrMore,
    };

    /// <summary>
    /// Cases closed in the period per whole day from opening to closing, with the exact days summed. Days are
    /// rounded to the second before taking the whole days: julianday's floating point would make an exact 20 days 19.
    /// </summary>
    internal static async Task<List<DayBucket>> CloseDaysAsync(JrCaseworkDbContext db, ReportRequest request, CancellationToken cancellationToken)
    {
        var (start, end) = (request.Period.StartUtc, request.Period.EndUtc);
        var query = db.IsPostgreSql()
            ? db.Database.SqlQuery<DayBucket>($"""
                SELECT CAST(ROUND(d."Days" * 86400) AS integer) / 86400 AS "Day", CAST(COUNT(*) AS integer) AS "Cases", SUM(d."Days") AS "TotalDays"
                FROM (
                    SELECT EXTRACT(EPOCH FROM c."ClosedAtUtc" - c."OpenedAtUtc")::double precision / 86400 AS "Days"
                    FROM "Cases" AS c
                    WHERE c."Step" = 'Closed' AND c."ClosedAtUtc" >= {start} AND c."ClosedAtUtc" < {end}
                        AND c."OrgUnitId" = ANY({request.UnitIds.ToArray()})
                ) AS d
                GROUP BY 1
                """)
            : db.Database.SqlQuery<DayBucket>($"""
                SELECT CAST(ROUND(Days * 86400) AS INTEGER) / 86400 AS Day, COUNT(*) AS Cases, SUM(Days) AS TotalDays
                FROM (
                    SELECT julianday(c.ClosedAtUtc) - julianday(c.OpenedAtUtc) AS Days
                    FROM Cases AS c
                    WHERE c.Step = 'Closed' AND c.ClosedAtUtc >= {start} AND c.ClosedAtUtc < {end}
                        AND c.OrgUnitId IN (SELECT value FROM json_each({JsonSerializer.Serialize(request.UnitIds)}))
                )
                GROUP BY Day
                """);
        return await query.ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Time in each step of the cases closed in the period: every step change ends a stretch in the step it
    /// leaves, which began at the change before it (or, for the first, when the case was opened). The case keeps
    /// a step's days summed over all its stretches (loops and returns) in <c>CaseStepTimes</c>; here they are
    /// counted per whole day.
    /// </summary>
    internal static async Task<List<StepDayBucket>> StepDaysAsync(JrCaseworkDbContext db, ReportRequest request, CancellationToken cancellationToken)
    {
        var (start, end) = (request.Period.StartUtc, request.Period.EndUtc);
        var query = db.IsPostgreSql()
            ? db.Database.SqlQuery<StepDayRow>($"""
                SELECT t."Step", CAST(ROUND(t."Days" * 86400) AS integer) / 86400 AS "Day", CAST(COUNT(*) AS integer) AS "Cases", SUM(t."Days") AS "TotalDays"
                FROM "Cases" AS c
                JOIN "CaseStepTimes" AS t ON t."CaseId" = c."Id"
                WHERE c."Step" = 'Closed' AND c."ClosedAtUtc" >= {start} AND c."ClosedAtUtc" < {end}
                    AND c."OrgUnitId" = ANY({request.UnitIds.ToArray()})
                GROUP BY 1, 2
                """)
            : db.Database.SqlQuery<StepDayRow>($"""
                SELECT t.Step, CAST(ROUND(t.Days * 86400) AS INTEGER) / 86400 AS Day, COUNT(*) AS Cases, SUM(t.Days) AS TotalDays
                FROM Cases AS c
                JOIN CaseStepTimes AS t ON t.CaseId = c.Id
                WHERE c.Step = 'Closed' AND c.ClosedAtUtc >= {start} AND c.ClosedAtUtc < {end}
                    AND c.OrgUnitId IN (SELECT value FROM json_each({JsonSerializer.Serialize(request.UnitIds)}))
                GROUP BY t.Step, Day
                """);
        var rows = await query.ToListAsync(cancellationToken);
        return [.. rows.Where(r => Enum.TryParse<CaseStep>(r.Step, out _)).Select(r => new StepDayBucket(Enum.Parse<CaseStep>(r.Step), r.Day, r.Cases, r.TotalDays))];
    }

    /// <summary>
    /// The average and median of a histogram of whole days; <paramref name="groupSize"/> counts the cases that
    /// spent no time in the step at all (and so have no row) as zero days.
    /// </summary>
    private static DayFigures Days(IReadOnlyList<DayBucket> buckets, int? groupSize = null)
    {
        var counted = buckets.Sum(b => b.Cases);
        var total = Math.Max(groupSize ?? counted, counted);
        if (total == 0)
        {
            return DayFigures.None;
        }

        // The cases without a row spent no time in the step: zero days.
        var histogram = buckets.Select(b => (b.Day, b.Cases)).Append((0, total - counted));
        return new DayFigures(buckets.Sum(b => b.TotalDays) / total, DayHistogram.Median(histogram));
    }

    /// <summary>Every unit of the request, as a tree under the top unit (each unit's own cases).</summary>
    private static List<UnitRow> UnitRows(
        IReadOnlyCollection<(int Id, string Name, int? ParentId)> units, List<OwnerCount> opened, List<OwnerCount> closed)
    {
        var ordered = UnitTree.Order(units);
        var openedPerUnit = opened.GroupBy(o => o.UnitId).ToDictionary(g => g.Key, g => (Count: g.Sum(o => o.Count), Part: g.Sum(o => o.Part)));
        var closedPerUnit = closed.GroupBy(o => o.UnitId).ToDictionary(g => g.Key, g => (Count: g.Sum(o => o.Count), Part: g.Sum(o => o.Part)));
        var openedCounts = SmallGroups.Protect([.. ordered.Select(u => openedPerUnit.GetValueOrDefault(u.Id).Count)]);
        var closedCounts = SmallGroups.Protect([.. ordered.Select(u => closedPerUnit.GetValueOrDefault(u.Id).Count)]);
        return [.. ordered.Select((u, i) => new UnitRow(
            u.Id, u.Name, u.Depth, openedCounts[i], closedCounts[i],
            SmallGroups.Split(closedCounts[i], closedPerUnit.GetValueOrDefault(u.Id).Part, closedPerUnit.GetValueOrDefault(u.Id).Count),
            SmallGroups.Split(openedCounts[i], openedPerUnit.GetValueOrDefault(u.Id).Part, openedPerUnit.GetValueOrDefault(u.Id).Count)))];
    }

    /// <summary>Every supervisor with cases or follow-ups in the period, by pseudonym, in the pseudonyms' order (which says nothing).</summary>
    private static List<SupervisorRow> SupervisorRows(
        Pseudonyms pseudonyms, List<OwnerCount> opened, List<OwnerCount> closed, IReadOnlyList<SupervisorCompletion> completion)
    {
        var openedPer = opened.GroupBy(o => o.OwnerUserId).ToDictionary(g => g.Key, g => (Count: g.Sum(o => o.Count), Part: g.Sum(o => o.Part)));
        var closedPer = closed.GroupBy(o => o.OwnerUserId).ToDictionary(g => g.Key, g => (Count: g.Sum(o => o.Count), Part: g.Sum(o => o.Part)));
        var followUpsPer = completion.ToDictionary(s => s.SupervisorId, s => s.Figures);
        var owners = openedPer.Keys.Concat(closedPer.Keys).Concat(followUpsPer.Keys).Distinct()
            .Select(id => (Id: id, Pseudonym: pseudonyms.Supervisor(id)))
            .OrderBy(o => o.Pseudonym, StringComparer.Ordinal)
            .ToList();

        var openedCounts = SmallGroups.Protect([.. owners.Select(o => openedPer.GetValueOrDefault(o.Id).Count)]);
        var closedCounts = SmallGroups.Protect([.. owners.Select(o => closedPer.GetValueOrDefault(o.Id).Count)]);
        var dueCounts = SmallGroups.Protect([.. owners.Select(o => followUpsPer.GetValueOrDefault(o.Id)?.Total ?? 0)]);
        return [.. owners.Select((o, i) => new SupervisorRow(
            o.Pseudonym,
            openedCounts[i],
            closedCounts[i],
            SmallGroups.Split(closedCounts[i], closedPer.GetValueOrDefault(o.Id).Part, closedPer.GetValueOrDefault(o.Id).Count),
            SmallGroups.Split(openedCounts[i], openedPer.GetValueOrDefault(o.Id).Part, openedPer.GetValueOrDefault(o.Id).Count),
            dueCounts[i],
            SmallGroups.Split(dueCounts[i], followUpsPer.GetValueOrDefault(o.Id)?.OnTime ?? 0, followUpsPer.GetValueOrDefault(o.Id)?.Total ?? 0)))];
    }

    /// <summary>Cases of one supervisor in one unit, and how many of them have a property (saw it coming, objective met).</summary>
    private sealed record OwnerCount(string OwnerUserId, int UnitId, int Count, int Part);

    /// <summary>Cases per whole day, with their exact days summed (for the average).</summary>
    internal sealed record DayBucket(int Day, int Cases, double TotalDays);

    internal sealed record StepDayBucket(CaseStep Step, int Day, int Cases, double TotalDays);

    /// <summary>A row of the step query as SQLite returns it: the step as stored, by name.</summary>
    private sealed record StepDayRow(string Step, int Day, int Cases, double TotalDays);
}
