using JrCasework.Data.Identity;
using JrCasework.Web.Components.Account;
using JrCasework.Web.Components.Account.Mail;
using JrCasework.Web.Components.Account.Passkeys;
using JrCasework.Web.Components.Account.PasswordReset;
using JrCasework.Web.Components.Account.Sessions;
using JrCasework.Web.Components.Account.TwoFactor;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace JrCasework.Web.Hosting;

internal static class IdentityExtensions
{
    /// <summary>
    /// ASP.NET Core Identity on EF Core with roles, lockout after repeated failures,
    /// and no e-mail confirmation (administrators create the accounts).
    /// </summary>
    public static IServiceCollection AddJrCaseworkIdentity(this IServiceCollection services)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddScoped<CurrentUser>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();

        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = false;
                options.User.RequireUniqueEmail = true;
                options.Lockout.AllowedForNewUsers = true;
                // The bound across instances; SignInThrottle slows guessing long before it, per address and account.
                options.Lockout.MaxFailedAccessAttempts = 50;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                // Length over composition (ASVS 2.1): twelve characters, and not a common password (CommonPasswordValidator).
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                // Authenticator codes: one step either side, each step once (AuthenticatorCodes, decision 028).
                options.Tokens.AuthenticatorTokenProvider = AuthenticatorCodes.ProviderName;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<JrCaseworkDbContext>()
            .AddSignInManager<JrSignInManager>()
            .AddClaimsPrincipalFactory<JrClaimsPrincipalFactory>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<AuthenticatorCodes>(AuthenticatorCodes.ProviderName);

        // Passkeys (decision 031): found by the browser without a user name typed first, and always with the device's
        // fingerprint, face or PIN. Their relying party is the host name users see, or Passkeys:ServerDomain when set.
        services.AddOptions<IdentityPasskeyOptions>().Configure<IConfiguration>((passkeys, configuration) =>
        {
            passkeys.ServerDomain = configuration["Passkeys:ServerDomain"] is { Length: > 0 } domain ? domain : null;
            passkeys.ResidentKeyRequirement = "required";
            passkeys.UserVerificationRequirement = "required";
            // The page the browser used must be this site as the request reached it (scheme and host after the proxy's
            // forwarded headers; AllowedHosts pins the host in production), never the client's Origin header, never a
            // frame of another site.
            passkeys.ValidateOrigin = check =>
            {
                var request = check.HttpContext.Request;
                return ValueTask.FromResult(!check.CrossOrigin && string.Equals(check.Origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase));
            };
        });

        // A disabled user's cookie stops working within a minute (the stamp is renewed on disable); a renewed cookie keeps its session.
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = TimeSpan.FromMinutes(1);
            options.OnRefreshingPrincipal = SessionCookieEvents.KeepSession;
        });

        // Each sign-in is a session on the server (SessionStore), checked on every request; the cookie does not slide
        // and lasts no longer than the session may.
        services.AddOptions<SignInSessionOptions>().BindConfiguration(SignInSessionOptions.Section);
        services.AddOptions<TwoFactorOptions>().BindConfiguration(TwoFactorOptions.Section);

        // Password reset by e-mail (decision 029): the link's code is Identity's reset token, good for LinkLifetime and once.
        services.AddOptions<PasswordResetOptions>().BindConfiguration(PasswordResetOptions.Section);
        services.AddOptions<DataProtectionTokenProviderOptions>()
            .Configure<IOptions<PasswordResetOptions>>((tokens, reset) => tokens.TokenLifespan = reset.Value.LinkLifetime);
        services.AddSingleton<AccountMailer>();
        services.AddHostedService(provider => provider.GetRequiredService<AccountMailer>());
        services.AddScoped<PasswordResets>();
        services.AddSingleton<ResetMailLimit>();
        services.AddSingleton<AccountNotices>();
        services.AddSingleton<SessionStore>();
        services.AddSingleton<PasskeyChallenges>();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<SessionCookieEvents>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<SignInSessionOptions>>((cookie, sessions) =>
            {
                cookie.EventsType = typeof(SessionCookieEvents);
                cookie.ExpireTimeSpan = sessions.Value.AbsoluteLifetime;
                cookie.SlidingExpiration = false;
            });
        // "Don't ask for a code again in this browser": 30 days, then the app's code once more (decision 028).
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorRememberMeScheme, cookie => cookie.ExpireTimeSpan = TimeSpan.FromDays(30));
        services.AddAuthorization();
        return services;
    }
}
