using SalesOps.Core.Security;
using SalesOps.Services.Common;
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

    /// <summary>
    /// The overview dashboard: KPI tiles (see <see cref="OverviewKpis"/> for what each number counts), accounts and ARR
    /// per health band plus "not scored", the portfolio's mean score per snapshot date over the last 13 weeks, and the
    /// five at-risk accounts with the most ARR.
    /// </summary>
    [RequiresPolicy(Policies.ViewCustomers)]
    Task<PortfolioOverview> GetOverviewAsync(CancellationToken ct = default);

    /// <summary>One page of the at-risk accounts (not churned) matching the query, with their reasons in words.</summary>
    [RequiresPolicy(Policies.ViewCustomers)]
    Task<PagedResult<AtRiskRow>> GetAtRiskAsync(AtRiskQuery query, CancellationToken ct = default);

    /// <summary>Every at-risk account matching the query's filters and sort (paging ignored) as CSV text with a header row.</summary>
    [RequiresPolicy(Policies.ViewCustomers)]
    Task<string> GetAtRiskCsvAsync(AtRiskQuery query, CancellationToken ct = default);

    /// <summary>One account's health explained (score, components in words, trend, biggest mover), or null when there is no such account.</summary>
    [RequiresPolicy(Policies.ViewCustomers)]
    Task<AccountHealth?> GetAccountHealthAsync(int accountId, CancellationToken ct = default);

    /// <summary>
    /// The renewal pipeline of the next 12 months (from today to the end of the 12th calendar month) by month and by
    /// quarter — ARR by health band, forecast, ARR at risk — and one page of the renewals with their status.
    /// </summary>
    [RequiresPolicy(Policies.ViewCustomers)]
    Task<RenewalPipeline> GetRenewalPipelineAsync(RenewalPipelineQuery? query = null, CancellationToken ct = default);

    /// <summary>
    /// Handoffs in progress and overdue, median days from close to completion, the share completed within the SLA and
    /// the share whose information transfer is complete (see <see cref="HandoffMetrics"/> for the windows).
    /// </summary>
    [RequiresPolicy(Policies.ViewCustomers)]
    Task<HandoffMetrics> GetHandoffMetricsAsync(CancellationToken ct = default);

    /// <summary>
    /// Expansion signals logged in the last <paramref name="windowDays"/> days: by state, trigger and source, the
    /// conversion signal → opportunity → won, and expansion ARR won from signals by trigger, team and rep.
    /// </summary>
    [RequiresPolicy(Policies.ViewCustomers)]
    Task<ExpansionOverview> GetExpansionAsync(int windowDays = AnalyticsService.ExpansionWindowDays, CancellationToken ct = default);

    /// <summary>The overview's KPI figures alone (<see cref="OverviewKpis"/>), without its trend, chart and lists.</summary>
    [RequiresPolicy(Policies.ViewCustomers)]
    Task<OverviewKpis> GetOverviewKpisAsync(CancellationToken ct = default);

    /// <summary>
    /// ARR at risk and the at-risk accounts with the most ARR at stake (at most
    /// <see cref="AnalyticsService.MaxShortListLength"/>), with their reasons in words.
    /// </summary>
    [RequiresPolicy(Policies.ViewCustomers)]
    Task<ArrAtRiskSummary> GetArrAtRiskAsync(int top = AnalyticsService.TopAtRiskCount, CancellationToken ct = default);

    /// <summary>Renewals of live accounts due within 30, 60 and 90 days: counts, ARR, and the at-risk ones among them.</summary>
    [RequiresPolicy(Policies.ViewCustomers)]
    Task<RenewalsDue> GetRenewalsDueAsync(CancellationToken ct = default);

    /// <summary>Open escalated tickets, the accounts they concern, and the accounts escalated longest.</summary>
    [RequiresPolicy(Policies.ViewCustomers)]
    Task<OpenEscalations> GetOpenEscalationsAsync(int top = AnalyticsService.TopAtRiskCount, CancellationToken ct = default);

    /// <summary>Expansion signals since Monday 00:00 UTC: counts by trigger, estimated ARR and the latest ones.</summary>
    [RequiresPolicy(Policies.ViewCustomers)]
    Task<ExpansionThisWeek> GetExpansionThisWeekAsync(int latest = AnalyticsService.TopAtRiskCount, CancellationToken ct = default);

    /// <summary>Handoffs in progress, those past the completion SLA, and the most overdue ones.</summary>
    [RequiresPolicy(Policies.ViewCustomers)]
    Task<OverdueHandoffs> GetOverdueHandoffsAsync(int top = AnalyticsService.TopAtRiskCount, CancellationToken ct = default);
}
