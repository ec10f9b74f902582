using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Tests.Infrastructure;
using SalesOps.Services.Analytics;
using SalesOps.Services.Security;

namespace SalesOps.Dashboard.Tests.Api;

/// <summary>
/// <see cref="SalesOpsAppFactory"/> with 60 demo accounts, ready once the app's background health work after start-up
/// is done, so the at-risk numbers hold still while a test compares them.
/// </summary>
public sealed class ScoredAppFactory : SalesOpsAppFactory, IAsyncLifetime
{
    public const int Accounts = 60;

    /// <summary>Weekly portfolio points the first-start history gives the overview: 12 weeks back and today.</summary>
    public const int HistoryPoints = 13;

    protected override IEnumerable<KeyValuePair<string, string>> ExtraSettings =>
    [
        new("Seed:Accounts", Accounts.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        // More than a person would send in a minute: the tests of this class share one address.
        new("Security:RateLimits:Api:PermitLimit", "1000"),
        new("Security:RateLimits:Login:PermitLimit", "1000"),
    ];

    public async Task InitializeAsync()
    {
        _ = Server;
        // Two background writers score health after start-up: the first-start job (12 weeks of history, then today)
        // and the recompute-on-change worker (one by one, the accounts the seeding touched and the expansion signals
        // it detects on the way). Wait until the history is there and the numbers have held still for a few seconds.
        var deadline = DateTime.UtcNow.AddMinutes(3);
        string? previous = null;
        var steady = 0;
        while (true)
        {
            var overview = await AsViewerAsync(a => a.GetOverviewAsync());
            var atRisk = await AsViewerAsync(a => a.GetAtRiskAsync(new AtRiskQuery { PageSize = AnalyticsService.MaxAtRiskPageSize }));
            var complete = overview.HasHealth && overview.Trend.Count >= HistoryPoints;
            // Everything but the moment each answer was computed.
            var kpis = overview.Kpis with { Portfolio = overview.Kpis.Portfolio with { AsOf = default } };
            var numbers = JsonSerializer.Serialize(new { kpis, overview.Bands, overview.Trend, atRisk });
            steady = complete && numbers == previous ? steady + 1 : 1;
            previous = numbers;
            if (complete && steady >= 5)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(
                    $"Health did not settle within three minutes of start-up: {overview.Kpis.ScoredAccounts} of {overview.Kpis.Portfolio.Accounts} accounts scored, {overview.Trend.Count} trend points.");
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>Asks the app's analytics service, as a signed-in Viewer would through a page.</summary>
    public Task<T> AsViewerAsync<T>(Func<IAnalyticsService, Task<T>> ask) => AsViewerAsync<IAnalyticsService, T>(ask);

    /// <summary>Asks one of the app's services, as a signed-in Viewer would through a page.</summary>
    public async Task<T> AsViewerAsync<TService, T>(Func<TService, Task<T>> ask)
        where TService : notnull
    {
        ArgumentNullException.ThrowIfNull(ask);
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, DemoSignIn.DemoEmail(AppRoles.Viewer)), new Claim(ClaimTypes.Role, AppRoles.Viewer)], "Test")));
        return await ask(scope.ServiceProvider.GetRequiredService<TService>());
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
