namespace JrCasework.Web.Features.Reports;

/// <summary>
/// The HR report as the page, the print view and the export ask for it: every call checks on the server that
/// the caller is an active HR user, and counts only the units in their scope (the chosen unit and every unit
/// below it). Each report read leaves one audit record without a case id: the report holds no case content,
/// but who looked at which figures, when, is on record.
/// </summary>
internal sealed class ReportQueries(
    CurrentUser currentUser, IDbContextFactory<JrCaseworkDbContext> dbFactory, TimeProvider clock, Pseudonyms pseudonyms, UserClock userClock)
{

    /// <summary>Today as the report counts it: the date in the user's time zone, as the dashboard and the case list.</summary>
    public DateOnly Today => userClock.Today;

    /// <summary>The units of the caller's scope, as a tree (top first, each unit followed by the units below it).</summary>
    public async Task<IReadOnlyList<UnitOption>> UnitsAsync(CancellationToken cancellationToken = default)
    {
        var viewer = await RequireHrAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return UnitTree.Order(await ScopeUnitsAsync(db, viewer.HrScopeUnitIds, cancellationToken));
    }

    /// <summary>The report for the page or the print view (audited as <see cref="AuditActions.ReportView"/>).</summary>
    public Task<CaseReport> LoadAsync(ReportPeriod period, int? unitId, CancellationToken cancellationToken = default) =>
        LoadAsync(period, unitId, AuditActions.ReportView, cancellationToken);

    /// <summary>The report for a CSV download (audited as <see cref="AuditActions.ReportExport"/>).</summary>
    public Task<CaseReport> ExportAsync(ReportPeriod period, int? unitId, CancellationToken cancellationToken = default) =>
        LoadAsync(period, unitId, AuditActions.ReportExport, cancellationToken);

    private async Task<CaseReport> LoadAsync(ReportPeriod period, int? unitId, string action, CancellationToken cancellationToken)
    {
        var viewer = await RequireHrAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var tree = UnitTree.Order(await ScopeUnitsAsync(db, viewer.HrScopeUnitIds, cancellationToken));
        if (tree.Count == 0)
        {
            throw new AccessDeniedException();
        }

        // A unit outside the scope is refused rather than ignored: a link to it must not show the whole scope instead.
        var top = unitId is { } id ? tree.FindIndex(u => u.Id == id) : 0;
        if (top < 0)
        {
            throw new AccessDeniedException();
        }

        var request = new ReportRequest(UnitTree.WithDescendants(tree, top), tree[top].Name, period, Today);
        var report = await ReportFigures.LoadAsync(db, request, pseudonyms, cancellationToken);

        db.AuditLog.Add(new AuditRecord(clock.GetUtcNow().UtcDateTime, viewer.UserId, action, null));
        await db.SaveChangesAsync(cancellationToken);
        return report;
    }

    private async Task<Domain.Cases.CaseViewer> RequireHrAsync(CancellationToken cancellationToken)
    {
        var viewer = await currentUser.RequireViewerAsync(cancellationToken);
        return viewer.Is(Roles.Hr) ? viewer : throw new AccessDeniedException();
    }

    private static async Task<List<(int Id, string Name, int? ParentId)>> ScopeUnitsAsync(
        JrCaseworkDbContext db, IReadOnlySet<int> scope, CancellationToken cancellationToken)
    {
        var ids = scope.ToList();
        var units = await db.OrgUnits.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.Name, u.ParentId })
            .ToListAsync(cancellationToken);
        return [.. units.Select(u => (u.Id, u.Name, u.ParentId))];
    }
}
