using System.Security.Claims;
using JrCasework.Data.Identity;
using JrCasework.Web.Components.Account.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace JrCasework.Web.Components.Account;

/// <summary>
/// Refuses sign-in, and invalidates existing sign-ins, of users an administrator disabled; starts a server-side session
/// for every sign-in (whatever the way in) and ends it on signing out.
/// </summary>
internal sealed class JrSignInManager(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation,
    SessionStore sessions)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    /// <summary>The session a refresh of the current sign-in keeps (a refresh is no new sign-in).</summary>
    private Guid? _refreshing;

    /// <summary>Disabled accounts, and accounts without a role yet (created for a role HR has not confirmed), cannot sign in.</summary>
    public override async Task<bool> CanSignInAsync(ApplicationUser user) =>
        !user.IsDisabled && (await UserManager.GetRolesAsync(user)).Count > 0 && await base.CanSignInAsync(user);

    public override async Task<bool> ValidateSecurityStampAsync(ApplicationUser? user, string? securityStamp) =>
        user is { IsDisabled: false } && await base.ValidateSecurityStampAsync(user, securityStamp);

    public override async Task SignInWithClaimsAsync(ApplicationUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var claims = additionalClaims.Where(c => c.Type != SessionStore.SessionClaim).ToList();
        var method = claims.FirstOrDefault(c => c.Type == "amr")?.Value ?? "external";
        var session = _refreshing ?? await sessions.StartAsync(user.Id, method, Context);
        claims.Add(new Claim(SessionStore.SessionClaim, session.ToString()));
        await base.SignInWithClaimsAsync(user, authenticationProperties, claims);
    }

    public override async Task RefreshSignInAsync(ApplicationUser user)
    {
        var current = await Context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        _refreshing = current.Principal?.FindFirstValue(ClaimTypes.NameIdentifier) == user.Id ? SessionStore.SessionOf(current.Principal) : null;
        try
        {
            await base.RefreshSignInAsync(user);
        }
        finally
        {
            _refreshing = null;
        }
    }

    public override async Task SignOutAsync()
    {
        if (SessionStore.SessionOf(Context.User) is { } session && Context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
        {
            await sessions.EndAsync(userId, session, SessionEnd.SignedOut);
        }

        await base.SignOutAsync();
    }
}
