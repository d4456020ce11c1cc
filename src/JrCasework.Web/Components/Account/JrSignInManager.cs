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
    SessionStore sessions,
    IOptions<SingleSignOn.SingleSignOnOptions> singleSignOn,
    Passkeys.PasskeyChallenges challenges)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private const string AmrClaim = "amr";

    /// <summary>A hash of no one's password, checked against when there is no account, so that answer takes as long.</summary>
    private static string? _dummyHash;

    /// <summary>How a sign-in's session and cookie name a passkey, where Identity would say "pwd".</summary>
    public const string PasskeyMethod = "passkey";

    /// <summary>The session a refresh of the current sign-in keeps (a refresh is no new sign-in).</summary>
    private Guid? _refreshing;

    /// <summary>Set while a passkey signs in, so the session records it as such.</summary>
    private bool _passkey;

    /// <summary>Set while the organisation's single sign-on signs a user in: the one way in for some accounts.</summary>
    private bool _singleSignOn;

    /// <summary>An unknown account costs one password check too, and fails like a wrong password.</summary>
    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            _dummyHash ??= UserManager.PasswordHasher.HashPassword(new ApplicationUser(), Guid.NewGuid().ToString());
            UserManager.PasswordHasher.VerifyHashedPassword(new ApplicationUser(), _dummyHash, password);
            return SignInResult.Failed;
        }

        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }

    /// <summary>
    /// The password first, for every account: a locked, disabled or waiting account says so only to someone with its
    /// password, and otherwise fails like any wrong password after the same one check (Identity would answer those
    /// before checking the password, and faster).
    /// </summary>
    public override async Task<SignInResult> CheckPasswordSignInAsync(ApplicationUser user, string password, bool lockoutOnFailure)
    {
        if (await PreSignInCheck(user) is not { } refusal)
        {
            // Nothing blocks the account: Identity's own check (which asks PreSignInCheck again) counts failures.
            return await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
        }

        var verified = UserManager.PasswordHasher.VerifyHashedPassword(user, user.PasswordHash ?? "", password);
        return verified == PasswordVerificationResult.Failed ? SignInResult.Failed : refusal;
    }

    /// <summary>A passkey's answer counts once: the same answer sent again (a copied cookie and request) is refused.</summary>
    public override async Task<PasskeyAssertionResult<ApplicationUser>> PerformPasskeyAssertionAsync(string credentialJson)
    {
        var result = await base.PerformPasskeyAssertionAsync(credentialJson);
        return result.Succeeded && !await challenges.UseAsync(credentialJson)
            ? PasskeyAssertionResult.Fail<ApplicationUser>(new PasskeyException("The challenge was answered before."))
            : result;
    }

    /// <summary>A new passkey is kept once for its challenge, like an answer at sign-in.</summary>
    public override async Task<PasskeyAttestationResult> PerformPasskeyAttestationAsync(string credentialJson)
    {
        var result = await base.PerformPasskeyAttestationAsync(credentialJson);
        return result.Succeeded && !await challenges.UseAsync(credentialJson)
            ? PasskeyAttestationResult.Fail(new PasskeyException("The challenge was answered before."))
            : result;
    }

    /// <summary>
    /// A passkey is the whole sign-in: something the user has (the device) and is or knows (its fingerprint, face or PIN,
    /// which Identity requires), so no second step follows (decision 031). The refusals of a password sign-in apply.
    /// </summary>
    public override async Task<SignInResult> PasskeySignInAsync(string credentialJson)
    {
        _passkey = true;
        try
        {
            return await base.PasskeySignInAsync(credentialJson);
        }
        finally
        {
            _passkey = false;
        }
    }

    /// <summary>
    /// Signs <paramref name="user"/> in as the organisation's single sign-on found them (decision 032), after the
    /// refusals every sign-in has (disabled, waiting for HR, locked out). With two-step sign-in on, the app's code
    /// follows as after a password (<see cref="SignInResult.RequiresTwoFactor"/>): the provider's own checks are not ours to know.
    /// </summary>
    public async Task<SignInResult> SingleSignOnAsync(ApplicationUser user)
    {
        _singleSignOn = true;
        try
        {
            if (await PreSignInCheck(user) is { } refusal)
            {
                return refusal;
            }

            return await SignInOrTwoFactorAsync(user, isPersistent: false, loginProvider: SingleSignOn.SingleSignOnOptions.Scheme);
        }
        finally
        {
            _singleSignOn = false;
        }
    }

    /// <summary>
    /// Disabled accounts, and accounts without a role yet (created for a role HR has not confirmed), cannot sign in; an
    /// account set to single sign-on only signs in through it alone, while the organisation has it set up.
    /// </summary>
    public override async Task<bool> CanSignInAsync(ApplicationUser user) =>
        !user.IsDisabled && (await UserManager.GetRolesAsync(user)).Count > 0
        && (_singleSignOn || !singleSignOn.Value.OnlyWayFor(user))
        && await base.CanSignInAsync(user);

    public override async Task<bool> ValidateSecurityStampAsync(ApplicationUser? user, string? securityStamp) =>
        user is { IsDisabled: false } && await base.ValidateSecurityStampAsync(user, securityStamp);

    public override async Task SignInWithClaimsAsync(ApplicationUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var claims = additionalClaims.Where(c => c.Type != SessionStore.SessionClaim && !(_passkey && c.Type == AmrClaim)).ToList();
        if (_passkey)
        {
            claims.Add(new Claim(AmrClaim, PasskeyMethod));
        }

        var method = claims.FirstOrDefault(c => c.Type == AmrClaim)?.Value ?? "external";
        if (_refreshing is null && SessionStore.SessionOf(Context.User) is { } earlier && Context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } earlierUser)
        {
            // Signing in over a sign-in replaces it: the earlier session ends rather than living on in a copied cookie.
            await sessions.EndAsync(earlierUser, earlier, SessionEnd.SignedOut);
        }

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
