using JrCasework.Domain.Foundations;
using Microsoft.Extensions.Options;

namespace JrCasework.Web.Features.Foundations;

/// <summary>
/// The foundations log. A supervisor sees and logs moments for the people of their own unit only; a
/// manager sees, per supervisor in the units they manage, counts and percentages — never a note. The
/// notes are personal data: every read and write of them is audited.
/// </summary>
internal sealed class FoundationService(
    CurrentUser currentUser,
    IDbContextFactory<JrCaseworkDbContext> dbFactory,
    TimeProvider clock,
    UserClock userClock,
    IOptionsMonitor<FoundationOptions> options)
{
    /// <summary>The supervisor's team with each person's standing on the four foundations.</summary>
    public async Task<IReadOnlyList<TeamRow>> MyTeamAsync(CancellationToken cancellationToken = default)
    {
        var supervisorId = await currentUser.RequireRoleAsync(Roles.Supervisor, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var team = await TeamOfAsync(db, supervisorId, cancellationToken);
        var rows = await RowsAsync(db, supervisorId, team, cancellationToken);
        Audit(db, supervisorId, AuditActions.FoundationTeamRead);
        await db.SaveChangesAsync(cancellationToken);
        return rows;
    }

    /// <summary>Logs a moment for one or more people of the supervisor's own team; refuses anyone else.</summary>
    public async Task<long> LogAsync(LogMoment request, CancellationToken cancellationToken = default)
    {
        var supervisorId = await currentUser.RequireRoleAsync(Roles.Supervisor, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var team = await TeamOfAsync(db, supervisorId, cancellationToken);
        if (request.EmployeeIds.Any(id => !team.ContainsKey(id)))
        {
            throw new AccessDeniedException();
        }

        var moment = FoundationMoment.Log(supervisorId, request.Foundation, request.EmployeeIds, request.OccurredOn, request.Note, request.Change, clock.GetUtcNow().UtcDateTime, userClock.Today);
        db.FoundationMoments.Add(moment);
        Audit(db, supervisorId, AuditActions.FoundationLog);
        await db.SaveChangesAsync(cancellationToken);
        return moment.Id;
    }

    /// <summary>A person's page: their foundations, the supervisor's moments with them, and the supervisor's own cases about them.</summary>
    public async Task<PersonView> PersonAsync(int employeeId, CancellationToken cancellationToken = default)
    {
        var supervisorId = await currentUser.RequireRoleAsync(Roles.Supervisor, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var team = await TeamOfAsync(db, supervisorId, cancellationToken);
        if (!team.ContainsKey(employeeId))
        {
            throw new AccessDeniedException();
        }

        var row = (await RowsAsync(db, supervisorId, new Dictionary<int, TeamMemberRecord> { [employeeId] = team[employeeId] }, cancellationToken)).Single();
        var moments = await db.FoundationMoments.AsNoTracking()
            .Where(m => m.SupervisorUserId == supervisorId && m.Employees.Any(e => e.EmployeeId == employeeId))
            .OrderByDescending(m => m.OccurredOn).ThenByDescending(m => m.Id)
            .Include(m => m.Employees)
            .ToListAsync(cancellationToken);
        var others = moments.SelectMany(m => m.Employees).Select(x => x.EmployeeId).Distinct().ToList();
        var names = await db.Employees.AsNoTracking()
            .Where(e => others.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, e => e.FullName, cancellationToken);
        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.OwnerUserId == supervisorId && c.Employees.Any(e => e.EmployeeId == employeeId))
            .OrderByDescending(c => c.OpenedAtUtc)
            .Select(c => new PersonCase(c.Id, c.Reference, c.Title, c.Step, c.OpenedAtUtc, c.ClosedAtUtc))
            .ToListAsync(cancellationToken);

        db.AuditLog.Add(new AuditRecord(clock.GetUtcNow().UtcDateTime, supervisorId, AuditActions.FoundationPersonRead, null).Showing(cases.Select(c => c.CaseId)));
        await db.SaveChangesAsync(cancellationToken);
        return new PersonView(
            row,
            [.. moments.Select(m => new MomentView(m.Id, m.Foundation, m.OccurredOn, m.Note, m.Change,
                [.. m.Employees.Where(e => e.EmployeeId != employeeId).Select(e => names.GetValueOrDefault(e.EmployeeId) ?? "?").Order()]))],
            cases);
    }

    /// <summary>For a manager: per supervisor in the units they manage, how current each foundation is. Counts only.</summary>
    public async Task<IReadOnlyList<SupervisorFoundations>> SupervisorsAsync(CancellationToken cancellationToken = default)
    {
        var viewer = await currentUser.RequireViewerAsync(cancellationToken);
        if (!viewer.Is(Roles.Manager))
        {
            throw new AccessDeniedException();
        }

        var intervals = options.CurrentValue.Intervals;
        var today = Today();
        var unitIds = viewer.ManagedUnitIds.ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var supervisors = await (
                from user in db.SupervisorsIn(unitIds)
                join unit in db.OrgUnits on user.OrgUnitId equals unit.Id
                orderby user.DisplayName
                select new { user.Id, user.DisplayName, user.OrgUnitId, UnitName = unit.Name })
            .ToListAsync(cancellationToken);
        var staff = await db.TeamsOf(unitIds, today).AsNoTracking()
            .Select(e => new { e.Id, e.OrgUnitId })
            .ToListAsync(cancellationToken);
        var supervisorIds = supervisors.Select(s => s.Id).ToList();
        var last = await LastDoneAsync(db, supervisorIds, staff.Select(e => e.Id).ToList(), cancellationToken);

        return [.. supervisors.Select(s =>
        {
            var team = staff.Where(e => e.OrgUnitId == s.OrgUnitId).Select(e => e.Id).ToList();
            var currency = Enum.GetValues<Foundation>().Select(f =>
            {
                var states = team.Select(e => FoundationSchedule.StatusOf(f, last.TryGetValue((s.Id, e, f), out var d) ? d : null, today, intervals).State).ToList();
                return new FoundationCurrency(f,
                    states.Count(x => x == FoundationState.Current), states.Count(x => x == FoundationState.DueSoon),
                    states.Count(x => x == FoundationState.Overdue), states.Count(x => x == FoundationState.NeverDone));
            }).ToList();
            return new SupervisorFoundations(s.Id, s.DisplayName, s.UnitName, team.Count, currency);
        })];
    }

    private async Task<IReadOnlyList<TeamRow>> RowsAsync(JrCaseworkDbContext db, string supervisorId, IReadOnlyDictionary<int, TeamMemberRecord> team, CancellationToken cancellationToken)
    {
        var intervals = options.CurrentValue.Intervals;
        var today = Today();
        var last = await LastDoneAsync(db, [supervisorId], [.. team.Keys], cancellationToken);
        return [.. team.Values.OrderBy(m => m.FullName).Select(m => new TeamRow(m.Id, m.FullName, m.EmployeeNumber,
            [.. Enum.GetValues<Foundation>().Select(f => FoundationSchedule.StatusOf(f, last.TryGetValue((supervisorId, m.Id, f), out var d) ? d : null, today, intervals))]))];
    }

    /// <summary>The last date each supervisor did each foundation for each person, in one grouped query.</summary>
    private static async Task<Dictionary<(string Supervisor, int Employee, Foundation Foundation), DateOnly>> LastDoneAsync(
        JrCaseworkDbContext db, List<string> supervisorIds, List<int> employeeIds, CancellationToken cancellationToken)
    {
        var rows = await (
                from moment in db.FoundationMoments
                from person in moment.Employees
                where supervisorIds.Contains(moment.SupervisorUserId) && employeeIds.Contains(person.EmployeeId)
                group moment.OccurredOn by new { moment.SupervisorUserId, person.EmployeeId, moment.Foundation } into g
                select new { g.Key.SupervisorUserId, g.Key.EmployeeId, g.Key.Foundation, Last = g.Max() })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => (r.SupervisorUserId, r.EmployeeId, r.Foundation), r => r.Last);
    }

    private async Task<Dictionary<int, TeamMemberRecord>> TeamOfAsync(JrCaseworkDbContext db, string supervisorId, CancellationToken cancellationToken)
    {
        var today = Today();
        return await db.TeamOf(await db.UnitOfAsync(supervisorId, cancellationToken), today).AsNoTracking()
            .Select(e => new TeamMemberRecord(e.Id, e.FullName, e.EmployeeNumber))
            .ToDictionaryAsync(e => e.Id, cancellationToken);
    }

    private DateOnly Today() => userClock.Today;

    private void Audit(JrCaseworkDbContext db, string userId, string action) =>
        db.AuditLog.Add(new AuditRecord(clock.GetUtcNow().UtcDateTime, userId, action, null));

    private sealed record TeamMemberRecord(int Id, string FullName, string EmployeeNumber);
}
