namespace SalesOps.Services.Analytics;

/// <summary>
/// The overview (home) dashboard: KPI tiles, the health-band distribution, the portfolio health trend, the top
/// at-risk accounts and the renewal pipeline's next twelve months (as on the renewals page). <see cref="HasHealth"/> is false until the snapshot job has scored at least one account; pages
/// then say that health is being computed instead of showing zeros.
/// </summary>
public sealed record PortfolioOverview(
    OverviewKpis Kpis,
    IReadOnlyList<BandSlice> Bands,
    IReadOnlyList<HealthTrendPoint> Trend,
    IReadOnlyList<AtRiskRow> TopAtRisk,
    IReadOnlyList<RenewalPeriod> Pipeline,
    DateTimeOffset AsOf)
{
    public bool HasHealth => Kpis.ScoredAccounts > 0;
}
