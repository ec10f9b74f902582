using System.Globalization;
using Microsoft.AspNetCore.Components;
using SalesOps.Dashboard.Components.Charts;
using SalesOps.Services.Analytics;

namespace SalesOps.Dashboard.Components.Pages.Overview;

/// <summary>The home dashboard: every number comes from <see cref="IAnalyticsService.GetOverviewAsync"/>.</summary>
public partial class Overview
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private PortfolioOverview? _overview;

    [Inject]
    private IAnalyticsService Analytics { get; set; } = default!;

    protected override async Task OnInitializedAsync() => _overview = await Analytics.GetOverviewAsync();

    // Live: the tiles, bands and charts take the new numbers in place (the charts redraw because their data changed).
    private async Task RefreshAsync() => _overview = await Analytics.GetOverviewAsync();

    // Presentation only: the width of a band's bar.
    private static double Share(int part, int whole) => whole <= 0 ? 0 : 100.0 * part / whole;

    private static List<ChartSeries> TrendSeries(PortfolioOverview o) =>
        [new("Average health score", o.Trend.Select(p => (double?)p.Score).ToList(), "#1e88e5")];

}
