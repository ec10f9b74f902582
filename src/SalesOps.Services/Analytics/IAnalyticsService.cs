using SalesOps.Core.Security;
using SalesOps.Services.Security;

namespace SalesOps.Services.Analytics;

/// <summary>
/// The one source of the dashboards' numbers: pages, the wall display, exports and the API all read them here, and
/// every aggregate runs in the database.
/// </summary>
public interface IAnalyticsService
{
    /// <summary>Accounts, ARR, open tickets and escalations, renewals due in the next 90 days and open expansion signals.</summary>
    [RequiresPolicy(Policies.ViewCustomers)]
    Task<PortfolioSummary> GetPortfolioSummaryAsync(CancellationToken ct = default);
}
