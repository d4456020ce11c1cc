namespace JrCasework.Web.Features.Cases.Opening;

/// <summary>An employee a supervisor can open a case about or log a foundation for.</summary>
public sealed record TeamMember(int Id, string FullName, string EmployeeNumber);

/// <summary>
/// "Supervisors see the employees of their own units only": the current employees of the supervisor's org unit.
/// Only that supervisor may ask, checked on the server on every call.
/// </summary>
internal sealed class TeamDirectory(CurrentUser currentUser, IDbContextFactory<JrCaseworkDbContext> dbFactory, UserClock userClock)
{
    /// <summary>
    /// The employees in the org unit of <paramref name="supervisorUserId"/> who have not left (a leaving date
    /// in the future still counts as employed), by name. Throws <see cref="AccessDeniedException"/> unless the
    /// caller is that supervisor, active and holding the Supervisor role.
    /// </summary>
    public async Task<IReadOnlyList<TeamMember>> EmployeesOfSupervisorAsync(string supervisorUserId, CancellationToken cancellationToken = default)
    {
        var callerId = await currentUser.RequireRoleAsync(Roles.Supervisor, cancellationToken);
        if (callerId != supervisorUserId)
        {
            throw new AccessDeniedException();
        }

        var today = userClock.Today;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.TeamOf(await db.UnitOfAsync(supervisorUserId, cancellationToken), today).AsNoTracking()
            .OrderBy(e => e.FullName)
            .Select(e => new TeamMember(e.Id, e.FullName, e.EmployeeNumber))
            .ToListAsync(cancellationToken);
    }
}
