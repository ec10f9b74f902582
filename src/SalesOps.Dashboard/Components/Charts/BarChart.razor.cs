using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace SalesOps.Dashboard.Components.Charts;

/// <summary>
/// A Chart.js bar chart drawn by <c>wwwroot/js/charts.js</c>, like <see cref="LineChart"/>: vertical or horizontal,
/// side by side or stacked, counts or US dollars, with its data as a table underneath. The whole configuration is built
/// here, so what JavaScript receives can be tested.
/// </summary>
public partial class BarChart : ChartComponentBase
{
    // Chart.js formats tooltips and axis numbers through Intl.NumberFormat with these options; the table matches them.
    private static readonly object CountFormat = new { maximumFractionDigits = 0 };
    private static readonly object MoneyFormat = new { style = "currency", currency = "USD", maximumFractionDigits = 0 };

    [Parameter]
    public string LabelHeader { get; set; } = "";

    [Parameter]
    public int Height { get; set; } = 240;

    /// <summary>Bars run left to right, for long category names.</summary>
    [Parameter]
    public bool Horizontal { get; set; }

    /// <summary>The series stack into one bar per label (parts of a whole), instead of standing side by side.</summary>
    [Parameter]
    public bool Stacked { get; set; }

    /// <summary>The values are US dollars: whole dollars with a "$" in the axis, tooltips and table.</summary>
    [Parameter]
    public bool Money { get; set; }

    [Parameter]
    public string? TestId { get; set; }

    /// <summary>The Chart.js configuration for <paramref name="theme"/>.</summary>
    internal override object BuildConfig(ChartTheme theme)
    {
        var valueAxis = new
        {
            beginAtZero = true,
            stacked = Stacked,
            ticks = new { color = theme.Text, precision = 0, format = Money ? MoneyFormat : CountFormat },
            grid = new { color = theme.Grid },
        };
        var categoryAxis = new
        {
            beginAtZero = true,
            stacked = Stacked,
            ticks = new { color = theme.Text, precision = 0, format = CountFormat },
            grid = new { color = "rgba(0,0,0,0)" },
        };
        return new
        {
            type = "bar",
            data = new
            {
                labels = Labels,
                datasets = Series.Select(s => new
                {
                    label = s.Label,
                    data = Labels.Select((_, i) => ValueAt(s, i)).ToList(),
                    backgroundColor = theme.SeriesColor(s.Color),
                    borderColor = theme.SeriesColor(s.Color),
                    borderWidth = 0,
                    borderRadius = 3,
                }),
            },
            options = new
            {
                indexAxis = Horizontal ? "y" : "x",
                responsive = true,
                maintainAspectRatio = false,
                locale = LineChart.NumberLocale,
                animation = new { duration = 300 },
                interaction = new { mode = "index", intersect = false },
                plugins = new
                {
                    legend = new { display = Series.Count > 1, labels = new { color = theme.Text } },
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
                scales = new { x = Horizontal ? valueAxis : categoryAxis, y = Horizontal ? categoryAxis : valueAxis },
            },
        };
    }

    /// <summary>A series' value for a label, in whole units (as the chart shows it); null when there is none.</summary>
    private static double? ValueAt(ChartSeries series, int index) =>
        index < series.Values.Count && series.Values[index] is { } v && double.IsFinite(v) ? Math.Round(v, MidpointRounding.AwayFromZero) : null;

    private string Format(double? value) => value is { } v
        ? (Money ? "$" : "") + v.ToString("#,##0", CultureInfo.InvariantCulture)
        : "—";
}
