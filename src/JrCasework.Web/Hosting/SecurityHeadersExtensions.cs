using JrCasework.Web.Components.Account.SingleSignOn;
namespace JrCasework.Web.Hosting;

/// <summary>
/// The protective headers on every response, pages, static files and endpoints alike (decision 027), set by
/// NetEscapades.AspNetCore.SecurityHeaders before anything else runs, so an error page or a refusal carries them too.
/// </summary>
internal static class SecurityHeadersExtensions
{
    public static IServiceCollection AddJrCaseworkSecurityHeaders(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var policy = Policy(
            HttpsExtensions.IsRequired(configuration, environment),
            configuration.GetValue<bool>("Https:HstsIncludeSubDomains"),
            SingleSignOnOptions.From(configuration).FormTargets);
        services.AddSecurityHeaderPolicies(policies => policies.SetDefaultPolicy(policy));
        services.AddTransient<IStartupFilter, SecurityHeadersFirst>();
        // Kestrel adds its Server header after every middleware has run; the policy's removal cannot reach it.
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);
        return services;
    }

    /// <summary>
    /// The policy. Scripts come from the site itself, or carry the page's nonce (the import map is the one inline
    /// script); no eval. Styles may be inline: Blazor and MudBlazor set style attributes and MudBlazor writes its theme
    /// in a style element, and a style cannot run code. The page cannot be framed, post forms elsewhere or change its base;
    /// only the sign-in form for single sign-on leads on to the organisation's provider (<paramref name="signOnOrigins"/>).
    /// </summary>
    private static HeaderPolicyCollection Policy(bool httpsRequired, bool hstsIncludeSubDomains, IReadOnlyList<string> signOnOrigins)
    {
        var policy = new HeaderPolicyCollection()
        .AddContentSecurityPolicy(csp =>
        {
            csp.AddDefaultSrc().Self();
            csp.AddScriptSrc().Self().WithNonce();
            csp.AddStyleSrc().Self().UnsafeInline();
            csp.AddImgSrc().Self().Data();
            csp.AddFontSrc().Self().Data();
            // 'self' covers the circuit's WebSocket to the same host (CSP level 3).
            csp.AddConnectSrc().Self();
            csp.AddObjectSrc().None();
            csp.AddBaseUri().Self();
            var formAction = csp.AddFormAction().Self();
            foreach (var origin in signOnOrigins)
            {
                formAction.From(origin);
            }

            csp.AddFrameAncestors().None();
            if (httpsRequired)
            {
                csp.AddUpgradeInsecureRequests();
            }
        })
        .AddFrameOptionsDeny()
        .AddContentTypeOptionsNoSniff()
        // Other sites learn nothing of the address a link was followed from (a case number, a report's filter).
        .AddReferrerPolicySameOrigin()
        .AddCrossOriginOpenerPolicy(opener => opener.SameOrigin())
        .AddPermissionsPolicy(permissions =>
        {
            permissions.AddDefaultSecureDirectives();
            // Passkeys: this site (not a frame of another) may create and use them.
            permissions.AddPublickeyCredentialsGet().Self();
            permissions.AddPublickeyCredentialsCreate().Self();
        });
        if (httpsRequired)
        {
            // HSTS for a year on HTTPS responses (error pages included), never for a site tried out on this machine.
            policy.AddStrictTransportSecurity((int)TimeSpan.FromDays(365).TotalSeconds, hstsIncludeSubDomains, preload: false, "localhost", "127.0.0.1", "[::1]");
        }

        return policy;
    }

    private sealed class SecurityHeadersFirst : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseSecurityHeaders();
            next(app);
        };
    }
}
