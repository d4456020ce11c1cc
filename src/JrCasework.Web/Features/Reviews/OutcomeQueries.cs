using JrCasework.Web.Features.Cases;

namespace JrCasework.Web.Features.Reviews;

/// <summary>
/// The HR outcome list as the page asks for it: every call checks on the server that the caller is
/// active HR and reads only the units in their scope. The list holds references but no names or
/// text; it is still a view on cases, so each read leaves one <c>outcomes.list</c> audit record.
/// </summary>
internal sealed class OutcomeQueries(CurrentUser currentUser, IDbContextFactory<JrCaseworkDbContext> dbFactory, TimeProvider clock, UserClock userClock)
{
    public async Task<OutcomePage> ListAsync(OutcomeFilter filter, CancellationToken cancellationToken = default)
    {
        var (userId, scope) = await ScopeAsync(currentUser, userClock.Today, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var page = await OutcomeList.PageAsync(db, scope, filter, cancellationToken);
        db.AuditLog.Add(new AuditRecord(clock.GetUtcNow().UtcDateTime, userId, AuditActions.OutcomesList, null).Showing(page.Rows.Select(r => r.Id)));
        await db.SaveChangesAsync(cancellationToken);
        return page;
    }

    /// <summary>The units in the caller's scope and the categories, for the filters.</summary>
    public async Task<OutcomeChoices> ChoicesAsync(CancellationToken cancellationToken = default)
    {
        var (_, scope) = await ScopeAsync(currentUser, userClock.Today, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var categories = await db.CaseCategories.AsNoTracking().OrderBy(c => c.SortOrder)
            .Select(c => new CategoryOption(c.Id, c.NameEn, c.NameNl, c.IsActive))
            .ToListAsync(cancellationToken);
        return new OutcomeChoices(await OutcomeList.UnitsAsync(db, scope, cancellationToken), categories);
    }

    /// <summary>Today in the user's time zone, as the periods on the page count it.</summary>
    public DateOnly Today => userClock.Today;

    /// <summary>
    /// The caller's id and scope when they are active HR, with <paramref name="today"/> on their calendar;
    /// throws <see cref="AccessDeniedException"/> otherwise.
    /// </summary>
    internal static async Task<(string UserId, OutcomeScope Scope)> ScopeAsync(CurrentUser currentUser, DateOnly today, CancellationToken cancellationToken)
    {
        var viewer = await currentUser.RequireViewerAsync(cancellationToken);
        if (!viewer.Is(Roles.Hr))
        {
            throw new AccessDeniedException();
        }

        return (viewer.UserId, new OutcomeScope(viewer.HrScopeUnitIds, today));
    }
}
