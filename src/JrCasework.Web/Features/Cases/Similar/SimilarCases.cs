using System.Globalization;

namespace JrCasework.Web.Features.Cases.Similar;

/// <summary>
/// How one closed case of the same category ended, anonymised: no reference, title, objective, facts,
/// rationale or follow-up observations; the chosen actions and the outcome texts with every known
/// name and employee number replaced (<see cref="Anonymiser"/>).
/// </summary>
/// <param name="CategoryId">The category (the same as the case it was asked for).</param>
/// <param name="ClosedMonth">The month it closed, <c>yyyy-MM</c> (UTC).</param>
/// <param name="Loops">How many times the supervisor went around the steps.</param>
/// <param name="WeeksToClose">Whole weeks from opening to closing, at least 1.</param>
/// <param name="Origin">How the problem reached the supervisor.</param>
/// <param name="ObjectiveMet">The answer to "Did you accomplish your objective?" at closing.</param>
/// <param name="ActionHelped">Whether the action helped production.</param>
/// <param name="ChosenActions">The possible actions chosen in the last decision, anonymised.</param>
/// <param name="HowItHelped">The changes in output, attitudes and relationships, anonymised.</param>
/// <param name="LessonsLearned">The lessons learned, anonymised.</param>
/// <param name="IsGoodExample">HR marked the case as a good example.</param>
public sealed record SimilarCase(
    int CategoryId,
    string ClosedMonth,
    int Loops,
    int WeeksToClose,
    ProblemOrigin Origin,
    ObjectiveMet? ObjectiveMet,
    bool? ActionHelped,
    IReadOnlyList<string> ChosenActions,
    string? HowItHelped,
    string? LessonsLearned,
    bool IsGoodExample);

/// <summary>
/// Step 2's "check practices and policies": how closed cases of the same category ended, across the
/// whole organisation, for the supervisor who works the case. Each call is audited on the case asked for.
/// </summary>
internal sealed class SimilarCases(CurrentUser currentUser, IDbContextFactory<JrCaseworkDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>
    /// Up to <see cref="SimilarCaseFinder.MaxCases"/> closed cases like <paramref name="caseId"/>: HR's good
    /// examples first, then the most recently closed. Only the owning supervisor may ask; a case the caller
    /// cannot see reports as not found, one they may only read as access denied (as <see cref="CaseService"/>).
    /// </summary>
    public async Task<IReadOnlyList<SimilarCase>> ForCaseAsync(int caseId, CancellationToken cancellationToken = default)
    {
        var viewer = await currentUser.RequireViewerAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var asked = await db.Cases.AsNoTracking().Where(c => c.Id == caseId)
            .Select(c => new { c.OwnerUserId, c.OrgUnitId, c.ReferredToUserId, c.CategoryId })
            .SingleOrDefaultAsync(cancellationToken);
        var ownership = asked is null ? null : new CaseOwnership(asked.OwnerUserId, asked.OrgUnitId, asked.ReferredToUserId);
        if (asked is null || !CaseAccess.CanChangeContent(viewer, ownership!))
        {
            await db.RecordRefusalAsync(clock, viewer.UserId, caseId, CaseRefusal.Similar);
            throw asked is null || !CaseAccess.CanReadContent(viewer, ownership!) ? new CaseNotFoundException() : new AccessDeniedException();
        }

        var (ids, similar) = await SimilarCaseFinder.FindWithIdsAsync(db, caseId, asked.CategoryId, cancellationToken);
        db.AuditLog.Add(new AuditRecord(clock.GetUtcNow().UtcDateTime, viewer.UserId, AuditActions.SimilarCasesRead, caseId).Showing(ids));
        await db.SaveChangesAsync(cancellationToken);
        return similar;
    }
}

/// <summary>
/// The similar-cases query without access checks, on any context (the benchmark calls it directly):
/// the ids in SQL (good examples, then the most recently closed), then only the fields shown, for those
/// few cases. Facts, title, objective, rationale and follow-ups are never read.
/// </summary>
internal static class SimilarCaseFinder
{
    /// <summary>The most similar cases shown.</summary>
    public const int MaxCases = 5;

    public static async Task<IReadOnlyList<SimilarCase>> FindAsync(
        JrCaseworkDbContext db, int caseId, int categoryId, CancellationToken cancellationToken = default) =>
        (await FindWithIdsAsync(db, caseId, categoryId, cancellationToken)).Cases;

    /// <summary>The similar cases, with the ids of the cases they come from (for the audit record; never shown).</summary>
    public static async Task<(IReadOnlyList<int> Ids, IReadOnlyList<SimilarCase> Cases)> FindWithIdsAsync(
        JrCaseworkDbContext db, int caseId, int categoryId, CancellationToken cancellationToken = default)
    {
        var ids = await IdsAsync(db, caseId, categoryId, cancellationToken);
        if (ids.Count == 0)
        {
            return ([], []);
        }

        var cases = await db.Cases.AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .Select(c => new
            {
                c.Id,
                c.CategoryId,
                c.Origin,
                c.Loop,
                c.OpenedAtUtc,
                c.ClosedAtUtc,
                Employees = c.Employees.Select(e => e.Name).ToList(),
                IsGoodExample = db.CaseReviews.Any(r => r.CaseId == c.Id && r.IsGoodExample),
            })
            .ToListAsync(cancellationToken);
        var decisions = await db.Set<Decision>().AsNoTracking()
            .Where(d => ids.Contains(EF.Property<int>(d, "CaseId")))
            .Select(d => new { CaseId = EF.Property<int>(d, "CaseId"), d.Id, d.Loop, d.ChosenActionNumbers })
            .ToListAsync(cancellationToken);
        var actions = await db.Set<PossibleAction>().AsNoTracking()
            .Where(a => ids.Contains(EF.Property<int>(a, "CaseId")))
            .Select(a => new { CaseId = EF.Property<int>(a, "CaseId"), a.Number, a.Description })
            .ToListAsync(cancellationToken);
        var outcomes = await db.Set<LoopOutcome>().AsNoTracking()
            .Where(o => ids.Contains(EF.Property<int>(o, "CaseId")))
            .Select(o => new { CaseId = EF.Property<int>(o, "CaseId"), o.Id, o.Loop, o.ObjectiveMet, o.ActionHelped, o.HowItHelped, o.LessonsLearned })
            .ToListAsync(cancellationToken);

        var anonymiser = await AnonymiserAsync(db, cases.SelectMany(c => c.Employees), cancellationToken);
        return (ids, [.. ids.Select(id => cases.Single(c => c.Id == id)).Select(c =>
        {
            var chosen = decisions.Where(d => d.CaseId == c.Id).OrderBy(d => d.Loop).ThenBy(d => d.Id).LastOrDefault()?.ChosenActionNumbers ?? [];
            var outcome = outcomes.Where(o => o.CaseId == c.Id).OrderBy(o => o.Loop).ThenBy(o => o.Id).LastOrDefault();
            var closedAt = c.ClosedAtUtc!.Value;
            return new SimilarCase(
                c.CategoryId,
                closedAt.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                c.Loop,
                Math.Max(1, (int)Math.Ceiling((closedAt - c.OpenedAtUtc).TotalDays / 7)),
                c.Origin,
                outcome?.ObjectiveMet,
                outcome?.ActionHelped,
                [.. actions.Where(a => a.CaseId == c.Id && chosen.Contains(a.Number)).OrderBy(a => a.Number).Select(a => anonymiser.Anonymise(a.Description)!)],
                anonymiser.Anonymise(outcome?.HowItHelped),
                anonymiser.Anonymise(outcome?.LessonsLearned),
                c.IsGoodExample);
        })]);
    }

    /// <summary>
    /// The cases to show, in order: closed cases of the category marked as a good example, then the most
    /// recently closed others, newest first; never the case itself.
    /// </summary>
    public static async Task<IReadOnlyList<int>> IdsAsync(JrCaseworkDbContext db, int caseId, int categoryId, CancellationToken cancellationToken = default)
    {
        // Two small queries rather than one ORDER BY "is a good example": each can stop after five rows.
        var goodExamples = await GoodExamplesAsync(db, caseId, categoryId, MaxCases, cancellationToken);
        return goodExamples.Count == MaxCases
            ? goodExamples
            : [.. goodExamples, .. await MostRecentlyClosedAsync(db, caseId, categoryId, goodExamples, MaxCases - goodExamples.Count, cancellationToken)];
    }

    /// <summary>The most recently closed cases of the category that HR marked as a good example.</summary>
    public static async Task<IReadOnlyList<int>> GoodExamplesAsync(
        JrCaseworkDbContext db, int caseId, int categoryId, int take, CancellationToken cancellationToken = default)
    {
        // "Id IN (good examples)" is built once per query, not looked up once per case.
        var goodExampleIds = db.CaseReviews.Where(r => r.IsGoodExample).Select(r => r.CaseId);
        return await ClosedOfCategory(db, caseId, categoryId)
            .Where(c => goodExampleIds.Contains(c.Id))
            .OrderByDescending(c => c.ClosedAtUtc).ThenByDescending(c => c.Id)
            .Select(c => c.Id).Take(take)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The most recently closed cases of the category, leaving out <paramref name="except"/>.</summary>
    public static async Task<IReadOnlyList<int>> MostRecentlyClosedAsync(
        JrCaseworkDbContext db, int caseId, int categoryId, IReadOnlyCollection<int> except, int take, CancellationToken cancellationToken = default) =>
        await ClosedOfCategory(db, caseId, categoryId)
            .Where(c => !except.Contains(c.Id))
            .OrderByDescending(c => c.ClosedAtUtc).ThenByDescending(c => c.Id)
            .Select(c => c.Id).Take(take)
            .ToListAsync(cancellationToken);

    private static IQueryable<JrCase> ClosedOfCategory(JrCaseworkDbContext db, int caseId, int categoryId) =>
        db.Cases.Where(c => c.CategoryId == categoryId && c.ClosedAtUtc != null && c.Id != caseId);

    /// <summary>Every employee's name and number, every user's display name, and the names kept on the cases shown.</summary>
    public static async Task<Anonymiser> AnonymiserAsync(JrCaseworkDbContext db, IEnumerable<string> caseEmployeeNames, CancellationToken cancellationToken = default)
    {
        var employees = await db.Employees.AsNoTracking().Select(e => new { e.FullName, e.EmployeeNumber }).ToListAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().Select(u => u.DisplayName).ToListAsync(cancellationToken);
        return new Anonymiser(employees.Select(e => e.FullName).Concat(users).Concat(caseEmployeeNames), employees.Select(e => e.EmployeeNumber));
    }
}
