using System.Security.Claims;
using JrCasework.Data;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;

namespace JrCasework.Web.Features.Shared;

/// <summary>
/// Who is calling, checked against the database on every call: services never trust UI state,
/// and a user disabled a moment ago can no longer act.
/// </summary>
internal sealed class CurrentUser(AuthenticationStateProvider authenticationState, IDbContextFactory<JrCaseworkDbContext> dbFactory)
{
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
}

/// <summary>The caller may not do this; pages show a plain "no access" message, never details.</summary>
internal sealed class AccessDeniedException() : Exception("Access denied.");
