using Bunit;
using SalesOps.Dashboard.Components.Charts;
using SalesOps.Dashboard.Components.Pages.Accounts;
using SalesOps.Dashboard.Components.Pages.Overview;
using SalesOps.Dashboard.Components.Shared;
using SalesOps.Dashboard.Tests.Analytics;
using SalesOps.Dashboard.Tests.Infrastructure;
using static SalesOps.Dashboard.Tests.Charts.ChartConfig;

namespace SalesOps.Dashboard.Tests.Charts;

/// <summary>
/// The charts of the dashboards over the analytics accounts: Northwind scored 50 two weeks ago and 32 today, Fabrikam
/// 79 then 81, Contoso 74 today only. Chart.js must get the analytics service's numbers, and the table the same ones.
/// </summary>
public sealed class DashboardChartsTests : MudTestBase, IClassFixture<AnalyticsDatabase>
{
    private readonly AnalyticsDatabase _db;
    private readonly BunitJSModuleInterop _charts;

    public DashboardChartsTests(AnalyticsDatabase db)
    {
        _db = db;
        db.AddServices(Services);
        _charts = JSInterop.SetupModule(LineChart.ModulePath);
    }

    [Fact]
    public async Task Overview_trend_chart_gets_the_portfolio_trend_and_its_table_shows_the_same_numbers()
    {
        var trend = (await _db.Analytics().GetOverviewAsync()).Trend;

        var cut = Render<Overview>();

        // The overview draws two charts: the portfolio trend (a line) and the renewal pipeline (bars).
        await WaitForRendersAsync(_charts, 2);
        var config = Renders(_charts).Single(c => c.GetProperty("type").GetString() == "line");
        Assert.Equal(trend.Select(p => BrowserTime.Date(p.Date)), ChartLabels(config));
        Assert.Equal(["16 Feb 2026", "2 Mar 2026"], ChartLabels(config));
        Assert.Equal(trend.Select(p => (double?)Math.Round(p.Score, 1, MidpointRounding.AwayFromZero)), Values(config, 0));
        Assert.Equal([64.5, 62.3], Values(config, 0));                  // (50 + 79) / 2; (32 + 74 + 81) / 3
        Assert.Equal("Average health score", Dataset(config, 0).GetProperty("label").GetString());

        var figure = cut.Find("figure[aria-label='Average health score of the portfolio']");
        var rows = TableRows(figure);
        Assert.Equal(ChartLabels(config), rows.Select(r => r.Label));
        Assert.Equal(["64.5", "62.3"], rows.Select(r => Assert.Single(r.Cells)));
        // The tile rounds the average the same way as the chart's last point.
        Assert.Equal(rows[^1].Cells[0], cut.Find("[data-testid=kpi-average-health] .kpi-value").TextContent.Trim());
    }

    [Fact]
    public async Task Overview_pipeline_chart_stacks_the_ARR_up_for_renewal_per_month_by_band_as_the_analytics_service_counts_it()
    {
        var pipeline = (await _db.Analytics().GetOverviewAsync()).Pipeline;

        var cut = Render<Overview>();

        await WaitForRendersAsync(_charts, 2);
        var config = Renders(_charts).Single(c => c.GetProperty("type").GetString() == "bar");
        Assert.Equal(pipeline.Select(m => m.Label), ChartLabels(config));
        Assert.Equal(12, ChartLabels(config).Count);
        Assert.Equal("Mar 2026", ChartLabels(config)[0]);
        Assert.True(At(config, "options.scales.x.stacked").GetBoolean());
        Assert.True(At(config, "options.scales.y.stacked").GetBoolean());
        Assert.Equal("currency", At(config, "options.scales.y.ticks.format.style").GetString());

        // Litware (not scored, $15,000) renews in March, Northwind (at risk, $120,000) in April, Fabrikam ($60,000) in
        // September and Contoso ($40,000) in December, both healthy; no account is in Watch, so Watch gets no series.
        var series = config.GetProperty("data").GetProperty("datasets").EnumerateArray().Select(d => d.GetProperty("label").GetString()).ToList();
        Assert.Equal(["Healthy", "At risk", "Not scored"], series);
        double?[] Months(params (int Month, double Arr)[] values) =>
            [.. Enumerable.Range(0, 12).Select(i => (double?)values.Where(v => v.Month == i).Sum(v => v.Arr))];
        Assert.Equal(Months((6, 60_000), (9, 40_000)), Values(config, 0));
        Assert.Equal(Months((1, 120_000)), Values(config, 1));
        Assert.Equal(Months((0, 15_000)), Values(config, 2));
        Assert.Equal(pipeline.Select(m => (double?)(double)m.Arr), Enumerable.Range(0, 12).Select(i => (double?)(Values(config, 0)[i] + Values(config, 1)[i] + Values(config, 2)[i])));

        var rows = TableRows(cut.Find("[data-testid=chart-pipeline]"));
        Assert.Equal(["$0", "$120,000", "$0"], rows[1].Cells);
        Assert.Equal(["$0", "$0", "$15,000"], rows[0].Cells);
        Assert.Equal("renewals", cut.FindAll("a").Single(a => a.TextContent.Trim() == "Renewal pipeline").GetAttribute("href"));
    }

    [Fact]
    public async Task Account_health_card_charts_the_account_score_trend_next_to_its_explanation()
    {
        var health = (await _db.Analytics().GetAccountHealthAsync(_db.Northwind))!;

        var cut = Render<AccountHealthCard>(p => p.Add(c => c.AccountId, _db.Northwind));

        cut.WaitForAssertion(() => Assert.Single(_charts.Invocations["render"]));
        Assert.Equal("32", cut.Find("[data-testid=health-score]").TextContent.Trim());
        Assert.Contains(AnalyticsDatabase.NorthwindBandReason, cut.Find("[data-testid=health-reasons]").TextContent, StringComparison.Ordinal);
        var config = Renders(_charts)[0];
        Assert.Equal(health.Trend.Select(p => BrowserTime.Date(p.Date)), ChartLabels(config));
        Assert.Equal([50.0, 32.0], Values(config, 0));
        Assert.Equal(["50", "32"], TableRows(cut.Find("figure[aria-label='Health score trend']")).Select(r => Assert.Single(r.Cells)));
    }
}
