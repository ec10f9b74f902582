using System.Globalization;
using Microsoft.Playwright;
using SalesOps.Browser.Tests.Infrastructure;
using SalesOps.Browser.Tests.Pages;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Components.Charts;
using SalesOps.Dashboard.Components.Shared;
using static Microsoft.Playwright.Assertions;

namespace SalesOps.Browser.Tests.Dashboards;

/// <summary>
/// The overview's health chart in a real Chromium: Chart.js paints it, its table and tooltips show the numbers it
/// draws (the analytics service's), it follows the theme and the window's width.
/// </summary>
public sealed class ChartDrawingTests(DashboardFixture app) : IClassFixture<DashboardFixture>
{
    [Fact]
    public async Task Overview_health_chart_draws_the_trend_and_its_table_and_tooltip_show_the_same_numbers()
    {
        var trend = (await HealthReady.OverviewAsync(app)).Trend;
        Assert.True(trend.Count >= 2, "The health history should give the overview at least two trend points.");

        await using var session = await app.NewSignedInSessionAsync(AppRoles.Viewer);
        await session.RunAsync(async () =>
        {
            var home = new OverviewPage(session.Page);
            await home.GotoAsync();
            var chart = home.TrendChart;

            var paint = await chart.WaitForDrawnAsync();

            Assert.Equal("#1e88e5", paint.Color);
            Assert.InRange(paint.Painted, paint.Line, paint.Total - 1);   // drawn, and not a filled rectangle
            var data = await chart.DataAsync();
            var series = Assert.Single(data.Datasets);
            Assert.Equal("Average health score", series.Label);
            Assert.Equal(trend.Select(p => BrowserTime.Date(p.Date)), data.Labels);
            Assert.Equal(trend.Select(p => (double?)Math.Round(p.Score, 1, MidpointRounding.AwayFromZero)), series.Data);

            var table = await chart.TableAsync();
            Assert.Equal(data.Labels, table.Select(r => r.Label));
            Assert.Equal(series.Data, table.Select(r => (double?)double.Parse(Assert.Single(r.Cells), NumberStyles.Number, CultureInfo.InvariantCulture)));

            var last = data.Labels.Count - 1;
            var (title, lines) = await chart.HoverPointAsync(last);
            Assert.Equal(data.Labels[last], title);
            Assert.Equal($"Average health score: {table[last].Cells[0]}", Assert.Single(lines));
            Assert.Empty(session.Problems);
        });
    }

    [Fact]
    public async Task Overview_health_chart_follows_dark_mode_and_the_window_width()
    {
        await HealthReady.OverviewAsync(app);

        await using var session = await app.NewSignedInSessionAsync(AppRoles.Viewer);
        await session.RunAsync(async () =>
        {
            var home = new OverviewPage(session.Page);
            await home.GotoAsync();
            var chart = home.TrendChart;
            await chart.WaitForDrawnAsync();
            Assert.Equal(ChartTheme.Light.Text, await chart.OptionAsync("scales.x.ticks.color"));

            await home.ThemeToggle.ClickAsync();

            await Expect(home.ThemeToggle).ToHaveAccessibleNameAsync("Switch to light theme");
            await session.Page.WaitForFunctionAsync(
                "([canvas, color]) => Chart.getChart(canvas)?.options.scales.x.ticks.color === color",
                new object[] { await chart.Canvas.ElementHandleAsync(), ChartTheme.Dark.Text });
            var dark = await chart.WaitForDrawnAsync();
            Assert.Equal(ChartTheme.Dark.SeriesColor("#1e88e5"), dark.Color);
            Assert.Equal(ChartTheme.Dark.Text, await chart.OptionAsync("plugins.legend.labels.color"));
            Assert.Equal(ChartTheme.Dark.TooltipBackground, await chart.OptionAsync("plugins.tooltip.backgroundColor"));

            // The choice is kept: loading the page again draws the chart dark.
            await home.GotoAsync();
            await chart.WaitForDrawnAsync();
            await session.Page.WaitForFunctionAsync(
                "([canvas, color]) => Chart.getChart(canvas)?.options.scales.x.ticks.color === color",
                new object[] { await chart.Canvas.ElementHandleAsync(), ChartTheme.Dark.Text });

            var wide = await chart.Canvas.EvaluateAsync<int>("canvas => Chart.getChart(canvas).width");
            await session.Page.SetViewportSizeAsync(600, 900);
            // Responsive: Chart.js follows its box to the phone-sized window (one column, no drawer) and draws again.
            await session.Page.WaitForFunctionAsync(
                "([canvas, wide]) => { const c = Chart.getChart(canvas); return c.width !== wide && Math.abs(c.width - canvas.parentElement.clientWidth) <= 1; }",
                new object[] { await chart.Canvas.ElementHandleAsync(), wide });
            await chart.WaitForDrawnAsync();
            Assert.Empty(session.Problems);
        });
    }
}
