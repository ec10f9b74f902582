using System.Globalization;

namespace SalesOps.Dashboard.Components.Charts;

/// <summary>
/// The colours a chart draws its axes, legend and tooltips with, for the app's light and dark palettes. Series keep
/// their colour in light mode and are lightened in dark mode, so a line chosen for a white card stays visible on a
/// dark one.
/// </summary>
public sealed record ChartTheme(bool IsDark, string Text, string Grid, string TooltipBackground, string TooltipText, string TooltipBorder)
{
    /// <summary>How much white is mixed into a series colour in dark mode.</summary>
    public const double DarkLightening = 0.35;

    public static ChartTheme Light { get; } = new(false, "#424242", "rgba(0,0,0,0.08)", "rgba(33,33,33,0.92)", "#ffffff", "rgba(0,0,0,0)");

    public static ChartTheme Dark { get; } = new(true, "#e0e0e0", "rgba(255,255,255,0.12)", "rgba(245,245,245,0.96)", "#212121", "rgba(0,0,0,0.25)");

    public static ChartTheme For(bool dark) => dark ? Dark : Light;

    /// <summary>The colour a series is drawn with in this theme (#rgb or #rrggbb; anything else is used as given).</summary>
    public string SeriesColor(string color) => IsDark ? Lighten(color, DarkLightening) : color;

    /// <summary><paramref name="color"/> mixed with <paramref name="amount"/> (0–1) of white.</summary>
    public static string Lighten(string color, double amount)
    {
        ArgumentNullException.ThrowIfNull(color);
        var hex = color.StartsWith('#') ? color[1..] : "";
        if (hex.Length == 3)
        {
            hex = string.Concat(hex.Select(c => new string(c, 2)));
        }

        if (hex.Length != 6 || !int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var rgb))
        {
            return color;
        }

        int Mix(int shift)
        {
            var channel = (rgb >> shift) & 0xff;
            return (int)Math.Round(channel + ((255 - channel) * amount), MidpointRounding.AwayFromZero);
        }

        return FormattableString.Invariant($"#{Mix(16):x2}{Mix(8):x2}{Mix(0):x2}");
    }
}
