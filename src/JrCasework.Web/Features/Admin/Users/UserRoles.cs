using JrCasework.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace JrCasework.Web.Features.Admin.Users;

/// <summary>
/// A user's one role, and the roles that wait for HR: an administrator asks for HR or Manager
/// (<see cref="Request"/>), HR confirms (<see cref="Confirmations.RoleRequests"/>).
/// </summary>
internal static class UserRoles
{
    /// <summary>Roles that open other people's cases or their traces: an administrator asks for them, HR confirms them.</summary>
    public static bool NeedsConfirmation(string role) => role is Roles.Hr or Roles.Manager or Roles.PrivacyOfficer;

    /// <summary>Replaces the user's role (one role per user) and renews their security stamp, so their sign-ins carry the new one.</summary>
    public static async Task ChangeAsync(UserManager<ApplicationUser> userManager, ApplicationUser user, string? currentRole, string role)
    {
        if (currentRole is not null)
        {
            await userManager.RemoveFromRoleAsync(user, currentRole);
        }

        ClearRequest(user);
        await userManager.AddToRoleAsync(user, role);
        await userManager.UpdateSecurityStampAsync(user);
    }

    /// <summary>Nothing waits for HR any more: the role was given, refused, or replaced by another.</summary>
    public static void ClearRequest(ApplicationUser user)
    {
        user.RequestedRole = null;
        user.RoleRequestedById = null;
        user.RoleRequestedAtUtc = null;
    }

    /// <summary>Notes that <paramref name="adminId"/> asked for <paramref name="role"/> for the user, at <paramref name="nowUtc"/>.</summary>
    public static void Request(ApplicationUser user, string role, string adminId, DateTime nowUtc)
    {
        user.RequestedRole = role;
        user.RoleRequestedById = adminId;
        user.RoleRequestedAtUtc = nowUtc;
    }

    /// <summary>The user's role, or null for an account whose role waits for HR.</summary>
    public static Task<string?> OfAsync(JrCaseworkDbContext db, string userId, CancellationToken cancellationToken) =>
        (from userRole in db.UserRoles
         join role in db.Roles on userRole.RoleId equals role.Id
         where userRole.UserId == userId
         select role.Name)
        .FirstOrDefaultAsync(cancellationToken);
}
