using MudBlazor;

namespace TrialRegistry.Web.Components.Layout;

/// <summary>
/// The app's MudBlazor theme. Fonts are the system's own: MudBlazor defaults to Roboto from Google
/// Fonts, which self-hosted installs without internet access cannot load.
/// </summary>
public static class RegistryTheme
{
    private static readonly string[] SystemFonts =
        ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Noto Sans", "Liberation Sans", "Arial", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f5f8b",
            Secondary = "#5c6670",
            AppbarBackground = "#1f5f8b",
            Background = "#f7f9fb",

            // Darker than MudBlazor's defaults so status chips' text passes WCAG AA contrast on light backgrounds.
            Success = "#1b6e35",
            Info = "#0a5c9e",
            Warning = "#8a4b00",
            Error = "#b3261e",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = SystemFonts },
            H1 = new H1Typography { FontFamily = SystemFonts },
            H2 = new H2Typography { FontFamily = SystemFonts },
            H3 = new H3Typography { FontFamily = SystemFonts, FontSize = "2.5rem", FontWeight = "500" },
            H4 = new H4Typography { FontFamily = SystemFonts, FontSize = "1.75rem", FontWeight = "500" },
            H5 = new H5Typography { FontFamily = SystemFonts },
            H6 = new H6Typography { FontFamily = SystemFonts },
            Subtitle1 = new Subtitle1Typography { FontFamily = SystemFonts },
            Subtitle2 = new Subtitle2Typography { FontFamily = SystemFonts },
            Body1 = new Body1Typography { FontFamily = SystemFonts },
            Body2 = new Body2Typography { FontFamily = SystemFonts },
            Button = new ButtonTypography { FontFamily = SystemFonts },
            Caption = new CaptionTypography { FontFamily = SystemFonts },
            Overline = new OverlineTypography { FontFamily = SystemFonts },
        },
    };
}
