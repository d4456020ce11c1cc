using System.Net;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;

namespace JrCasework.Web.Hosting;

/// <summary>
/// HTTPS in production, usually behind the reverse proxy: which proxies may say the browser used HTTPS (and from which
/// address), HSTS, and cookies that are <c>__Host-</c>, Secure and HttpOnly when HTTPS is required (<c>Https:Required</c>,
/// default: outside Development). A page asked for over plain HTTP then gets a short explanation instead of a session
/// cookie the browser would send in clear.
/// </summary>
internal static class HttpsExtensions
{
    /// <summary>Settings section: <c>KnownProxies</c> (addresses) and <c>KnownNetworks</c> (CIDR ranges), comma-separated.</summary>
    public const string Section = "ReverseProxy";

    /// <summary>Whether the site is reached over HTTPS only: <c>Https:Required</c>, by default everywhere but Development.</summary>
    public static bool IsRequired(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue("Https:Required", !environment.IsDevelopment());

    public static IServiceCollection AddJrCaseworkHttps(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Before every other middleware (authentication and authorisation included, which the host adds first).
        services.AddTransient<IStartupFilter, ForwardedHeadersFirst>();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            var proxies = List(configuration[$"{Section}:KnownProxies"]);
            var networks = List(configuration[$"{Section}:KnownNetworks"]);
            if (proxies.Length + networks.Length == 0)
            {
                // Without settings: only a proxy on this machine (the framework's loopback default).
                return;
            }

            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

        if (IsRequired(configuration, environment))
        {
            services.AddTransient<IStartupFilter, HttpsOnly>();
            // A __Host- cookie is only accepted over HTTPS, for this host and every path: no subdomain can set or read it.
            services.AddAntiforgery(options => HostCookie(options.Cookie, "__Host-jr-antiforgery"));
            HostCookie(services, IdentityConstants.ApplicationScheme, "__Host-jr-session");
            HostCookie(services, IdentityConstants.ExternalScheme, "__Host-jr-external");
            HostCookie(services, IdentityConstants.TwoFactorUserIdScheme, "__Host-jr-2fa");
            HostCookie(services, IdentityConstants.TwoFactorRememberMeScheme, "__Host-jr-2fa-remember");
        }

        return services;
    }

    private sealed class ForwardedHeadersFirst : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseForwardedHeaders();
            next(app);
        };
    }

    /// <summary>
    /// Refuses pages asked for over plain HTTP (after the proxy's word is taken), with a line saying what to set; health
    /// checks and metrics still answer, since the orchestrator and Prometheus ask over plain HTTP inside the network.
    /// </summary>
    private sealed class HttpsOnly(ILogger<HttpsOnly> logger, TimeProvider clock) : IStartupFilter
    {
        /// <summary>When the last warning was written: at most one a minute, however many requests come over HTTP.</summary>
        private long _warnedAt = long.MinValue;

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                var path = context.Request.Path;
                if (context.Request.IsHttps || path.StartsWithSegments("/health") || path.StartsWithSegments("/metrics"))
                {
                    await nextMiddleware(context);
                    return;
                }

                var now = clock.GetTimestamp();
                var last = Interlocked.Read(ref _warnedAt);
                if ((last == long.MinValue || clock.GetElapsedTime(last, now) > TimeSpan.FromMinutes(1)) && Interlocked.CompareExchange(ref _warnedAt, now, last) == last)
                {
                    logger.LogWarning(
                    "Refused a request over plain HTTP. Reach the site over HTTPS; behind a proxy that terminates HTTPS, name it in ReverseProxy:KnownProxies or ReverseProxy:KnownNetworks (or set Https:Required=false to try the site without HTTPS)");
                }

                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync("JR Casework is only available over HTTPS. / JR Casework is alleen bereikbaar via HTTPS.");
            });
            next(app);
        };
    }

    private static void HostCookie(IServiceCollection services, string scheme, string name) =>
        services.Configure<CookieAuthenticationOptions>(scheme, options => HostCookie(options.Cookie, name));

    private static void HostCookie(CookieBuilder cookie, string name)
    {
        cookie.Name = name;
        cookie.SecurePolicy = CookieSecurePolicy.Always;
        cookie.HttpOnly = true;
        cookie.Path = "/";
        cookie.Domain = null;
    }

    private static string[] List(string? value) =>
        value?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
