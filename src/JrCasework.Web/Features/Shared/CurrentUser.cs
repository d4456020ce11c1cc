using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace JrCasework.Web.Features.Shared;

/// <summary>
/// Who is calling, checked against the database on every call: services never trust UI state,
/// and a user disabled a moment ago can no longer act.
/// </summary>
internal sealed class CurrentUser(AuthenticationStateProvider authenticationState, IDbContextFactory<JrCaseworkDbContext> dbFactory)
{
    /// <summary>Returns the caller's user id when they are signed in and active, whatever their role; throws otherwise.</summary>
    public async Task<string> RequireActiveAsync(CancellationToken cancellationToken = default)
    {
        var state = await authenticationState.GetAuthenticationStateAsync();
        var userId = state.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new AccessDeniedException();

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Users.AnyAsync(u => u.Id == userId && !u.IsDisabled, cancellationToken) ? userId : throw new AccessDeniedException();
    }

    /// <summary>Returns the caller's user id when they are active and hold <paramref name="role"/>; throws otherwise.</summary>
    public async Task<string> RequireRoleAsync(string role, CancellationToken cancellationToken = default)
    {
        var state = await authenticationState.GetAuthenticationStateAsync();
        var userId = state.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new AccessDeniedException();

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var allowed = await (
                from user in db.Users
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join dbRole in db.Roles on userRole.RoleId equals dbRole.Id
                where user.Id == userId && !user.IsDisabled && dbRole.Name == role
                select user.Id)
            .AnyAsync(cancellationToken);

        return allowed ? userId : throw new AccessDeniedException();
    }

    /// <summary>
    /// The caller as far as case access goes: roles, managed units, and the HR scope (their own
    /// unit and every unit below it). Throws when nobody active is signed in.
    /// </summary>
    public async Task<CaseViewer> RequireViewerAsync(CancellationToken cancellationToken = default)
    {
        var state = await authenticationState.GetAuthenticationStateAsync();
        var userId = state.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new AccessDeniedException();

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking().Include(u => u.ManagedOrgUnits)
            .SingleOrDefaultAsync(u => u.Id == userId && !u.IsDisabled, cancellationToken) ?? throw new AccessDeniedException();
        var roles = await (
                from userRole in db.UserRoles
                join role in db.Roles on userRole.RoleId equals role.Id
                where userRole.UserId == userId
                select role.Name!)
            .ToListAsync(cancellationToken);

        var hrScope = new HashSet<int>();
        if (roles.Contains(Roles.Hr))
        {
            var units = await db.OrgUnits.AsNoTracking().Select(u => new { u.Id, u.ParentId }).ToListAsync(cancellationToken);
            hrScope = UnitTree.WithDescendants(user.OrgUnitId, units.Select(u => (u.Id, u.ParentId)));
        }

        return new CaseViewer(userId, roles.ToHashSet(), user.ManagedOrgUnits.Select(m => m.OrgUnitId).ToHashSet(), hrScope);
    }
}

/// <summary>The caller may not do this; pages show a plain "no access" message, never details.</summary>
internal sealed class AccessDeniedException() : Exception("Access denied.");
