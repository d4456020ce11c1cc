using System.Globalization;

namespace JrCasework.Web.Features.Shared;

/// <summary>Runs a block of code in a user's language, for texts made outside their request (e-mails, calendars).</summary>
internal sealed class CultureScope : IDisposable
{
    /// <summary>The languages the application speaks; the first is the default.</summary>
    public static readonly string[] SupportedCultures = ["en-GB", "nl-NL"];

    private readonly CultureInfo _culture;
    private readonly CultureInfo _uiCulture;

    private CultureScope(CultureInfo culture)
    {
        _culture = CultureInfo.CurrentCulture;
        _uiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    /// <summary>The supported culture of the same language as <paramref name="culture"/> (nl-BE gives nl-NL); null when the app does not speak it.</summary>
    public static string? Spoken(string? culture) =>
        SupportedCultures.FirstOrDefault(c => culture is { Length: >= 2 } && culture.StartsWith(c[..2], StringComparison.OrdinalIgnoreCase));

    /// <summary>The supported culture for a stored or requested one, matched on its language (nl-BE gives nl-NL); otherwise the default (en-GB).</summary>
    public static string Supported(string? culture) => Spoken(culture) ?? SupportedCultures[0];

    /// <summary>Switches to the supported culture for <paramref name="culture"/> until disposed.</summary>
    public static CultureScope Use(string? culture) => new(CultureInfo.GetCultureInfo(Supported(culture)));

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
