namespace JrCasework.Web.Features.Dashboard;

/// <summary>
/// The manager's dashboard as the page asks for it: every call checks on the server that the caller
/// is an active manager, and only then reads the figures of exactly the units they manage.
/// No case content is read, so nothing is audited.
/// </summary>
internal sealed class DashboardQueries(CurrentUser currentUser, IDbContextFactory<JrCaseworkDbContext> dbFactory, UserClock userClock)
{
    /// <summary>Today as the dashboard counts it (see <see cref="DashboardScope"/>).</summary>
    public DateOnly Today => userClock.Today;

    public async Task<ManagerDashboard> LoadAsync(CompletionPeriod period, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await DashboardFigures.LoadAsync(db, scope, period, cancellationToken);
    }

    public async Task<CompletionSummary> CompletionAsync(CompletionPeriod period, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await DashboardFigures.CompletionAsync(db, scope, period, cancellationToken);
    }

    public async Task<DrillDownResult> DrillDownAsync(DrillDown request, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await DashboardFigures.DrillDownAsync(db, scope, request, cancellationToken);
    }

    private async Task<DashboardScope> ScopeAsync(CancellationToken cancellationToken)
    {
        var viewer = await currentUser.RequireViewerAsync(cancellationToken);
        if (!viewer.Is(Roles.Manager))
        {
            throw new AccessDeniedException();
        }

        return new DashboardScope(viewer.UserId, [.. viewer.ManagedUnitIds.Order()], Today);
    }
}
