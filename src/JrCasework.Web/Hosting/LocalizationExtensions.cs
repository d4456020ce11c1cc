using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace JrCasework.Web.Hosting;

internal static class LocalizationExtensions
{
    /// <summary>The cultures the UI speaks; the first is the default.</summary>

    /// <summary>Resource-based texts; the culture comes from the remembered choice, else the browser.</summary>
    public static IServiceCollection AddJrCaseworkLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(CultureScope.SupportedCultures[0]);
            options.SupportedCultures = [.. CultureScope.SupportedCultures.Select(CultureInfo.GetCultureInfo)];
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
            var spoken = result?.UICultures.Concat(result.Cultures).Select(c => CultureScope.Spoken(c.Value)).FirstOrDefault(c => c is not null);
            return spoken is null ? null : new ProviderCultureResult(spoken);
        }
    }

    /// <summary>
    /// <c>GET /culture?culture=nl-NL&amp;returnUrl=/cases</c> remembers the choice in a cookie for a year
    /// and goes back to the page the user was on (the start page when the return address leaves the site).
    /// A language the site does not speak is a bad request.
    /// </summary>
    public static IEndpointConventionBuilder MapCultureSwitch(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/culture", (HttpContext context, string? culture, string? returnUrl, IStringLocalizer<SharedResource> texts) =>
        {
            if (culture is { Length: > 0 })
            {
                if (!CultureScope.SupportedCultures.Contains(culture, StringComparer.OrdinalIgnoreCase))
                {
                    return new AddressProblem("BadAddress.Choice", ["culture"]).BadRequest(texts);
                }

                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            }

            return Results.LocalRedirect("~/" + ReturnAddress.BaseRelative(returnUrl));
        }).AllowAnonymous();
}
