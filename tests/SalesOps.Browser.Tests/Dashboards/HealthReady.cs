using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Browser.Tests.Infrastructure;
using SalesOps.Core.Security;
using SalesOps.Services.Analytics;

namespace SalesOps.Browser.Tests.Dashboards;

/// <summary>
/// After start-up the app scores health in the background twice over: the first-start job writes 12 weeks of history
/// and today's scores, and the recompute-on-change worker rescores, one after another, the accounts the demo seeding
/// touched (and the expansion signals it detects on the way). Until both are done the dashboards' numbers move under a
/// test, so tests wait until the history is there and the numbers have held still for a few seconds; then they read
/// what the pages should show.
/// </summary>
public static class HealthReady
{
    /// <summary>Weekly portfolio points the first-start history gives the overview: 12 weeks back and today.</summary>
    public const int HistoryPoints = 13;

    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);
    private const int SteadyReads = 5;

    public static async Task<PortfolioOverview> OverviewAsync(DashboardFixture app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var deadline = DateTime.UtcNow.AddMinutes(3);
        string? previous = null;
        var steady = 0;
        while (true)
        {
            var overview = await AskAsync(app, a => a.GetOverviewAsync());
            var atRisk = await AskAsync(app, a => a.GetAtRiskAsync(new AtRiskQuery { PageSize = AnalyticsService.MaxAtRiskPageSize }));
            var complete = overview.HasHealth && overview.Trend.Count >= HistoryPoints;
            // Everything but the moment each answer was computed.
            var kpis = overview.Kpis with { Portfolio = overview.Kpis.Portfolio with { AsOf = default } };
            var numbers = JsonSerializer.Serialize(new { kpis, overview.Bands, overview.Trend, overview.TopAtRisk, atRisk });
            steady = complete && numbers == previous ? steady + 1 : 1;
            previous = numbers;
            if (complete && steady >= SteadyReads)
            {
                return overview;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(
                    $"Health did not settle within three minutes of start-up: {overview.Kpis.ScoredAccounts} of {overview.Kpis.Portfolio.Accounts} accounts scored, {overview.Trend.Count} trend points.");
            }

            await Task.Delay(Poll);
        }
    }

    /// <summary>Asks the running app's analytics service as a signed-in Viewer.</summary>
    public static async Task<T> AskAsync<T>(DashboardFixture app, Func<IAnalyticsService, Task<T>> ask)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(ask);
        await using var scope = app.CreateScopeAs(AppRoles.Viewer);
        return await ask(scope.ServiceProvider.GetRequiredService<IAnalyticsService>());
    }
}
