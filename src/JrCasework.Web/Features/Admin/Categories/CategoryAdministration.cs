using System.Text.RegularExpressions;
using JrCasework.Domain.Privacy;

namespace JrCasework.Web.Features.Admin.Categories;

/// <summary>One case category as the administrator sees it, with the number of cases using it.</summary>
public sealed record CategoryRow(int Id, string Code, string NameEn, string NameNl, int SortOrder, bool IsActive, int Cases)
{
    /// <summary>Months after closing that a case keeps its content; 0 keeps it for good.</summary>
    public int RetentionMonths { get; init; } = Retention.DefaultMonths;
}

/// <summary>What the administrator fills in for a new category (the code only when adding).</summary>
public sealed class CategoryForm
{
    public string Code { get; set; } = "";

    public string NameEn { get; set; } = "";

    public string NameNl { get; set; } = "";

    /// <summary>Months after closing that a case keeps its content; 0 keeps it for good.</summary>
    public int RetentionMonths { get; set; } = Retention.DefaultMonths;
}

/// <summary>
/// Case categories for administrators: add, rename in both languages, activate or retire, reorder.
/// Categories are never deleted: existing cases keep theirs. Every call checks the caller is an active administrator.
/// </summary>
internal sealed partial class CategoryAdministration(
    CurrentUser currentUser,
    IDbContextFactory<JrCaseworkDbContext> dbFactory,
    TimeProvider clock,
    ILogger<CategoryAdministration> logger)
{
    public const string CodeField = "code";
    public const string NameEnField = "nameEn";
    public const string NameNlField = "nameNl";
    public const string RetentionField = "retention";
    private const int Step = 10;

    /// <summary>Every category, active or not, in the order they are offered.</summary>
    public async Task<IReadOnlyList<CategoryRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.RequireRoleAsync(Roles.Admin, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var used = await db.Cases.GroupBy(c => c.CategoryId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var categories = await db.CaseCategories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        return [.. categories.Select(c => new CategoryRow(c.Id, c.Code, c.NameEn, c.NameNl, c.SortOrder, c.IsActive, used.GetValueOrDefault(c.Id))
        {
            RetentionMonths = c.RetentionMonths,
        })];
    }

    /// <summary>Adds a category at the end of the list.</summary>
    public async Task<AdminResult> AddAsync(CategoryForm form, CancellationToken cancellationToken = default)
    {
        var adminId = await currentUser.RequireRoleAsync(Roles.Admin, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var errors = ValidateNames(form).Concat(ValidateRetention(form.RetentionMonths)).ToList();
        var code = form.Code.Trim().ToLowerInvariant();
        if (code.Length == 0)
        {
            errors.Add(new FieldError(CodeField, AdminRule.Required));
        }
        else if (code.Length > CaseCategory.MaxCodeLength || !CodePattern().IsMatch(code))
        {
            errors.Add(new FieldError(CodeField, AdminRule.CodeFormat, CaseCategory.MaxCodeLength));
        }
        else if (await db.CaseCategories.AnyAsync(c => c.Code == code, cancellationToken))
        {
            errors.Add(new FieldError(CodeField, AdminRule.CodeTaken, code));
        }

        if (errors.Count > 0)
        {
            return new AdminResult(errors);
        }

        var last = await db.CaseCategories.MaxAsync(c => (int?)c.SortOrder, cancellationToken) ?? 0;
        var category = new CaseCategory(code, form.NameEn, form.NameNl, last + Step);
        category.SetRetention(form.RetentionMonths);
        db.CaseCategories.Add(category);
        await db.SaveChangesAsync(cancellationToken);
        await db.RecordAsync(clock, adminId, AuditActions.Admin.CategoryAdd, "category:" + category.Id, cancellationToken: cancellationToken);
        logger.LogInformation("Case category {CategoryId} added by {AdminId}", category.Id, adminId);
        return AdminResult.Ok;
    }

    /// <summary>
    /// Renames a category in English and Dutch and sets its retention: how many months after closing its cases keep their
    /// content (0: for good). The code never changes. Both are checked before either is saved; each change is audited
    /// (the retention with its new number). Nothing happens to any case until the retention run anonymises those due.
    /// </summary>
    public async Task<AdminResult> UpdateAsync(int id, CategoryForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var adminId = await currentUser.RequireRoleAsync(Roles.Admin, cancellationToken);
        var errors = ValidateNames(form).Concat(ValidateRetention(form.RetentionMonths)).ToList();
        if (errors.Count > 0)
        {
            return new AdminResult(errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var category = await FindAsync(db, id, cancellationToken);
        category.Rename(form.NameEn, form.NameNl);
        await db.RecordAsync(clock, adminId, AuditActions.Admin.CategoryRename, "category:" + id, cancellationToken: cancellationToken);
        if (category.RetentionMonths != form.RetentionMonths)
        {
            category.SetRetention(form.RetentionMonths);
            await db.RecordAsync(clock, adminId, AuditActions.Admin.CategoryRetention, "category:" + id,
                form.RetentionMonths.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
            logger.LogInformation("Case category {CategoryId} retention set to {Months} months by {AdminId}", id, form.RetentionMonths, adminId);
        }

        logger.LogInformation("Case category {CategoryId} saved by {AdminId}", id, adminId);
        return AdminResult.Ok;
    }

    /// <summary>Offers the category for new cases again, or stops offering it; cases that have it keep it.</summary>
    public async Task SetActiveAsync(int id, bool active, CancellationToken cancellationToken = default)
    {
        var adminId = await currentUser.RequireRoleAsync(Roles.Admin, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var category = await FindAsync(db, id, cancellationToken);
        category.SetActive(active);
        await db.RecordAsync(
            clock, adminId, active ? AuditActions.Admin.CategoryActivate : AuditActions.Admin.CategoryDeactivate, "category:" + id, cancellationToken: cancellationToken);
        logger.LogInformation("Case category {CategoryId} {Change} by {AdminId}", id, active ? "activated" : "deactivated", adminId);
    }

    /// <summary>Moves a category one place up (<paramref name="offset"/> -1) or down (+1); the order is renumbered 10, 20, 30...</summary>
    public async Task MoveAsync(int id, int offset, CancellationToken cancellationToken = default)
    {
        var adminId = await currentUser.RequireRoleAsync(Roles.Admin, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ordered = await db.CaseCategories.OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        var index = ordered.FindIndex(c => c.Id == id);
        if (index < 0)
        {
            throw new KeyNotFoundException("No such category.");
        }

        var target = Math.Clamp(index + Math.Sign(offset), 0, ordered.Count - 1);
        var category = ordered[index];
        ordered.RemoveAt(index);
        ordered.Insert(target, category);
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].MoveTo((i + 1) * Step);
        }

        await db.RecordAsync(clock, adminId, AuditActions.Admin.CategoryMove, "category:" + id, cancellationToken: cancellationToken);
        logger.LogInformation("Case category {CategoryId} moved to position {Position} by {AdminId}", id, target + 1, adminId);
    }

    private static IEnumerable<FieldError> ValidateNames(CategoryForm form) =>
    [
        .. AdminResult.CheckText(NameEnField, form.NameEn, CaseCategory.MaxNameLength),
        .. AdminResult.CheckText(NameNlField, form.NameNl, CaseCategory.MaxNameLength),
    ];

    private static IEnumerable<FieldError> ValidateRetention(int months) =>
        Retention.IsValid(months) ? [] : [new FieldError(RetentionField, AdminRule.RetentionRange, Retention.MaxMonths)];

    private static async Task<CaseCategory> FindAsync(JrCaseworkDbContext db, int id, CancellationToken cancellationToken) =>
        await db.CaseCategories.SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new KeyNotFoundException("No such category.");

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex CodePattern();
}
