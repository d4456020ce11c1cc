using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace JrCasework.Web.Hosting;

internal static class LocalizationExtensions
{
    /// <summary>The cultures the UI speaks; the first is the default.</summary>
    public static readonly string[] SupportedCultures = ["en-GB", "nl-NL"];

    /// <summary>Resource-based texts; the culture comes from the remembered choice, else the browser.</summary>
    public static IServiceCollection AddJrCaseworkLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(SupportedCultures[0]);
            options.SupportedCultures = [.. SupportedCultures.Select(CultureInfo.GetCultureInfo)];
            options.SupportedUICultures = options.SupportedCultures;

            // A browser asking for en-US or nl-BE gets en-GB or nl-NL: the language it asked for, and the
            // dates and numbers of that language as the app speaks it (a neutral "en" would format like the US).
            options.RequestCultureProviders = [.. options.RequestCultureProviders.Select(p => new SupportedCultureProvider(p))];
        });
        return services;
    }

    /// <summary>Narrows what another provider found to the supported culture of the same language.</summary>
    private sealed class SupportedCultureProvider(IRequestCultureProvider inner) : IRequestCultureProvider
    {
        public async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
        {
            var result = await inner.DetermineProviderCultureResult(httpContext);
            var asked = result?.UICultures.Concat(result.Cultures).Select(c => c.Value).FirstOrDefault(IsSpoken);
            return asked is null ? null : new ProviderCultureResult(Features.Shared.CultureScope.Supported(asked));
        }

        private static bool IsSpoken(string? culture) =>
            culture is { Length: >= 2 } && SupportedCultures.Any(c => culture.StartsWith(c[..2], StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// <c>GET /culture?culture=nl-NL&amp;returnUrl=/cases</c> remembers the choice in a cookie for a year
    /// and goes back to the page the user was on.
    /// </summary>
    public static IEndpointConventionBuilder MapCultureSwitch(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/culture", (HttpContext context, string? culture, string? returnUrl) =>
        {
            if (culture is not null && SupportedCultures.Contains(culture, StringComparer.OrdinalIgnoreCase))
            {
                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            }

            var target = returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
                ? returnUrl
                : "/";
            return Results.LocalRedirect(target);
        }).AllowAnonymous();
}
