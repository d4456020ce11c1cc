using System.Linq.Expressions;

namespace JrCasework.Web.Features.Reviews;

/// <summary>Whose outcome list, and on which day: the units in the HR user's scope and today (UTC).</summary>
public sealed record OutcomeScope(IReadOnlySet<int> UnitIds, DateOnly Today);

/// <summary>A case of the list with its owner, for the export (which pseudonymises the owner).</summary>
public sealed record OutcomeRecord(OutcomeRow Row, string OwnerUserId);

/// <summary>
/// The outcome list's queries, without access checks: given the scope, on any context (the benchmark
/// calls these directly). Filtering, sorting, counting and paging all happen in SQL; what comes back
/// is one page of rows, or the rows of an export, never whole cases.
/// </summary>
public static class OutcomeList
{
    public static async Task<OutcomePage> PageAsync(
        JrCaseworkDbContext db, OutcomeScope scope, OutcomeFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var matching = await MatchingAsync(db, scope, filter, cancellationToken);
        var total = await matching.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + OutcomeFilter.PageSize - 1) / OutcomeFilter.PageSize);
        var page = Math.Clamp(filter.Page, 1, pages);

        // The page's ids first, then their columns: sorting thousands of cases should not carry the
        // outcome and review look-ups of each of them, only of the 50 shown.
        var ids = await Sorted(matching, filter.Sort, filter.IncludeOpen).Skip((page - 1) * OutcomeFilter.PageSize).Take(OutcomeFilter.PageSize)
            .Select(c => c.Id).ToListAsync(cancellationToken);
        var rows = await Project(db, db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id))).ToDictionaryAsync(r => r.Row.Id, r => r.Row, cancellationToken);
        return new OutcomePage([.. ids.Select(id => rows[id])], total, page, filter.Range(scope.Today));
    }

    /// <summary>Every matching case in the filter's order, read as it is needed (an export of a year is thousands of rows).</summary>
    public static async IAsyncEnumerable<OutcomeRecord> AllAsync(
        JrCaseworkDbContext db, OutcomeScope scope, OutcomeFilter filter,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var matching = await MatchingAsync(db, scope, filter, cancellationToken);
        await foreach (var record in Project(db, Sorted(matching, filter.Sort, filter.IncludeOpen)).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return record;
        }
    }

    /// <summary>The units in scope in tree order (each unit followed by the units below it, by name), with their depth.</summary>
    public static async Task<IReadOnlyList<UnitOption>> UnitsAsync(JrCaseworkDbContext db, OutcomeScope scope, CancellationToken cancellationToken = default)
    {
        var units = await db.OrgUnits.AsNoTracking()
            .Where(u => scope.UnitIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Name, u.ParentId })
            .ToListAsync(cancellationToken);
        return UnitTree.Order([.. units.Select(u => (u.Id, u.Name, u.ParentId))]);
    }

    /// <summary>The cases in scope that match the filter, in no particular order.</summary>
    private static async Task<IQueryable<JrCase>> MatchingAsync(
        JrCaseworkDbContext db, OutcomeScope scope, OutcomeFilter filter, CancellationToken cancellationToken)
    {
        var (first, last) = filter.Range(scope.Today);
        var from = first.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var until = last.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var cases = db.Cases.AsNoTracking();

        // Without statistics SQLite prefers the unit index for "OrgUnitId IN (...)" and then reads every case
        // the units ever had to check the closing date. For a whole scope the period's index on ClosedAtUtc is
        // the better road (it also gives the order, so the first page stops after 50 rows): "+ 0" keeps the
        // units as a condition but out of the index choice. A unit the user picked is narrow: its index wins.
        var allUnits = await db.OrgUnits.AsNoTracking().Select(u => new { u.Id, u.ParentId }).ToListAsync(cancellationToken);
        if (filter.UnitId is { } unitId)
        {
            var units = UnitTree.WithDescendants(unitId, allUnits.Select(u => (u.Id, u.ParentId))).Where(scope.UnitIds.Contains).ToList();
            cases = cases.Where(c => units.Contains(c.OrgUnitId));
        }
        else if (!allUnits.All(u => scope.UnitIds.Contains(u.Id)))
        {
            var units = scope.UnitIds.ToList();
            cases = cases.Where(c => units.Contains(c.OrgUnitId + 0));
        }

        cases = filter.IncludeOpen
            ? cases.Where(c => (c.ClosedAtUtc >= from && c.ClosedAtUtc < until) || (c.ClosedAtUtc == null && c.OpenedAtUtc < until))
            : cases.Where(c => c.ClosedAtUtc >= from && c.ClosedAtUtc < until);

        if (filter.CategoryId is { } categoryId)
        {
            cases = cases.Where(c => c.CategoryId == categoryId);
        }

        if (filter.Origin is { } origin)
        {
            cases = cases.Where(c => c.Origin == origin);
        }

        if (filter.Outcome is { } outcome)
        {
            // Built once per query (IN), not once per case: the closing outcome has the answer.
            var withOutcome = db.Set<LoopOutcome>().Where(o => o.ClosedCase && o.ObjectiveMet == outcome).Select(o => EF.Property<int>(o, "CaseId"));
            cases = cases.Where(c => withOutcome.Contains(c.Id));
        }

        cases = filter.Reviewed switch
        {
            ReviewedFilter.NotYet => cases.Where(c => !db.CaseReviews.Any(r => r.CaseId == c.Id)),
            ReviewedFilter.Reviewed => cases.Where(c => db.CaseReviews.Any(r => r.CaseId == c.Id)),
            _ => cases,
        };

        return cases;
    }

    /// <summary>
    /// The chosen order. Open cases (no closing date), when included, come first oldest-first and last in every other
    /// order: said explicitly, because SQLite sorts NULL as the smallest value and PostgreSQL as the largest. Without
    /// them the order keys are the plain columns, which the indexes serve.
    /// </summary>
    private static IQueryable<JrCase> Sorted(IQueryable<JrCase> cases, OutcomeSort sort, bool includeOpen)
    {
        if (sort == OutcomeSort.Reference)
        {
            return cases.OrderBy(c => c.ReferenceYear).ThenBy(c => c.ReferenceSequence);
        }

        var openFirst = sort == OutcomeSort.ClosedOldest;
        IOrderedQueryable<JrCase> By<TKey>(Expression<Func<JrCase, TKey>> key, bool descending)
        {
            if (!includeOpen)
            {
                return descending ? cases.OrderByDescending(key) : cases.OrderBy(key);
            }

            var grouped = cases.OrderBy(c => openFirst ? c.ClosedAtUtc != null : c.ClosedAtUtc == null);
            return descending ? grouped.ThenByDescending(key) : grouped.ThenBy(key);
        }

        return sort switch
        {
            OutcomeSort.ClosedOldest => By(c => c.ClosedAtUtc, descending: false).ThenBy(c => c.Id),
            OutcomeSort.LongestToClose => By(
                    c => DateOnly.FromDateTime(c.ClosedAtUtc!.Value).DayNumber - DateOnly.FromDateTime(c.OpenedAtUtc).DayNumber, descending: true)
                .ThenByDescending(c => c.Id),
            OutcomeSort.MostLoops => By(c => c.Loop, descending: true).ThenByDescending(c => c.ClosedAtUtc).ThenByDescending(c => c.Id),
            _ => By(c => c.ClosedAtUtc, descending: true).ThenByDescending(c => c.Id),
        };
    }

    private static IQueryable<OutcomeRecord> Project(JrCaseworkDbContext db, IQueryable<JrCase> cases) =>
        cases.Select(c => new OutcomeRecord(
            new OutcomeRow(
                c.Id,
                c.Reference,
                c.OrgUnitId,
                c.CategoryId,
                c.Origin,
                c.Step,
                c.Loop,
                c.OpenedAtUtc,
                c.ClosedAtUtc,
                c.Outcomes.Where(o => o.ClosedCase).Select(o => (ObjectiveMet?)o.ObjectiveMet).FirstOrDefault(),
                c.Outcomes.Where(o => o.ClosedCase).Select(o => (bool?)o.ActionHelped).FirstOrDefault(),
                db.CaseReviews.Any(r => r.CaseId == c.Id),
                db.CaseReviews.Any(r => r.CaseId == c.Id && r.IsGoodExample)),
            c.OwnerUserId));
}
