using System.Security.Claims;
using JrCasework.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace JrCasework.Web.Components.Account;

/// <summary>
/// Adds to the sign-in cookie the user's display name (the top bar greets them by name), their chosen time zone
/// (times on their clock), and whether they must still replace a temporary password or set up two-step sign-in
/// (see <see cref="AccountGate"/>).
/// </summary>
internal sealed class JrClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options,
    IOptions<TwoFactor.TwoFactorOptions> twoFactor,
    IOptions<SingleSignOn.SingleSignOnOptions> singleSignOn)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    public const string DisplayNameClaim = "jr:display_name";
    public const string MustChangePasswordClaim = "jr:must_change_password";
    public const string MustEnrolTwoFactorClaim = "jr:must_enrol_2fa";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        if (TimeZones.Find(user.TimeZone) is { } zone)
        {
            identity.AddClaim(new Claim(UserClock.TimeZoneClaim, zone.Id));
        }

        // An account that signs in through single sign-on only has no password of its own to replace.
        if (user.MustChangePassword && !singleSignOn.Value.OnlyWayFor(user))
        {
            identity.AddClaim(new Claim(MustChangePasswordClaim, "true"));
        }

        if (!user.TwoFactorEnabled && twoFactor.Value.IsRequiredFor(identity.FindAll(Options.ClaimsIdentity.RoleClaimType).Select(c => c.Value)))
        {
            identity.AddClaim(new Claim(MustEnrolTwoFactorClaim, "true"));
        }

        return identity;
    }
}
