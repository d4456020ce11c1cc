namespace JrCasework.Web.Features.Cases;

/// <summary>One line of the supervisor's case list.</summary>
public sealed record CaseListItem(
    int Id,
    string Reference,
    string Title,
    IReadOnlyList<string> Employees,
    int CategoryId,
    CaseStep Step,
    int Loop,
    DateTime OpenedAtUtc,
    DateTime StepEnteredAtUtc,
    DateOnly? NextFollowUp,
    bool IsOverdue)
{
    /// <summary>When a closed case was closed.</summary>
    public DateTime? ClosedAtUtc { get; init; }
}

/// <summary>What the case list shows: the open cases, with the closed ones too if asked; a step, a category, a search text.</summary>
public sealed record CaseListFilter(bool IncludeClosed = false, CaseStep? Step = null, int? CategoryId = null, string? Search = null);

/// <summary>A category to choose, with its name in both languages.</summary>
public sealed record CategoryOption(int Id, string NameEn, string NameNl, bool IsActive)
{
    public string NameIn(string twoLetterLanguage) => twoLetterLanguage == "nl" ? NameNl : NameEn;
}

/// <summary>A manager a supervisor can refer a case to: one who manages the supervisor's unit.</summary>
public sealed record ManagerOption(string UserId, string DisplayName);

/// <summary>
/// The supervisor's lists and choices. Only the caller's own cases are listed; the list read is
/// audited once (it shows titles and names).
/// </summary>
internal sealed class CaseQueries(CurrentUser currentUser, IDbContextFactory<JrCaseworkDbContext> dbFactory, TimeProvider clock, UserClock userClock)
{
    /// <summary>
    /// The supervisor's cases, what needs attention first: overdue follow-ups, then the case that
    /// has been longest in its step. Closed cases, when included, come after the open ones, the most recently closed first.
    /// </summary>
    public async Task<IReadOnlyList<CaseListItem>> MyCasesAsync(CaseListFilter filter, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.RequireRoleAsync(Roles.Supervisor, cancellationToken);
        var today = userClock.Today;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var cases = db.Cases.AsNoTracking().Where(c => c.OwnerUserId == userId);
        if (!filter.IncludeClosed)
        {
            cases = cases.Where(c => c.Step != CaseStep.Closed);
        }

        if (filter.Step is { } step)
        {
            cases = cases.Where(c => c.Step == step);
        }

        if (filter.CategoryId is { } categoryId)
        {
            cases = cases.Where(c => c.CategoryId == categoryId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            // Case-insensitive on every provider, and what was typed is text (a % or _ is no wildcard).
            var search = filter.Search.Trim().ToLowerInvariant();
            cases = cases.Where(c => c.Reference.ToLower().Contains(search) || c.Title.ToLower().Contains(search)
                || c.Employees.Any(e => e.Name.ToLower().Contains(search)));
        }

        var rows = await cases
            .Select(c => new
            {
                c.Id,
                c.Reference,
                c.Title,
                Employees = c.Employees.Select(e => e.Name).ToList(),
                c.CategoryId,
                c.Step,
                c.Loop,
                c.OpenedAtUtc,
                c.StepEnteredAtUtc,
                c.ClosedAtUtc,
                NextFollowUp = c.FollowUps.Where(f => f.Status == FollowUpStatus.Scheduled).Min(f => (DateOnly?)f.DueOn),
            })
            .ToListAsync(cancellationToken);

        db.AuditLog.Add(new AuditRecord(clock.GetUtcNow().UtcDateTime, userId, AuditActions.CaseList, null).Showing(rows.Select(r => r.Id)));
        await db.SaveChangesAsync(cancellationToken);

        var items = rows.Select(r => new CaseListItem(r.Id, r.Reference, r.Title, r.Employees, r.CategoryId, r.Step, r.Loop, r.OpenedAtUtc,
            r.StepEnteredAtUtc, r.NextFollowUp, r.NextFollowUp < today)
        { ClosedAtUtc = r.ClosedAtUtc });

        // Closed cases need no attention: after the open ones, the most recently closed first.
        return [.. items
            .OrderBy(r => r.Step == CaseStep.Closed)
            .ThenByDescending(r => r.IsOverdue)
            .ThenBy(r => r.IsOverdue ? r.NextFollowUp : null)
            .ThenBy(r => r.Step == CaseStep.Closed ? null : (DateTime?)r.StepEnteredAtUtc)
            .ThenByDescending(r => r.ClosedAtUtc)];
    }

    public async Task<IReadOnlyList<CategoryOption>> CategoriesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.CaseCategories.AsNoTracking().OrderBy(c => c.SortOrder)
            .Select(c => new CategoryOption(c.Id, c.NameEn, c.NameNl, c.IsActive))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The supervisor's own managers: active managers of the supervisor's org unit.</summary>
    public async Task<IReadOnlyList<ManagerOption>> MyManagersAsync(CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.RequireRoleAsync(Roles.Supervisor, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ManagersOf(await db.UnitOfAsync(userId, cancellationToken)).AsNoTracking()
            .OrderBy(u => u.DisplayName)
            .Select(u => new ManagerOption(u.Id, u.DisplayName))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Display names of users (the history shows who did what).</summary>
    public async Task<IReadOnlyDictionary<string, string>> UserNamesAsync(IEnumerable<string> userIds, CancellationToken cancellationToken = default)
    {
        var ids = userIds.Distinct().ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }
}
