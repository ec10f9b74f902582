using System.Globalization;
using SalesOps.Services.Analytics;
using SalesOps.Services.Common;

namespace SalesOps.Benchmarks.Scale;

/// <summary>
/// One measured dashboard read: the service call (through the app's authorizing proxy) and the same numbers in
/// hand-written SQL, each reduced to <see cref="DashboardFacts"/>.
/// </summary>
internal sealed record DashboardQuery(string Name, double BudgetMs, Func<Task<DashboardFacts>> Ours, Func<Task<DashboardFacts>> Raw)
{
    /// <summary>The overview, the at-risk list's first page (default sort) and the renewal pipeline (first page).</summary>
    public static IReadOnlyList<DashboardQuery> All(IAnalyticsService analytics, RawSql raw, DateOnly today)
    {
        var firstMonth = new DateOnly(today.Year, today.Month, 1);
        var to = firstMonth.AddMonths(AnalyticsService.RenewalPipelineMonths).AddDays(-1);
        var atRisk = new AtRiskQuery();
        var renewals = new RenewalPipelineQuery();
        return
        [
            new("Overview data", 300, async () => Facts(await analytics.GetOverviewAsync(), firstMonth), () => raw.OverviewAsync(today, to)),
            new("At-risk customers, first page", 150, async () => Facts(await analytics.GetAtRiskAsync(atRisk)),
                () => raw.AtRiskFirstPageAsync(atRisk.PageSize)),
            new("Renewal pipeline", 200, async () => Facts(await analytics.GetRenewalPipelineAsync(renewals), firstMonth),
                () => raw.RenewalPipelineAsync(today, to, renewals.PageSize)),
        ];
    }

    private static DashboardFacts Facts(PortfolioOverview overview, DateOnly firstMonth)
    {
        var k = overview.Kpis;
        var facts = new DashboardFacts()
            .Add("accounts", k.Portfolio.Accounts).Add("arr", k.Portfolio.TotalArr).Add("renewals90", k.Portfolio.RenewalsNext90Days)
            .Add("scored", k.ScoredAccounts).Add("atRisk", k.AtRiskAccounts).Add("arrAtRisk", k.ArrAtRisk)
            .Add("openTickets", k.Portfolio.OpenTickets).Add("openEscalations", k.Portfolio.OpenEscalations)
            .Add("openSignals", k.Portfolio.OpenExpansionSignals);
        foreach (var band in overview.Bands.Where(b => b.Accounts > 0))
        {
            facts.Add($"band {band.Band?.ToString() ?? "none"}", band.Accounts);
        }

        foreach (var point in overview.Trend)
        {
            facts.Add($"trend {Day(point.Date, "yyyy-MM-dd")}", point.Accounts);
        }

        AddMonths(facts, overview.Pipeline, firstMonth);
        return facts.AddList("top", overview.TopAtRisk.Select(r => (long)r.AccountId));
    }

    private static DashboardFacts Facts(PagedResult<AtRiskRow> page) =>
        new DashboardFacts().Add("total", page.TotalCount).AddList("row", page.Items.Select(r => (long)r.AccountId));

    private static DashboardFacts Facts(RenewalPipeline pipeline, DateOnly firstMonth)
    {
        var facts = new DashboardFacts().Add("total", pipeline.Renewals.TotalCount)
            .AddList("row", pipeline.Renewals.Items.Select(r => (long)r.AccountId));
        AddMonths(facts, pipeline.Months, firstMonth);
        return facts;
    }

    /// <summary>Renewals per month and band, as the pipeline chart and table show them.</summary>
    private static void AddMonths(DashboardFacts facts, IReadOnlyList<RenewalPeriod> months, DateOnly firstMonth)
    {
        for (var i = 0; i < months.Count; i++)
        {
            foreach (var band in months[i].ByBand.Where(b => b.Accounts > 0))
            {
                facts.Add($"{Day(firstMonth.AddMonths(i), "yyyy-MM")} {band.Band?.ToString() ?? "none"}", band.Accounts);
            }
        }
    }

    private static string Day(DateOnly date, string format) => date.ToString(format, CultureInfo.InvariantCulture);
}
