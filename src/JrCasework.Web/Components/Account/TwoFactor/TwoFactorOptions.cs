using System.Security.Claims;

namespace JrCasework.Web.Components.Account.TwoFactor;

/// <summary>
/// Two-step sign-in with an authenticator app (settings section <c>TwoFactor</c>, decision 028): the roles that must use
/// it (the others may). HR and administrators by default: they read every case in their scope, or run the accounts.
/// </summary>
public sealed class TwoFactorOptions
{
    public const string Section = "TwoFactor";

    /// <summary>The name the authenticator app shows beside the code.</summary>
    public const string Issuer = "JR Casework";

    /// <summary>Comma-separated role names (<c>HR</c>, <c>Admin</c>, <c>PrivacyOfficer</c>, <c>Manager</c>, <c>Supervisor</c>); empty: nobody must.</summary>
    public string RequiredRoles { get; set; } = $"{Roles.Hr},{Roles.Admin},{Roles.PrivacyOfficer}";

    /// <summary>Whether the signed-in <paramref name="user"/> must use two-step sign-in (by the roles of their cookie).</summary>
    public bool IsRequiredFor(ClaimsPrincipal user) => IsRequiredFor(user.FindAll(ClaimTypes.Role).Select(c => c.Value));

    /// <summary>Whether a user in <paramref name="roles"/> must use two-step sign-in.</summary>
    public bool IsRequiredFor(IEnumerable<string> roles)
    {
        var required = RequiredRoles.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return roles.Any(role => required.Contains(role, StringComparer.OrdinalIgnoreCase));
    }
}
