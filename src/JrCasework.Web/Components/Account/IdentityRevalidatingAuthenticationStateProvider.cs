using System.Security.Claims;
using JrCasework.Data.Identity;
using JrCasework.Web.Components.Account.Sessions;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace JrCasework.Web.Components.Account;

/// <summary>
/// Revalidates the signed-in user of an interactive circuit (every minute by default): a disabled user, a changed
/// security stamp or an ended session (signed out, idle, expired) signs the circuit out. A session ended on this
/// instance signs its circuits out at once.
/// </summary>
internal sealed class IdentityRevalidatingAuthenticationStateProvider : RevalidatingServerAuthenticationStateProvider
{
    private static readonly Task<AuthenticationState> SignedOut = Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity())));

    private readonly IServiceScopeFactory _scopeFactory;
    private readonly SessionStore _sessions;
    private readonly ILogger _logger;

    public IdentityRevalidatingAuthenticationStateProvider(
        ILoggerFactory loggerFactory, IServiceScopeFactory scopeFactory, SessionStore sessions, IOptions<SignInSessionOptions> sessionOptions)
        : base(loggerFactory)
    {
        _scopeFactory = scopeFactory;
        _sessions = sessions;
        _logger = loggerFactory.CreateLogger<IdentityRevalidatingAuthenticationStateProvider>();
        RevalidationInterval = sessionOptions.Value.RevalidationInterval;
        _sessions.SessionsEnded += OnSessionsEnded;
    }

    protected override TimeSpan RevalidationInterval { get; }

    /// <summary>Whether this circuit was signed out because its session ended on the server (rather than never signed in).</summary>
    public bool SignedOutByServer { get; private set; }

    protected override async Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        // Revalidating is no activity of the user's: it only asks whether the session still holds.
        // The session, then Identity's own stamp check (JrSignInManager also refuses disabled users there).
        await using var scope = _scopeFactory.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<ApplicationUser>>();
        var valid = await _sessions.IsActiveAsync(authenticationState.User, activity: false)
            && await signIn.ValidateSecurityStampAsync(authenticationState.User) is not null;
        SignedOutByServer |= !valid;
        return valid;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _sessions.SessionsEnded -= OnSessionsEnded;
        }

        base.Dispose(disposing);
    }

    private void OnSessionsEnded(string userId) => _ = SignOutIfEndedAsync(userId);

    private async Task SignOutIfEndedAsync(string userId)
    {
        try
        {
            var state = await GetAuthenticationStateAsync();
            if (state.User.FindFirstValue(ClaimTypes.NameIdentifier) == userId && !await _sessions.IsActiveAsync(state.User, activity: false))
            {
                SignedOutByServer = true;
                SetAuthenticationState(SignedOut);
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The minute's revalidation still signs the circuit out.
            _logger.LogWarning(exception, "Could not check a circuit's session at once");
        }
    }
}
