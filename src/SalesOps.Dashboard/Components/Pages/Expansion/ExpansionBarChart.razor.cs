using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using SalesOps.Dashboard.Components.Charts;

namespace SalesOps.Dashboard.Components.Pages.Expansion;

/// <summary>
/// Counts by category as bars. <see cref="LineChart"/> draws lines only; this sends a bar configuration through the
/// same JS module and theme, so it looks and behaves like the app's other charts.
/// </summary>
public partial class ExpansionBarChart
{
    // The bridge module and number locale the line chart uses too.
    private const string ModulePath = "./js/charts.js";
    private const string NumberLocale = "en-US";

    private ElementReference _canvas;
    private Task<IJSObjectReference>? _module;
    private string? _drawn;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Parameter, EditorRequired]
    public string Title { get; set; } = "";

    [Parameter, EditorRequired]
    public IReadOnlyList<string> Labels { get; set; } = [];

    [Parameter, EditorRequired]
    public IReadOnlyList<ChartSeries> Series { get; set; } = [];

    [Parameter]
    public string LabelHeader { get; set; } = "";

    [Parameter]
    public int Height { get; set; } = 240;

    /// <summary>Bars run left to right, for long category names.</summary>
    [Parameter]
    public bool Horizontal { get; set; }

    [Parameter]
    public string? TestId { get; set; }

    [CascadingParameter(Name = "DarkMode")]
    public bool Dark { get; set; }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        var config = BuildConfig(ChartTheme.For(Dark));
        var json = JsonSerializer.Serialize(config);
        if (json == _drawn)
        {
            return;
        }

        _drawn = json;
        try
        {
            _module ??= JS.InvokeAsync<IJSObjectReference>("import", ModulePath).AsTask();
            await (await _module).InvokeAsync<bool>("render", _canvas, config);
        }
        catch (JSDisconnectedException)
        {
        }
    }

    internal object BuildConfig(ChartTheme theme)
    {
        var valueAxis = new { beginAtZero = true, ticks = new { color = theme.Text, precision = 0 }, grid = new { color = theme.Grid } };
        var categoryAxis = new { beginAtZero = true, ticks = new { color = theme.Text, precision = 0 }, grid = new { color = "rgba(0,0,0,0)" } };
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
                locale = NumberLocale,
                animation = new { duration = 300 },
                plugins = new
                {
                    legend = new { display = Series.Count > 1, labels = new { color = theme.Text } },
                    tooltip = new
                    {
                        enabled = true,
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

    private static double? ValueAt(ChartSeries series, int index) =>
        index < series.Values.Count && series.Values[index] is { } v && double.IsFinite(v) ? v : null;

    private static string Format(double? value) => value is { } v ? v.ToString("#,##0", CultureInfo.InvariantCulture) : "—";

    public async ValueTask DisposeAsync()
    {
        if (_module is null)
        {
            return;
        }

        try
        {
            var module = await _module;
            await module.InvokeVoidAsync("destroy", _canvas);
            await module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
        }

        GC.SuppressFinalize(this);
    }
}
