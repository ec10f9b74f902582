using Bunit;
using Microsoft.AspNetCore.Components;
using SalesOps.Dashboard.Components.Charts;
using SalesOps.Dashboard.Tests.Infrastructure;
using static SalesOps.Dashboard.Tests.Charts.ChartConfig;

namespace SalesOps.Dashboard.Tests.Charts;

/// <summary>The configuration <see cref="LineChart"/> hands to Chart.js, its theme, its redraws and its table.</summary>
public sealed class LineChartTests : MudTestBase
{
    private static readonly string[] Months = ["Jan 2026", "Feb 2026", "Mar 2026"];
    private readonly BunitJSModuleInterop _charts;

    public LineChartTests() => _charts = JSInterop.SetupModule(LineChart.ModulePath);

    private static List<ChartSeries> TwoSeries() =>
    [
        new("Score", [61.26, null, 1234.04], "#1e88e5"),
        new("Target", [70, 70, 70], "#9e9e9e", Dashed: true),
    ];

    private IRenderedComponent<LineChart> RenderChart(int decimals = 1) => Render<LineChart>(p => p
        .Add(c => c.Title, "Score by month")
        .Add(c => c.LabelHeader, "Month")
        .Add(c => c.Labels, Months)
        .Add(c => c.Series, TwoSeries())
        .Add(c => c.Decimals, decimals));

    [Fact]
    public void Chart_js_gets_a_responsive_line_chart_with_the_labels_the_rounded_values_and_index_tooltips()
    {
        var cut = RenderChart();

        cut.WaitForAssertion(() => Assert.Single(_charts.Invocations["render"]));
        _charts.Invocations["render"][0].Arguments[0].ShouldBeElementReferenceTo(cut.Find("canvas"));
        var config = Renders(_charts)[0];
        Assert.Equal("line", At(config, "type").GetString());
        Assert.Equal(Months, ChartLabels(config));
        Assert.Equal([61.3, null, 1234.0], Values(config, 0));
        Assert.Equal([70.0, 70.0, 70.0], Values(config, 1));
        Assert.Equal("Score", Dataset(config, 0).GetProperty("label").GetString());
        Assert.Equal("#1e88e5", Dataset(config, 0).GetProperty("borderColor").GetString());
        Assert.Equal(0, Dataset(config, 0).GetProperty("borderDash").GetArrayLength());
        Assert.Equal([6, 4], Dataset(config, 1).GetProperty("borderDash").EnumerateArray().Select(d => d.GetInt32()));

        Assert.True(At(config, "options.responsive").GetBoolean());
        Assert.False(At(config, "options.maintainAspectRatio").GetBoolean());
        Assert.Equal("en-US", At(config, "options.locale").GetString());
        Assert.True(At(config, "options.plugins.tooltip.enabled").GetBoolean());
        Assert.Equal("index", At(config, "options.plugins.tooltip.mode").GetString());
        Assert.False(At(config, "options.plugins.tooltip.intersect").GetBoolean());
        Assert.Equal("index", At(config, "options.interaction.mode").GetString());
        Assert.True(At(config, "options.scales.y.beginAtZero").GetBoolean());
    }

    [Fact]
    public void Table_alternative_shows_every_label_and_the_same_numbers_as_the_chart()
    {
        var cut = RenderChart();

        cut.WaitForAssertion(() => Assert.Single(_charts.Invocations["render"]));
        var config = Renders(_charts)[0];
        var figure = cut.Find("figure");
        Assert.Equal("Score by month", figure.GetAttribute("aria-label"));
        Assert.Equal("Score by month. The data is in the table below the chart.", cut.Find("canvas").GetAttribute("aria-label"));
        Assert.Equal("img", cut.Find("canvas").GetAttribute("role"));
        Assert.Equal("Score by month", cut.Find("details.chart-data caption").TextContent.Trim());
        Assert.Equal(["Month", "Score", "Target"], cut.FindAll("details.chart-data thead th").Select(th => th.TextContent.Trim()));

        var rows = TableRows(figure);
        Assert.Equal(ChartLabels(config), rows.Select(r => r.Label));
        Assert.Equal(Values(config, 0), rows.Select(r => Number(r.Cells[0])));
        Assert.Equal(Values(config, 1), rows.Select(r => Number(r.Cells[1])));
        // As written: the chart's rounding, grouping and a dash for a missing value.
        Assert.Equal(["61.3", "—", "1,234"], rows.Select(r => r.Cells[0]));
        Assert.Equal(["70", "70", "70"], rows.Select(r => r.Cells[1]));
    }

    [Fact]
    public void Whole_numbers_by_default()
    {
        var cut = RenderChart(decimals: 0);

        cut.WaitForAssertion(() => Assert.Single(_charts.Invocations["render"]));
        Assert.Equal([61.0, null, 1234.0], Values(Renders(_charts)[0], 0));
        Assert.Equal(["61", "—", "1,234"], TableRows(cut.Find("figure")).Select(r => r.Cells[0]));
    }

    [Fact]
    public void Dark_mode_redraws_with_light_text_faint_grid_a_light_tooltip_and_lightened_series()
    {
        // The layout cascades its dark flag under this name; a re-render passes every parameter again, as a parent does.
        static Action<ComponentParameterCollectionBuilder<CascadingValue<bool>>> Layout(bool dark) => p => p
            .Add(c => c.Name, "DarkMode")
            .Add(c => c.Value, dark)
            .AddChildContent<LineChart>(c => c
                .Add(x => x.Title, "Score by month")
                .Add(x => x.Labels, Months)
                .Add(x => x.Series, TwoSeries()));
        var cut = Render(Layout(dark: false));
        cut.WaitForAssertion(() => Assert.Single(_charts.Invocations["render"]));

        cut.Render(Layout(dark: true));

        cut.WaitForAssertion(() => Assert.Equal(2, _charts.Invocations["render"].Count));
        var (light, dark) = (Renders(_charts)[0], Renders(_charts)[1]);
        foreach (var path in new[] { "options.scales.x.ticks.color", "options.scales.y.ticks.color", "options.plugins.legend.labels.color" })
        {
            Assert.Equal(ChartTheme.Light.Text, At(light, path).GetString());
            Assert.Equal(ChartTheme.Dark.Text, At(dark, path).GetString());
        }

        Assert.Equal("#e0e0e0", At(dark, "options.scales.x.ticks.color").GetString());
        Assert.Equal(ChartTheme.Dark.Grid, At(dark, "options.scales.y.grid.color").GetString());
        Assert.NotEqual(At(light, "options.scales.y.grid.color").GetString(), At(dark, "options.scales.y.grid.color").GetString());
        Assert.Equal(ChartTheme.Dark.TooltipBackground, At(dark, "options.plugins.tooltip.backgroundColor").GetString());
        Assert.Equal(ChartTheme.Dark.TooltipText, At(dark, "options.plugins.tooltip.bodyColor").GetString());
        Assert.NotEqual(At(light, "options.plugins.tooltip.backgroundColor").GetString(), At(dark, "options.plugins.tooltip.backgroundColor").GetString());
        // #1e88e5 with 35 % white: (30, 136, 229) → (109, 178, 238).
        Assert.Equal("#6db2ee", Dataset(dark, 0).GetProperty("borderColor").GetString());
        Assert.Equal("#1e88e5", Dataset(light, 0).GetProperty("borderColor").GetString());
        Assert.Equal(Values(light, 0), Values(dark, 0));
    }

    [Fact]
    public void A_parent_re_render_with_the_same_data_does_not_redraw_but_new_data_does()
    {
        var cut = RenderChart();
        cut.WaitForAssertion(() => Assert.Single(_charts.Invocations["render"]));

        // New list instances with equal content, as a page builds them on every render.
        cut.Render(p => p.Add(c => c.Labels, [.. Months]).Add(c => c.Series, TwoSeries()));
        Assert.Single(_charts.Invocations["render"]);

        cut.Render(p => p.Add(c => c.Series, [new ChartSeries("Score", [1, 2, 3], "#1e88e5")]));

        cut.WaitForAssertion(() => Assert.Equal(2, _charts.Invocations["render"].Count));
        Assert.Equal([1.0, 2.0, 3.0], Values(Renders(_charts)[1], 0));
        Assert.Equal(["1", "2", "3"], TableRows(cut.Find("figure")).Select(r => r.Cells[0]));
    }

    [Fact]
    public async Task Removing_the_chart_destroys_its_Chart_js_instance()
    {
        var cut = RenderChart();
        cut.WaitForAssertion(() => Assert.Single(_charts.Invocations["render"]));
        var canvas = cut.Find("canvas");

        await DisposeComponentsAsync();

        var destroy = Assert.Single(_charts.Invocations["destroy"]);
        destroy.Arguments[0].ShouldBeElementReferenceTo(canvas);
    }

    [Theory]
    [InlineData("#1e88e5", 0.35, "#6db2ee")]
    [InlineData("#000", 0.5, "#808080")]
    [InlineData("#ffffff", 0.35, "#ffffff")]
    [InlineData("rgba(1,2,3,0.5)", 0.35, "rgba(1,2,3,0.5)")]
    [InlineData("teal", 0.35, "teal")]
    public void Lighten_mixes_hex_colours_with_white_and_leaves_other_notations_alone(string color, double amount, string expected) =>
        Assert.Equal(expected, ChartTheme.Lighten(color, amount));
}
