using JrCasework.Data;
using JrCasework.Data.Identity;
using JrCasework.Domain.Organisation;
using JrCasework.Web.Features.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace JrCasework.Web.Features.Admin.Users;

/// <summary>One row of the users list.</summary>
public sealed record UserRow(
    string Id, string DisplayName, string Email, string Role, string OrgUnit, IReadOnlyList<string> ManagedUnits, bool IsDisabled, bool IsYou);

/// <summary>An org unit to choose from.</summary>
public sealed record OrgUnitOption(int Id, string Name);

/// <summary>What the administrator fills in to create a user.</summary>
public sealed class NewUser
{
    public string DisplayName { get; set; } = "";

    public string Email { get; set; } = "";

    public string Role { get; set; } = Roles.Supervisor;

    public int? OrgUnitId { get; set; }

    public IReadOnlyCollection<int> ManagedOrgUnitIds { get; set; } = [];

    public string Password { get; set; } = "";
}

/// <summary>The outcome of creating a user: success, or the reasons in the user's language.</summary>
public sealed record CreateUserResult(bool Succeeded, IReadOnlyList<string> Errors);

/// <summary>
/// Users, roles and org-unit membership for administrators. Every call checks on the server
/// that the caller is an active administrator; each operation uses its own scope and context.
/// </summary>
internal sealed class UserAdministration(
    CurrentUser currentUser,
    IServiceScopeFactory scopeFactory,
    IDbContextFactory<JrCaseworkDbContext> dbFactory,
    ILogger<UserAdministration> logger)
{
    public async Task<IReadOnlyList<UserRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        var adminId = await currentUser.RequireRoleAsync(Roles.Admin, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var units = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var roles = await (
                from userRole in db.UserRoles
                join role in db.Roles on userRole.RoleId equals role.Id
                select new { userRole.UserId, role.Name })
            .ToListAsync(cancellationToken);
        var rolesByUser = roles.ToLookup(r => r.UserId, r => r.Name ?? "");

        var users = await db.Users.AsNoTracking().Include(u => u.ManagedOrgUnits).OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);
        return [.. users.Select(u => new UserRow(
            u.Id,
            u.DisplayName,
            u.Email ?? "",
            string.Join(", ", rolesByUser[u.Id]),
            units.GetValueOrDefault(u.OrgUnitId, ""),
            [.. u.ManagedOrgUnits.Select(m => units.GetValueOrDefault(m.OrgUnitId, "")).Order()],
            u.IsDisabled,
            u.Id == adminId))];
    }

    public async Task<IReadOnlyList<OrgUnitOption>> OrgUnitsAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.RequireRoleAsync(Roles.Admin, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.OrgUnits.AsNoTracking().OrderBy(u => u.Name).Select(u => new OrgUnitOption(u.Id, u.Name)).ToListAsync(cancellationToken);
    }

    public async Task<CreateUserResult> CreateAsync(NewUser request, CancellationToken cancellationToken = default)
    {
        var adminId = await currentUser.RequireRoleAsync(Roles.Admin, cancellationToken);
        if (!Roles.All.Contains(request.Role) || request.OrgUnitId is null)
        {
            throw new ArgumentException("A role and an org unit are required.", nameof(request));
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser
        {
            UserName = request.Email.Trim(),
            Email = request.Email.Trim(),
            EmailConfirmed = true,
            DisplayName = request.DisplayName.Trim(),
            OrgUnitId = request.OrgUnitId.Value,
        };
        if (request.Role == Roles.Manager)
        {
            foreach (var unitId in request.ManagedOrgUnitIds.Distinct())
            {
                user.ManagedOrgUnits.Add(new ManagedOrgUnit { OrgUnitId = unitId });
            }
        }

        var created = await userManager.CreateAsync(user, request.Password);
        if (!created.Succeeded)
        {
            return new CreateUserResult(false, [.. created.Errors.Select(e => e.Description)]);
        }

        await userManager.AddToRoleAsync(user, request.Role);
        logger.LogInformation("User {UserId} created with role {Role} by {AdminId}", user.Id, request.Role, adminId);
        return new CreateUserResult(true, []);
    }

    /// <summary>Disables or re-enables a user. A disabled user cannot sign in, and open sessions end within a minute.</summary>
    public async Task SetDisabledAsync(string userId, bool disabled, CancellationToken cancellationToken = default)
    {
        var adminId = await currentUser.RequireRoleAsync(Roles.Admin, cancellationToken);
        if (disabled && userId == adminId)
        {
            throw new InvalidOperationException("Administrators cannot disable their own account.");
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var timeProvider = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var user = await userManager.FindByIdAsync(userId) ?? throw new KeyNotFoundException("No such user.");

        user.IsDisabled = disabled;
        user.DisabledAtUtc = disabled ? timeProvider.GetUtcNow().UtcDateTime : null;
        await userManager.UpdateAsync(user);
        await userManager.UpdateSecurityStampAsync(user);
        logger.LogInformation("User {UserId} {Change} by {AdminId}", userId, disabled ? "disabled" : "enabled", adminId);
    }
}
