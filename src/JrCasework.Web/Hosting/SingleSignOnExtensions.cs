using JrCasework.Web.Components.Account.SingleSignOn;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace JrCasework.Web.Hosting;

internal static class SingleSignOnExtensions
{
    /// <summary>
    /// Single sign-on with the organisation's OpenID Connect provider when the settings name one (decision 032): the
    /// authorization code flow with PKCE; the provider's answer lands in Identity's external cookie, and
    /// <c>/Account/ExternalLogin</c> finds the account by the e-mail claim. No account is ever made from it.
    /// </summary>
    public static IServiceCollection AddJrCaseworkSingleSignOn(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SingleSignOnOptions>().BindConfiguration(SingleSignOnOptions.Section);
        var settings = SingleSignOnOptions.From(configuration);
        if (!settings.IsConfigured)
        {
            return services;
        }

        services.AddAuthentication().AddOpenIdConnect(SingleSignOnOptions.Scheme, settings.DisplayName, oidc =>
        {
            oidc.Authority = settings.Authority;
            oidc.ClientId = settings.ClientId;
            oidc.ClientSecret = settings.ClientSecret;
            oidc.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            oidc.SignInScheme = IdentityConstants.ExternalScheme;
            oidc.ResponseType = OpenIdConnectResponseType.Code;
            oidc.UsePkce = true;
            // Back by a plain redirect, not a form posted from the provider's site: the correlation cookie can stay Lax.
            oidc.ResponseMode = OpenIdConnectResponseMode.Query;
            // Secure whenever the request is HTTPS, which production requires (decision 025).
            foreach (var cookie in new[] { oidc.CorrelationCookie, oidc.NonceCookie })
            {
                cookie.SameSite = SameSiteMode.Lax;
                cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            }

            oidc.Scope.Clear();
            oidc.Scope.Add("openid");
            oidc.Scope.Add("email");
            oidc.Scope.Add("profile");
            // Claims keep the provider's names, so EmailClaim names one as the provider documents it.
            oidc.MapInboundClaims = false;
            oidc.SaveTokens = false;
            oidc.Events.OnRemoteFailure = failure =>
            {
                // Refused at the provider, or an answer that does not check out: said on our page, not as an error page.
                Logger(failure.HttpContext).LogWarning("Single sign-on failed: {Reason}", failure.Failure?.GetType().Name);
                failure.Response.Redirect("/Account/ExternalLogin?failed=true");
                failure.HandleResponse();
                return Task.CompletedTask;
            };
        });
        return services;
    }

    private static ILogger Logger(HttpContext context) =>
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SingleSignOnExtensions).FullName!);
}
