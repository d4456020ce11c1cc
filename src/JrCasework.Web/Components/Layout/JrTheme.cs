using MudBlazor;

namespace JrCasework.Web.Components.Layout;

/// <summary>The one look of JR Casework; app.css takes the same colours for the static account pages.</summary>
internal static class JrTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f5c73",
            Secondary = "#c0603a",
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
