namespace JrCasework.Web.Features.Admin.Employees;

/// <summary>One row of the employee list.</summary>
public sealed record EmployeeRow(
    int Id, string FullName, string EmployeeNumber, int OrgUnitId, string OrgUnit, string? SupervisorUserId, string? Supervisor, DateOnly? LeftOn);

/// <summary>Which employees to list: a unit (null: all), a part of the name or number, and whether to include those who left.</summary>
public sealed record EmployeeFilter(int? OrgUnitId = null, string? Search = null, bool IncludeLeft = false);

/// <summary>Something to choose in a list: a unit or a supervisor.</summary>
public sealed record Choice<TId>(TId Id, string Name);

/// <summary>What the administrator fills in for a new or changed employee.</summary>
public sealed class EmployeeForm
{
    public string FullName { get; set; } = "";

    public string EmployeeNumber { get; set; } = "";

    public int? OrgUnitId { get; set; }

    public string? SupervisorUserId { get; set; }

    public static EmployeeForm From(EmployeeRow row) => new()
    {
        FullName = row.FullName,
        EmployeeNumber = row.EmployeeNumber,
        OrgUnitId = row.OrgUnitId,
        SupervisorUserId = row.SupervisorUserId,
    };
}

/// <summary>
/// Employees for administrators: list, add, edit, mark as left. Every call checks on the server that the
/// caller is an active administrator; each operation uses its own context.
/// </summary>
internal sealed class EmployeeAdministration(
    CurrentUser currentUser,
    IDbContextFactory<JrCaseworkDbContext> dbFactory,
    UserClock userClock,
    TimeProvider clock,
    ILogger<EmployeeAdministration> logger)
{
    public const string FullNameField = "fullName";
    public const string NumberField = "employeeNumber";
    public const string OrgUnitField = "orgUnit";
    public const string SupervisorField = "supervisor";
    public const string LeftOnField = "leftOn";
    public const int MaxNameLength = Employee.MaxNameLength;
    public const int MaxNumberLength = Employee.MaxNumberLength;

    public async Task<IReadOnlyList<EmployeeRow>> ListAsync(EmployeeFilter filter, CancellationToken cancellationToken = default)
    {
        await currentUser.RequireRoleAsync(Roles.Admin, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var query = db.Employees.AsNoTracking();
        if (filter.OrgUnitId is { } unitId)
        {
            query = query.Where(e => e.OrgUnitId == unitId);
        }

        if (!filter.IncludeLeft)
        {
            query = query.Where(e => e.LeftOn == null);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var search = filter.Search.Trim().ToLower();
            query = query.Where(e => e.FullName.ToLower().Contains(search) || e.EmployeeNumber.ToLower().Contains(search));
        }

        var rows = await (
                from employee in query
                join unit in db.OrgUnits on employee.OrgUnitId equals unit.Id
                join supervisor in db.Users on employee.SupervisorUserId equals supervisor.Id into supervisors
                from supervisor in supervisors.DefaultIfEmpty()
                orderby employee.FullName
                select new EmployeeRow(
                    employee.Id, employee.FullName, employee.EmployeeNumber, employee.OrgUnitId, unit.Name,
                    employee.SupervisorUserId, supervisor == null ? null : supervisor.DisplayName, employee.LeftOn))
            .ToListAsync(cancellationToken);
        return rows;
    }

    /// <summary>The org units, by name.</summary>
    public async Task<IReadOnlyList<Choice<int>>> OrgUnitsAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.RequireRoleAsync(Roles.Admin, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.OrgUnits.AsNoTracking().OrderBy(u => u.Name).Select(u => new Choice<int>(u.Id, u.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>The active users with the Supervisor role: the only people who can be an employee's supervisor.</summary>
    public async Task<IReadOnlyList<Choice<string>>> SupervisorsAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.RequireRoleAsync(Roles.Admin, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ActiveInRole(Roles.Supervisor).OrderBy(u => u.DisplayName).Select(u => new Choice<string>(u.Id, u.DisplayName)).ToListAsync(cancellationToken);
    }

    public async Task<AdminResult> AddAsync(EmployeeForm form, CancellationToken cancellationToken = default)
    {
        var adminId = await currentUser.RequireRoleAsync(Roles.Admin, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var result = await ValidateAsync(db, form, employeeId: null, cancellationToken);
        if (!result.Succeeded)
        {
            return result;
        }

        var employee = new Employee(form.FullName, form.EmployeeNumber, form.OrgUnitId!.Value, Blank(form.SupervisorUserId));
        db.Employees.Add(employee);
        if (!await TrySaveAsync(db, cancellationToken))
        {
            return NumberTaken(form.EmployeeNumber);
        }

        await db.RecordAsync(clock, adminId, AuditActions.Admin.EmployeeAdd, "employee:" + employee.Id, cancellationToken: cancellationToken);
        logger.LogInformation("Employee {EmployeeId} added in org unit {OrgUnitId} by {AdminId}", employee.Id, employee.OrgUnitId, adminId);
        return AdminResult.Ok;
    }

    public async Task<AdminResult> EditAsync(int id, EmployeeForm form, CancellationToken cancellationToken = default)
    {
        var adminId = await currentUser.RequireRoleAsync(Roles.Admin, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var employee = await db.Employees.SingleOrDefaultAsync(e => e.Id == id, cancellationToken) ?? throw new KeyNotFoundException("No such employee.");

        var result = await ValidateAsync(db, form, id, cancellationToken);
        if (!result.Succeeded)
        {
            return result;
        }

        employee.Edit(form.FullName, form.EmployeeNumber, form.OrgUnitId!.Value, Blank(form.SupervisorUserId));
        if (!await TrySaveAsync(db, cancellationToken))
        {
            return NumberTaken(form.EmployeeNumber);
        }

        await db.RecordAsync(clock, adminId, AuditActions.Admin.EmployeeEdit, "employee:" + id, cancellationToken: cancellationToken);
        logger.LogInformation("Employee {EmployeeId} edited by {AdminId}", id, adminId);
        return AdminResult.Ok;
    }

    /// <summary>
    /// Records that the employee left on <paramref name="leftOn"/>; they no longer appear in their supervisor's team.
    /// A date further ahead than any plan reaches (<see cref="JrCase.MaxYearsAhead"/> years) is a typo, refused at its field.
    /// </summary>
    public async Task<AdminResult> MarkAsLeftAsync(int id, DateOnly leftOn, CancellationToken cancellationToken = default)
    {
        var adminId = await currentUser.RequireRoleAsync(Roles.Admin, cancellationToken);
        if (leftOn > userClock.Today.AddYears(JrCase.MaxYearsAhead))
        {
            return AdminResult.Refused(LeftOnField, AdminRule.LeftOnTooFar, JrCase.MaxYearsAhead);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var employee = await db.Employees.SingleOrDefaultAsync(e => e.Id == id, cancellationToken) ?? throw new KeyNotFoundException("No such employee.");
        employee.MarkAsLeft(leftOn);
        await db.RecordAsync(clock, adminId, AuditActions.Admin.EmployeeLeft, "employee:" + id, cancellationToken: cancellationToken);
        logger.LogInformation("Employee {EmployeeId} marked as left by {AdminId}", id, adminId);
        return AdminResult.Ok;
    }

    /// <summary>Undoes <see cref="MarkAsLeftAsync"/>.</summary>
    public async Task RejoinAsync(int id, CancellationToken cancellationToken = default)
    {
        var adminId = await currentUser.RequireRoleAsync(Roles.Admin, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var employee = await db.Employees.SingleOrDefaultAsync(e => e.Id == id, cancellationToken) ?? throw new KeyNotFoundException("No such employee.");
        employee.Rejoin();
        await db.RecordAsync(clock, adminId, AuditActions.Admin.EmployeeRejoin, "employee:" + id, cancellationToken: cancellationToken);
        logger.LogInformation("Employee {EmployeeId} rejoined by {AdminId}", id, adminId);
    }

    private async Task<AdminResult> ValidateAsync(JrCaseworkDbContext db, EmployeeForm form, int? employeeId, CancellationToken cancellationToken)
    {
        var problems = Employee.Check(form.FullName, form.EmployeeNumber);
        var errors = problems.Select(p => new FieldError(
                p.Field == EmployeeField.FullName ? FullNameField : NumberField,
                p.Rule switch { EmployeeRule.Required => AdminRule.Required, EmployeeRule.TooLong => AdminRule.TooLong, _ => AdminRule.UnusableCharacter },
                p.Limit))
            .ToList();
        if (!problems.Any(p => p.Field == EmployeeField.EmployeeNumber))
        {
            var number = form.EmployeeNumber!.Trim();
            if (await db.Employees.AnyAsync(e => e.EmployeeNumber == number && e.Id != employeeId, cancellationToken))
            {
                errors.AddRange(NumberTaken(number).Errors);
            }
        }

        if (form.OrgUnitId is null)
        {
            errors.Add(new FieldError(OrgUnitField, AdminRule.Required));
        }
        else if (!await db.OrgUnits.AnyAsync(u => u.Id == form.OrgUnitId, cancellationToken))
        {
            errors.Add(new FieldError(OrgUnitField, AdminRule.UnknownUnit));
        }

        var supervisorId = Blank(form.SupervisorUserId);
        if (supervisorId is not null && !await db.ActiveInRole(Roles.Supervisor).AnyAsync(u => u.Id == supervisorId, cancellationToken))
        {
            errors.Add(new FieldError(SupervisorField, AdminRule.NotASupervisor));
        }

        return new AdminResult(errors);
    }

    private static AdminResult NumberTaken(string number) => AdminResult.Refused(NumberField, AdminRule.NumberTaken, number.Trim());

    /// <summary>Saves; false when the unique employee number was taken in the meantime.</summary>
    private static async Task<bool> TrySaveAsync(JrCaseworkDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            return false;
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
