using JrCasework.Data.Identity;
using JrCasework.Web.Components.Account.Sessions;
using JrCasework.Web.Features.Admin.Users;
using Microsoft.AspNetCore.Identity;

namespace JrCasework.Web.Features.Admin.Confirmations;

/// <summary>A role an administrator asked for, waiting for HR: for whom, which role, asked by whom and when.</summary>
public sealed record RoleRequest(
    string UserId, string DisplayName, string Email, string OrgUnit, string? CurrentRole, string RequestedRole,
    string RequestedBy, DateTime RequestedAtUtc, bool IsYou);

/// <summary>
/// Separation of duties: a role that opens other people's cases (HR, Manager) is given only when an HR user confirms
/// what an administrator asked for. The administrator cannot confirm (they are not HR), and no HR user can confirm a
/// request about themselves. Every confirmation and refusal is audited.
/// </summary>
internal sealed class RoleRequests(
    CurrentUser currentUser,
    IServiceScopeFactory scopeFactory,
    IDbContextFactory<JrCaseworkDbContext> dbFactory,
    SessionStore sessions,
    TimeProvider clock,
    ILogger<RoleRequests> logger)
{
    /// <summary>The requests waiting, oldest first.</summary>
    public async Task<IReadOnlyList<RoleRequest>> WaitingAsync(CancellationToken cancellationToken = default)
    {
        var hrId = await currentUser.RequireRoleAsync(Roles.Hr, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var waiting = await (
                from user in db.Users
                where user.RequestedRole != null && !user.IsDisabled
                join unit in db.OrgUnits on user.OrgUnitId equals unit.Id
                join requester in db.Users on user.RoleRequestedById equals requester.Id into requesters
                from requester in requesters.DefaultIfEmpty()
                orderby user.RoleRequestedAtUtc
                select new
                {
                    user.Id,
                    user.DisplayName,
                    user.Email,
                    Unit = unit.Name,
                    user.RequestedRole,
                    RequestedBy = requester != null ? requester.DisplayName : "",
                    user.RoleRequestedAtUtc,
                })
            .ToListAsync(cancellationToken);
        var ids = waiting.Select(w => w.Id).ToList();
        var roles = await (
                from userRole in db.UserRoles
                where ids.Contains(userRole.UserId)
                join role in db.Roles on userRole.RoleId equals role.Id
                select new { userRole.UserId, role.Name })
            .ToDictionaryAsync(r => r.UserId, r => r.Name, cancellationToken);
        return [.. waiting.Select(w => new RoleRequest(
            w.Id, w.DisplayName, w.Email ?? "", w.Unit, roles.GetValueOrDefault(w.Id), w.RequestedRole!, w.RequestedBy,
            w.RoleRequestedAtUtc ?? default, w.Id == hrId))];
    }

    /// <summary>How many requests wait (for the top bar).</summary>
    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.RequireRoleAsync(Roles.Hr, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Users.CountAsync(u => u.RequestedRole != null && !u.IsDisabled, cancellationToken);
    }

    /// <summary>
    /// Gives the user <paramref name="role"/>, the role HR saw asked for; false when that request no longer waits (it was
    /// decided, or the administrator asked for another role since) or is about the HR user themselves.
    /// </summary>
    public Task<bool> ConfirmAsync(string userId, string role, CancellationToken cancellationToken = default) =>
        DecideAsync(userId, role, confirm: true, cancellationToken);

    /// <summary>Withdraws the request: the user keeps the role they have (an account created for the role keeps none).</summary>
    public Task<bool> RefuseAsync(string userId, string role, CancellationToken cancellationToken = default) =>
        DecideAsync(userId, role, confirm: false, cancellationToken);

    private async Task<bool> DecideAsync(string userId, string role, bool confirm, CancellationToken cancellationToken)
    {
        var hrId = await currentUser.RequireRoleAsync(Roles.Hr, cancellationToken);
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JrCaseworkDbContext>();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await db.Users.Include(u => u.ManagedOrgUnits).SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is not { RequestedRole: { } requested, IsDisabled: false } || requested != role || userId == hrId || user.RoleRequestedById == hrId)
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var currentRole = await UserRoles.OfAsync(db, userId, cancellationToken);
        if (confirm)
        {
            if (requested != Roles.Manager)
            {
                user.ManagedOrgUnits.Clear();
            }

            await UserRoles.ChangeAsync(userManager, user, currentRole, requested);
        }
        else
        {
            UserRoles.ClearRequest(user);
            if (currentRole != Roles.Manager)
            {
                // Units chosen for the manager role asked for give nothing without it.
                user.ManagedOrgUnits.Clear();
            }

            await userManager.UpdateAsync(user);
        }

        await db.RecordAsync(
            clock, hrId, confirm ? AuditActions.Admin.RoleConfirm : AuditActions.Admin.RoleRefuse, AuditRecord.UserSubject(userId), requested, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (confirm && currentRole is not null)
        {
            await sessions.EndAllAsync(userId, SessionEnd.EndedByAdministrator);
        }

        logger.LogInformation("Role {Role} for user {UserId} {Decision} by {HrId}", requested, userId, confirm ? "confirmed" : "refused", hrId);
        return true;
    }
}
