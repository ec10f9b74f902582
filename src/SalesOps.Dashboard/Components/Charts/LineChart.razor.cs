using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace SalesOps.Dashboard.Components.Charts;

/// <summary>
/// A Chart.js line chart drawn by <c>wwwroot/js/charts.js</c>, with its data as a table underneath. The whole
/// configuration — theme colours, tooltips, responsiveness — is built here, so what JavaScript receives can be tested.
/// </summary>
public partial class LineChart : ChartComponentBase
{
    public const string ModulePath = "./js/charts.js";

    // Chart.js formats tooltip and axis numbers with this locale; the table uses the same grouping and decimal point.
    public const string NumberLocale = "en-US";

    private static readonly int[] DashPattern = [6, 4];

    [Parameter]
    public string LabelHeader { get; set; } = "Period";

    [Parameter]
    public int Height { get; set; } = 280;

    /// <summary>Decimal places of the values, in the chart (tooltips) and the table alike.</summary>
    [Parameter]
    public int Decimals { get; set; }

    /// <summary>The Chart.js configuration for <paramref name="theme"/>.</summary>
    internal override object BuildConfig(ChartTheme theme) => new
    {
        type = "line",
        data = new
        {
            labels = Labels,
            datasets = Series.Select(s => new
            {
                label = s.Label,
                data = Labels.Select((_, i) => ValueAt(s, i)).ToList(),
                borderColor = theme.SeriesColor(s.Color),
                backgroundColor = theme.SeriesColor(s.Color),
                borderDash = s.Dashed ? DashPattern : [],
                pointRadius = 2,
                pointHoverRadius = 5,
                tension = 0.25,
                spanGaps = true,
            }),
        },
        options = new
        {
            responsive = true,
            maintainAspectRatio = false,
            locale = NumberLocale,
            animation = new { duration = 300 },
            interaction = new { mode = "index", intersect = false },
            plugins = new
            {
                legend = new { display = true, labels = new { color = theme.Text } },
                tooltip = new
                {
                    enabled = true,
                    mode = "index",
                    intersect = false,
                    backgroundColor = theme.TooltipBackground,
                    titleColor = theme.TooltipText,
                    bodyColor = theme.TooltipText,
                    borderColor = theme.TooltipBorder,
                    borderWidth = 1,
                },
            },
            scales = new
            {
                x = new { ticks = new { color = theme.Text }, grid = new { color = theme.Grid } },
                y = new { beginAtZero = true, ticks = new { color = theme.Text }, grid = new { color = theme.Grid } },
            },
        },
    };

    /// <summary>A series' value for a label, rounded to <see cref="Decimals"/>; null when there is none.</summary>
    private double? ValueAt(ChartSeries series, int index)
    {
        if (index >= series.Values.Count || series.Values[index] is not { } value || !double.IsFinite(value))
        {
            return null;
        }

        var rounded = Math.Round(value, Math.Clamp(Decimals, 0, 6), MidpointRounding.AwayFromZero);
        return rounded == 0 ? 0 : rounded; // no "-0" in the table
    }

    private string Format(double? value) => value is { } v
        ? v.ToString(Decimals <= 0 ? "#,##0" : "#,##0." + new string('#', Math.Clamp(Decimals, 0, 6)), CultureInfo.InvariantCulture)
        : "—";
}
