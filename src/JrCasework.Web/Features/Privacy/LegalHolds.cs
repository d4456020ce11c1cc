using JrCasework.Web.Features.Cases;

namespace JrCasework.Web.Features.Privacy;

/// <summary>What the hold panel on a case shows: whether the case is on hold, and for HR in scope why, since when and by whom.</summary>
public sealed record HoldState(bool CanChange, bool IsOnHold, DateTime? SinceUtc, string? Reason, string? ByName)
{
    /// <summary>For HR in scope: every hold placed and lifted on the case, newest first, with its reason.</summary>
    public IReadOnlyList<HoldEvent> Past { get; init; } = [];
}

/// <summary>A hold placed or lifted, when, by whom, and why.</summary>
public sealed record HoldEvent(bool Placed, DateTime AtUtc, string? ByName, string? Reason);

/// <summary>One case on legal hold in HR's list.</summary>
public sealed record HoldRow(int CaseId, string Reference, string Title, CaseStep Step, DateTime SinceUtc, string? ByName, string Reason);

/// <summary>
/// Legal holds (issue 15): HR places one on a case in their scope with a reason, and lifts it with a reason; a held case
/// is never anonymised. Access is checked here on every call; placing and lifting are audited as changes of the case
/// (<c>case.hold.place</c>, <c>case.hold.lift</c>), HR's list as a read that names the cases it showed.
/// </summary>
internal sealed class LegalHolds(CurrentUser currentUser, IDbContextFactory<JrCaseworkDbContext> dbFactory, TimeProvider clock, CaseService cases)
{
    public const string PlaceChange = "hold.place";
    public const string LiftChange = "hold.lift";

    /// <summary>The hold of a case the caller may read; the reason only for HR in scope.</summary>
    public async Task<HoldState> GetAsync(int caseId, CancellationToken cancellationToken = default)
    {
        var viewer = await currentUser.RequireViewerAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var held = await db.Cases.AsNoTracking().Where(c => c.Id == caseId)
            .Select(c => new
            {
                Ownership = new CaseOwnership(c.OwnerUserId, c.OrgUnitId, c.ReferredToUserId),
                c.HoldSinceUtc,
                c.HoldReason,
                By = db.Users.Where(u => u.Id == c.HoldByUserId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (held is null || !CaseAccess.CanReadContent(viewer, held.Ownership))
        {
            throw new CaseNotFoundException();
        }

        var hr = CaseAccess.CanReview(viewer, held.Ownership);
        var past = !hr ? [] : await db.CaseHistory.AsNoTracking()
            .Where(h => EF.Property<int?>(h, "CaseId") == caseId && (h.Event == CaseEvent.HoldPlaced || h.Event == CaseEvent.HoldLifted))
            .OrderByDescending(h => h.Id)
            .Select(h => new HoldEvent(h.Event == CaseEvent.HoldPlaced, h.AtUtc,
                db.Users.Where(u => u.Id == h.ByUserId).Select(u => u.DisplayName).FirstOrDefault(), h.Summary))
            .ToListAsync(cancellationToken);
        return new HoldState(hr, held.HoldSinceUtc is not null, held.HoldSinceUtc, hr ? held.HoldReason : null, hr ? held.By : null) { Past = past };
    }

    /// <summary>Places a hold with <paramref name="reason"/>; a refused move surfaces as <see cref="CaseRuleException"/>, with nothing saved.</summary>
    public async Task<Guid> PlaceAsync(int caseId, string reason, CancellationToken cancellationToken = default) =>
        (await cases.ChangeAsHrAsync(caseId, PlaceChange, (c, by) => c.PlaceHold(reason, by), cancellationToken)).Version;

    /// <summary>Lifts the hold with <paramref name="reason"/>.</summary>
    public async Task<Guid> LiftAsync(int caseId, string reason, CancellationToken cancellationToken = default) =>
        (await cases.ChangeAsHrAsync(caseId, LiftChange, (c, by) => c.LiftHold(reason, by), cancellationToken)).Version;

    /// <summary>The cases on hold in HR's scope, the longest held first.</summary>
    public async Task<IReadOnlyList<HoldRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        var viewer = await currentUser.RequireViewerAsync(cancellationToken);
        if (!viewer.Is(Roles.Hr))
        {
            throw new AccessDeniedException();
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var units = viewer.HrScopeUnitIds.ToList();
        var rows = await db.Cases.AsNoTracking()
            .Where(c => c.HoldSinceUtc != null && units.Contains(c.OrgUnitId))
            .OrderBy(c => c.HoldSinceUtc)
            .Select(c => new HoldRow(c.Id, c.Reference, c.Title, c.Step, c.HoldSinceUtc!.Value,
                db.Users.Where(u => u.Id == c.HoldByUserId).Select(u => u.DisplayName).FirstOrDefault(), c.HoldReason!))
            .ToListAsync(cancellationToken);
        db.AuditLog.Add(new AuditRecord(clock.GetUtcNow().UtcDateTime, viewer.UserId, AuditActions.HoldsList, null).Showing(rows.Select(r => r.CaseId)));
        await db.SaveChangesAsync(cancellationToken);
        return rows;
    }
}
