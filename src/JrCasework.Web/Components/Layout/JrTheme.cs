using MudBlazor;

namespace JrCasework.Web.Components.Layout;

/// <summary>
/// The one look of JR Casework; app.css takes the same colours for the static account pages.
/// Every colour reaches WCAG AA (4.5:1) both as text on white and behind white text, so chips, alerts
/// and buttons of any colour pass without page-by-page fixes (AccessibilityTests holds it).
/// </summary>
internal static class JrTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f5c73",
            Secondary = "#9a4a26",
            Info = "#1565c0",
            Success = "#2e7d32",
            Warning = "#9c4f00",
            Error = "#b3261e",
            PrimaryContrastText = "#ffffff",
            SecondaryContrastText = "#ffffff",
            InfoContrastText = "#ffffff",
            SuccessContrastText = "#ffffff",
            WarningContrastText = "#ffffff",
            ErrorContrastText = "#ffffff",
            TextSecondary = "#5f6b76",
            AppbarBackground = "#1f5c73",
            Background = "#f6f7f9",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
            },
        },
    };
}
