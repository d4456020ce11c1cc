using JrCasework.Data.Identity;
using JrCasework.Web.Components.Account.Sessions;
using Microsoft.AspNetCore.Identity;

namespace JrCasework.Web.Features.Admin.Users;
/// <summary>
/// Users, roles and org-unit membership for administrators. Every call checks on the server
/// that the caller is an active administrator; each operation uses its own scope and context.
/// </summary>
internal sealed class UserAdministration(
    CurrentUser currentUser,
    IServiceScopeFactory scopeFactory,
    IDbContextFactory<JrCaseworkDbContext> dbFactory,
    SessionStore sessions,
    TimeProvider clock,
    ILogger<UserAdministration> logger)
{
    public const string NameField = "displayName";
    public const string EmailField = "email";
    public const string RoleField = "role";
    public const string OrgUnitField = "orgUnit";
    public const string PasswordField = "password";
    public const string AccountField = "account";
    public const int MaxNameLength = ApplicationUser.MaxDisplayNameLength;

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
            u.Id == adminId,
            u.MustChangePassword,
            u.RequestedRole))];
    }

    public async Task<IReadOnlyList<OrgUnitOption>> OrgUnitsAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.RequireRoleAsync(Roles.Admin, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.OrgUnits.AsNoTracking().OrderBy(u => u.Name).Select(u => new OrgUnitOption(u.Id, u.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>Creates a user with a first password; the same checks as an edit, then Identity's (password rules, e-mail taken).</summary>
    public async Task<AdminResult> CreateAsync(NewUser request, CancellationToken cancellationToken = default)
    {
        var adminId = await currentUser.RequireRoleAsync(Roles.Admin, cancellationToken);
        await using (var check = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var errors = await UserChecks.ValidateAsync(check, request, cancellationToken);
            if (errors.Count > 0)
            {
                return new AdminResult(errors);
            }
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var db = scope.ServiceProvider.GetRequiredService<JrCaseworkDbContext>();
        var user = new ApplicationUser
        {
            UserName = request.Email.Trim(),
            Email = request.Email.Trim(),
            EmailConfirmed = true,
            DisplayName = request.DisplayName.Trim(),
            OrgUnitId = request.OrgUnitId!.Value,
            SingleSignOnOnly = request.SingleSignOnOnly,

            // The administrator knows the first password: the user replaces it at their first sign-in (ASVS 2.3.1).
            MustChangePassword = true,
        };
        UserChecks.SetManagedUnits(user, request);

        // An account for HR or a manager waits, without any role (so it cannot sign in), until HR confirms it.
        var waits = UserRoles.NeedsConfirmation(request.Role);
        if (waits)
        {
            UserRoles.Request(user, request.Role, adminId, clock.GetUtcNow().UtcDateTime);
        }

        var created = await userManager.CreateAsync(user, request.Password);
        if (!created.Succeeded)
        {
            return UserChecks.Refused(created);
        }

        if (!waits)
        {
            await userManager.AddToRoleAsync(user, request.Role);
        }

        await db.RecordAsync(clock, adminId, AuditActions.Admin.UserCreate, AuditRecord.UserSubject(user.Id), waits ? null : request.Role, cancellationToken);
        if (waits)
        {
            await db.RecordAsync(clock, adminId, AuditActions.Admin.UserRoleRequest, AuditRecord.UserSubject(user.Id), request.Role, cancellationToken);
        }

        logger.LogInformation("User {UserId} created with role {Role} by {AdminId}{Waiting}", user.Id, request.Role, adminId, waits ? ", awaiting HR's confirmation" : "");
        return AdminResult.Ok;
    }

    /// <summary>
    /// Disables or re-enables a user. A disabled user cannot sign in, and open sessions end within a minute.
    /// Administrators cannot disable themselves: with their own role unchangeable too, there is always an active administrator.
    /// </summary>
    public async Task<AdminResult> SetDisabledAsync(string userId, bool disabled, CancellationToken cancellationToken = default)
    {
        var adminId = await currentUser.RequireRoleAsync(Roles.Admin, cancellationToken);
        if (disabled && userId == adminId)
        {
            return AdminResult.Refused(AccountField, AdminRule.CannotDisableSelf);
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await userManager.FindByIdAsync(userId) ?? throw new KeyNotFoundException("No such user.");

        user.IsDisabled = disabled;
        user.DisabledAtUtc = disabled ? clock.GetUtcNow().UtcDateTime : null;
        if (!disabled)
        {
            // Someone re-enabled is helped back in: failed attempts from before do not keep them locked out.
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
        }

        await userManager.UpdateAsync(user);
        await userManager.UpdateSecurityStampAsync(user);
        if (disabled)
        {
            await sessions.EndAllAsync(userId, SessionEnd.EndedByAdministrator);
        }

        await scope.ServiceProvider.GetRequiredService<JrCaseworkDbContext>().RecordAsync(
            clock, adminId, disabled ? AuditActions.Admin.UserDisable : AuditActions.Admin.UserEnable, AuditRecord.UserSubject(userId), cancellationToken: cancellationToken);

        logger.LogInformation("User {UserId} {Change} by {AdminId}", userId, disabled ? "disabled" : "enabled", adminId);
        return AdminResult.Ok;
    }

    /// <summary>What the edit form starts from: the user's details as stored now.</summary>
    public async Task<UserDetails> DetailsAsync(string userId, CancellationToken cancellationToken = default)
    {
        await currentUser.RequireRoleAsync(Roles.Admin, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking().Include(u => u.ManagedOrgUnits).SingleOrDefaultAsync(u => u.Id == userId, cancellationToken)
            ?? throw new KeyNotFoundException("No such user.");
        var role = await UserRoles.OfAsync(db, userId, cancellationToken);
        return new UserDetails
        {
            DisplayName = user.DisplayName,
            Email = user.Email ?? "",
            // A role that waits for HR is what the form shows, so saving a name does not drop the request.
            Role = user.RequestedRole ?? role ?? Roles.Supervisor,
            OrgUnitId = user.OrgUnitId,
            ManagedOrgUnitIds = [.. user.ManagedOrgUnits.Select(m => m.OrgUnitId)],
            SingleSignOnOnly = user.SingleSignOnOnly,
        };
    }

    /// <summary>
    /// Changes a user's name, e-mail address (also their sign-in name), role and org units. Administrators
    /// cannot change their own role: with disabling oneself refused too, there is always an active administrator.
    /// A new role ends the user's open sessions, so their next sign-in carries it.
    /// </summary>
    public async Task<AdminResult> UpdateAsync(string userId, UserDetails details, CancellationToken cancellationToken = default)
    {
        var adminId = await currentUser.RequireRoleAsync(Roles.Admin, cancellationToken);
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JrCaseworkDbContext>();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await db.Users.Include(u => u.ManagedOrgUnits).SingleOrDefaultAsync(u => u.Id == userId, cancellationToken)
            ?? throw new KeyNotFoundException("No such user.");
        var currentRole = await UserRoles.OfAsync(db, userId, cancellationToken);

        var errors = await UserChecks.ValidateAsync(db, details, cancellationToken);
        if (userId == adminId && details.Role != currentRole)
        {
            errors.Add(new FieldError(RoleField, AdminRule.CannotChangeOwnRole));
        }

        if (errors.Count > 0)
        {
            return new AdminResult(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var email = details.Email.Trim();
        user.DisplayName = details.DisplayName.Trim();
        user.Email = email;
        user.UserName = email;
        user.OrgUnitId = details.OrgUnitId!.Value;
        var signInChanges = user.SingleSignOnOnly != details.SingleSignOnOnly;
        user.SingleSignOnOnly = details.SingleSignOnOnly;
        if (!(currentRole == Roles.Manager && details.Role != Roles.Manager && UserRoles.NeedsConfirmation(details.Role)))
        {
            // A manager waiting for another role keeps managing their units until HR gives it.
            UserChecks.SetManagedUnits(user, details);
        }

        await userManager.UpdateNormalizedEmailAsync(user);
        await userManager.UpdateNormalizedUserNameAsync(user);
        var updated = await userManager.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            return UserChecks.Refused(updated);
        }

        await db.RecordAsync(clock, adminId, AuditActions.Admin.UserUpdate, AuditRecord.UserSubject(userId), cancellationToken: cancellationToken);
        if (signInChanges)
        {
            await db.RecordAsync(clock, adminId, AuditActions.Admin.UserSignIn, AuditRecord.UserSubject(userId), details.SingleSignOnOnly ? "single-sign-on" : "any", cancellationToken);
        }

        // A role with access to other people's cases waits for HR's confirmation; the user keeps the role they have.
        var roleChanges = details.Role != currentRole && !UserRoles.NeedsConfirmation(details.Role);
        if (details.Role == currentRole && user.RequestedRole is not null)
        {
            // Back to the role the user has: the administrator withdraws what they asked for.
            UserRoles.ClearRequest(user);
            await userManager.UpdateAsync(user);
        }
        else if (details.Role != currentRole && details.Role != user.RequestedRole && UserRoles.NeedsConfirmation(details.Role))
        {
            UserRoles.Request(user, details.Role, adminId, clock.GetUtcNow().UtcDateTime);
            await userManager.UpdateAsync(user);
            await db.RecordAsync(clock, adminId, AuditActions.Admin.UserRoleRequest, AuditRecord.UserSubject(userId), details.Role, cancellationToken);
        }
        else if (roleChanges)
        {
            await UserRoles.ChangeAsync(userManager, user, currentRole, details.Role);
            await db.RecordAsync(clock, adminId, AuditActions.Admin.UserRole, AuditRecord.UserSubject(userId), details.Role, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        if (roleChanges || (signInChanges && details.SingleSignOnOnly))
        {
            // Pages opened with the old role's rights, or by a sign-in no longer allowed, close now, not at the next
            // check of the security stamp.
            await sessions.EndAllAsync(userId, SessionEnd.EndedByAdministrator);
        }

        logger.LogInformation("User {UserId} changed (role {Role}) by {AdminId}", userId, details.Role, adminId);
        return AdminResult.Ok;
    }

    /// <summary>
    /// Gives a user a temporary password, for example when they forgot theirs: it must meet the password rules,
    /// ends the user's open sessions, lifts a lockout, and the user must choose their own password at the next sign-in.
    /// Administrators change their own password on their account page, with their current one.
    /// </summary>
    public async Task<AdminResult> SetPasswordAsync(string userId, string password, CancellationToken cancellationToken = default)
    {
        var adminId = await currentUser.RequireRoleAsync(Roles.Admin, cancellationToken);
        if (userId == adminId)
        {
            return AdminResult.Refused(PasswordField, AdminRule.CannotSetOwnPassword);
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await userManager.FindByIdAsync(userId) ?? throw new KeyNotFoundException("No such user.");

        // Saved with the new password in one update, or not at all when the password breaks the rules.
        user.MustChangePassword = true;
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        var token = await userManager.GeneratePasswordResetTokenAsync(user);
        var reset = await userManager.ResetPasswordAsync(user, token, password);
        if (!reset.Succeeded)
        {
            return UserChecks.Refused(reset);
        }

        await sessions.EndAllAsync(userId, SessionEnd.EndedByAdministrator);
        await scope.ServiceProvider.GetRequiredService<JrCaseworkDbContext>().RecordAsync(
            clock, adminId, AuditActions.Admin.UserPassword, AuditRecord.UserSubject(userId), cancellationToken: cancellationToken);
        logger.LogInformation("Temporary password set for user {UserId} by {AdminId}", userId, adminId);
        return AdminResult.Ok;
    }
}
