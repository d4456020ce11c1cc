namespace JrCasework.Data;

/// <summary>
/// The organisation questions the features ask, written once: who is still employed on a date, who is in a unit's
/// team, and which active users hold a role where.
/// </summary>
public static class OrgQueries
{
    /// <summary>Employees who have not left on <paramref name="date"/>: a leaving date after it still counts as employed.</summary>
    public static IQueryable<Employee> EmployedOn(this IQueryable<Employee> employees, DateOnly date) =>
        employees.Where(e => e.LeftOn == null || e.LeftOn > date);

    /// <summary>The team of a unit on <paramref name="date"/>: its employees who have not left.</summary>
    public static IQueryable<Employee> TeamOf(this JrCaseworkDbContext db, int unitId, DateOnly date) =>
        db.Employees.Where(e => e.OrgUnitId == unitId).EmployedOn(date);

    /// <summary>The teams of several units on <paramref name="date"/>.</summary>
    public static IQueryable<Employee> TeamsOf(this JrCaseworkDbContext db, IReadOnlyCollection<int> unitIds, DateOnly date) =>
        db.Employees.Where(e => unitIds.Contains(e.OrgUnitId)).EmployedOn(date);

    /// <summary>Users who are not disabled and hold <paramref name="role"/>.</summary>
    public static IQueryable<ApplicationUser> ActiveInRole(this JrCaseworkDbContext db, string role) =>
        db.Users.Where(u => !u.IsDisabled
            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));

    /// <summary>Active supervisors working in one of the units.</summary>
    public static IQueryable<ApplicationUser> SupervisorsIn(this JrCaseworkDbContext db, IReadOnlyCollection<int> unitIds) =>
        db.ActiveInRole(Roles.Supervisor).Where(u => unitIds.Contains(u.OrgUnitId));

    /// <summary>Active managers of the unit.</summary>
    public static IQueryable<ApplicationUser> ManagersOf(this JrCaseworkDbContext db, int unitId) =>
        db.ActiveInRole(Roles.Manager).Where(u => u.ManagedOrgUnits.Any(m => m.OrgUnitId == unitId));

    /// <summary>The unit a user works in.</summary>
    public static Task<int> UnitOfAsync(this JrCaseworkDbContext db, string userId, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.Id == userId).Select(u => u.OrgUnitId).SingleAsync(cancellationToken);
}
