namespace JrCasework.Web.Features.Admin.OrgUnits;

/// <summary>
/// One org unit in the tree, in display order (each unit directly followed by its sub-units).
/// <paramref name="Depth"/> is 0 for a top-level unit.
/// </summary>
public sealed record OrgUnitNode(int Id, string Name, int? ParentId, int Depth, int Users, int Employees, int Cases, int SubUnits)
{
    /// <summary>Users, employees, cases or sub-units refer to the unit, so it cannot be deleted.</summary>
    public bool IsInUse => Users + Employees + Cases + SubUnits > 0;
}

/// <summary>
/// The org-unit tree for administrators: add, rename, move (never into a cycle) and delete units nothing refers to.
/// Every call checks on the server that the caller is an active administrator.
/// </summary>
internal sealed class OrgUnitAdministration(
    CurrentUser currentUser,
    IDbContextFactory<JrCaseworkDbContext> dbFactory,
    TimeProvider clock,
    ILogger<OrgUnitAdministration> logger)
{
    public const string NameField = "name";
    public const string ParentField = "parent";

    /// <summary>The whole tree, depth first, siblings by name.</summary>
    public async Task<IReadOnlyList<OrgUnitNode>> TreeAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.RequireRoleAsync(Roles.Admin, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var units = await db.OrgUnits.AsNoTracking().ToListAsync(cancellationToken);
        var users = await CountsAsync(db.Users.Select(u => u.OrgUnitId).Concat(db.ManagedOrgUnits.Select(m => m.OrgUnitId)), cancellationToken);
        var employees = await CountsAsync(db.Employees.Select(e => e.OrgUnitId), cancellationToken);
        var cases = await CountsAsync(db.Cases.Select(c => c.OrgUnitId), cancellationToken);
        var children = units.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!.Value);
        var ids = units.Select(u => u.Id).ToHashSet();

        var tree = new List<OrgUnitNode>();
        var roots = units.Where(u => u.ParentId is null || !ids.Contains(u.ParentId.Value)).OrderBy(u => u.Name, StringComparer.CurrentCultureIgnoreCase);
        foreach (var root in roots)
        {
            Add(root, 0);
        }

        return tree;

        void Add(OrgUnit unit, int depth)
        {
            var subUnits = children[unit.Id].OrderBy(u => u.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
            tree.Add(new OrgUnitNode(
                unit.Id, unit.Name, unit.ParentId, depth,
                users.GetValueOrDefault(unit.Id), employees.GetValueOrDefault(unit.Id), cases.GetValueOrDefault(unit.Id), subUnits.Count));
            foreach (var child in subUnits)
            {
                Add(child, depth + 1);
            }
        }
    }

    /// <summary>Adds a unit under <paramref name="parentId"/> (null: at the top level).</summary>
    public async Task<AdminResult> AddAsync(string name, int? parentId, CancellationToken cancellationToken = default)
    {
        var adminId = await currentUser.RequireRoleAsync(Roles.Admin, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var refused = ValidateName(name) ?? await ValidateParentAsync(db, parentId, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var unit = new OrgUnit(name, parentId);
        db.OrgUnits.Add(unit);
        await db.SaveChangesAsync(cancellationToken);
        await db.RecordAsync(clock, adminId, AuditActions.Admin.OrgUnitAdd, "orgunit:" + unit.Id, cancellationToken: cancellationToken);
        logger.LogInformation("Org unit {OrgUnitId} added under {ParentId} by {AdminId}", unit.Id, parentId, adminId);
        return AdminResult.Ok;
    }

    /// <summary>Renames a unit and/or moves it under another parent; refuses a move that would make a cycle.</summary>
    public async Task<AdminResult> UpdateAsync(int id, string name, int? parentId, CancellationToken cancellationToken = default)
    {
        var adminId = await currentUser.RequireRoleAsync(Roles.Admin, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var unit = await db.OrgUnits.SingleOrDefaultAsync(u => u.Id == id, cancellationToken) ?? throw new KeyNotFoundException("No such org unit.");

        var refused = ValidateName(name) ?? await ValidateParentAsync(db, parentId, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var parentOf = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.ParentId, cancellationToken);
        if (!unit.CanMoveUnder(parentId, parentOf))
        {
            return parentId == id
                ? AdminResult.Refused(ParentField, AdminRule.UnitUnderItself, unit.Name)
                : AdminResult.Refused(ParentField, AdminRule.UnitUnderOwnSubunit, unit.Name, await db.OrgUnits.Where(u => u.Id == parentId).Select(u => u.Name).SingleAsync(cancellationToken));
        }

        unit.Rename(name);
        unit.MoveUnder(parentId, parentOf);
        await db.RecordAsync(clock, adminId, AuditActions.Admin.OrgUnitUpdate, "orgunit:" + id, cancellationToken: cancellationToken);
        logger.LogInformation("Org unit {OrgUnitId} updated (parent {ParentId}) by {AdminId}", id, parentId, adminId);
        return AdminResult.Ok;
    }

    /// <summary>Deletes a unit, only when no user, employee, case or sub-unit refers to it.</summary>
    public async Task<AdminResult> DeleteAsync(int id, CancellationToken cancellationToken = default)
    {
        var adminId = await currentUser.RequireRoleAsync(Roles.Admin, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var unit = await db.OrgUnits.SingleOrDefaultAsync(u => u.Id == id, cancellationToken) ?? throw new KeyNotFoundException("No such org unit.");

        var inUse = await db.Users.AnyAsync(u => u.OrgUnitId == id, cancellationToken)
            || await db.ManagedOrgUnits.AnyAsync(m => m.OrgUnitId == id, cancellationToken)
            || await db.Employees.AnyAsync(e => e.OrgUnitId == id, cancellationToken)
            || await db.Cases.AnyAsync(c => c.OrgUnitId == id, cancellationToken)
            || await db.OrgUnits.AnyAsync(u => u.ParentId == id, cancellationToken);
        if (inUse)
        {
            return AdminResult.Refused(NameField, AdminRule.UnitInUse, unit.Name);
        }

        db.OrgUnits.Remove(unit);
        await db.RecordAsync(clock, adminId, AuditActions.Admin.OrgUnitDelete, "orgunit:" + id, cancellationToken: cancellationToken);
        logger.LogInformation("Org unit {OrgUnitId} deleted by {AdminId}", id, adminId);
        return AdminResult.Ok;
    }

    private static AdminResult? ValidateName(string? name) =>
        AdminResult.CheckText(NameField, name, OrgUnit.MaxNameLength).ToList() is [_, ..] errors ? new AdminResult(errors) : null;

    private static async Task<AdminResult?> ValidateParentAsync(JrCaseworkDbContext db, int? parentId, CancellationToken cancellationToken) =>
        parentId is null || await db.OrgUnits.AnyAsync(u => u.Id == parentId, cancellationToken)
            ? null
            : AdminResult.Refused(ParentField, AdminRule.UnknownParent);

    private static async Task<Dictionary<int, int>> CountsAsync(IQueryable<int> unitIds, CancellationToken cancellationToken) =>
        (await unitIds.ToListAsync(cancellationToken)).CountBy(id => id).ToDictionary(c => c.Key, c => c.Value);
}
