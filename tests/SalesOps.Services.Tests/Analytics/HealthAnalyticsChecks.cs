using SalesOps.Services.Configuration;
using SalesOps.Core.Domain;
using SalesOps.Core.Health;
using SalesOps.Services.Analytics;
using SalesOps.Services.Tests.Infrastructure;

namespace SalesOps.Services.Tests.Analytics;

/// <summary>The health dashboards' numbers on <see cref="HealthAnalyticsDataset"/>, checked against hand-worked values; shared by the providers.</summary>
public static class HealthAnalyticsChecks
{
    public static AnalyticsService Service(TestDatabase database) => new(database.Factory, database.Clock, new CrmConfigurationProvider(database.Factory));

    public static async Task OverviewKpisMatchTheHandWorkedNumbersAsync(TestDatabase database)
    {
        var k = (await Service(database).GetOverviewAsync()).Kpis;

        Assert.Equal(5, k.Portfolio.Accounts);                      // Foxtrot churned
        Assert.Equal(380_000m, k.Portfolio.TotalArr);
        Assert.Equal(63.8, k.AverageHealth);                         // (30 + 55 + 80 + 90) / 4 = 63.75; Echo not scored
        Assert.Equal(4, k.ScoredAccounts);
        Assert.Equal(3, k.AtRiskAccounts);                           // Alpha, Bravo, Charlie
        Assert.Equal(77_000m, k.ArrAtRisk);                          // 60,000 + 15,000 + 2,000 at stake
        Assert.Equal(170_000m, k.ArrOfAtRiskAccounts);               // 100,000 + 50,000 + 20,000
        Assert.Equal(3, k.Portfolio.RenewalsNext90Days);              // Echo (10 d), Alpha (30 d), Charlie (60 d)
        Assert.Equal(130_000m, k.Portfolio.RenewalArrNext90Days);
        Assert.Equal(1, k.Portfolio.OpenEscalations);                 // Charlie's; Alpha's is solved
        Assert.Equal(1, k.Portfolio.OpenExpansionSignals);            // Delta's; Alpha's was dismissed
    }

    public static async Task BandsTrendAndTopAtRiskMatchTheHandWorkedNumbersAsync(TestDatabase database, HealthAnalyticsDataset set)
    {
        var overview = await Service(database).GetOverviewAsync();
        var today = HealthAnalyticsDataset.Today;

        Assert.True(overview.HasHealth);
        Assert.Equal(
            [new BandSlice(HealthBand.Healthy, 2, 220_000m), new BandSlice(HealthBand.Watch, 1, 50_000m),
             new BandSlice(HealthBand.AtRisk, 1, 100_000m), new BandSlice(null, 1, 10_000m)],
            overview.Bands);
        // Alpha's snapshot of 100 days ago is outside the 13 weeks; Foxtrot has churned.
        Assert.Equal(
            [new HealthTrendPoint(today.AddDays(-35), 69.3, 3), new HealthTrendPoint(today.AddDays(-7), 60.7, 3), new HealthTrendPoint(today, 63.8, 4)],
            overview.Trend);
        Assert.Equal([set.Alpha, set.Bravo, set.Charlie], overview.TopAtRisk.Select(r => r.AccountId));
    }

    public static async Task AtRiskListIsSortedByArrAtStakeWithReasonsInWordsAsync(TestDatabase database, HealthAnalyticsDataset set)
    {
        var page = await Service(database).GetAtRiskAsync(new AtRiskQuery());

        Assert.Equal(3, page.TotalCount);
        Assert.Equal([set.Alpha, set.Bravo, set.Charlie], page.Items.Select(r => r.AccountId));
        var alpha = page.Items[0];
        Assert.Equal(
            new AtRiskRow(set.Alpha, "Alpha, Inc.", Segment.Enterprise, 100_000m, 60_000m, HealthAnalyticsDataset.Today.AddDays(30),
                "Casey Csm", "Olive Ae", 30, HealthBand.AtRisk, alpha.Reasons),
            alpha);
        // The latest snapshot's reasons, not the older snapshot's "An old reason".
        Assert.Equal(
            [new AtRiskReason(AtRiskRule.AtRiskBand, HealthAnalyticsDataset.AlphaBandReason),
             new AtRiskReason(AtRiskRule.RenewalSoonNotHealthy, HealthAnalyticsDataset.AlphaRenewalReason)],
            alpha.Reasons);
        Assert.Equal([new AtRiskReason(AtRiskRule.ScoreDrop, HealthAnalyticsDataset.BravoDropReason)], page.Items[1].Reasons);
        Assert.Equal([new AtRiskReason(AtRiskRule.OpenEscalation, HealthAnalyticsDataset.CharlieEscalationReason)], page.Items[2].Reasons);
    }

    public static async Task AtRiskFiltersKeepTheMatchingAccountsAsync(TestDatabase database, HealthAnalyticsDataset set)
    {
        var analytics = Service(database);
        async Task<int[]> Ids(AtRiskQuery q) => [.. (await analytics.GetAtRiskAsync(q)).Items.Select(r => r.AccountId)];

        Assert.Equal([set.Alpha], await Ids(new AtRiskQuery { Segment = Segment.Enterprise }));
        Assert.Equal([set.Alpha, set.Charlie], await Ids(new AtRiskQuery { CsmId = set.Casey }));
        Assert.Equal([set.Charlie], await Ids(new AtRiskQuery { OwnerId = set.Pat }));
        Assert.Equal([set.Alpha, set.Charlie], await Ids(new AtRiskQuery { RenewalWithinDays = 90 }));
        Assert.Equal([set.Alpha], await Ids(new AtRiskQuery { RenewalWithinDays = 30 }));
        // Alpha's older snapshot said ScoreDrop; only its latest counts.
        Assert.Equal([set.Bravo], await Ids(new AtRiskQuery { Reason = AtRiskRule.ScoreDrop }));
        Assert.Equal([set.Charlie], await Ids(new AtRiskQuery { Reason = AtRiskRule.OpenEscalation }));
        Assert.Equal([set.Alpha], await Ids(new AtRiskQuery { Reason = AtRiskRule.RenewalSoonNotHealthy }));
        Assert.Equal([set.Charlie], await Ids(new AtRiskQuery { CsmId = set.Casey, RenewalWithinDays = 90, Segment = Segment.Smb }));
    }

    public static async Task AtRiskSortsAndPagesInTheDatabaseAsync(TestDatabase database, HealthAnalyticsDataset set)
    {
        var analytics = Service(database);

        var second = await analytics.GetAtRiskAsync(new AtRiskQuery { PageSize = 2, Page = 1 });
        Assert.Equal(3, second.TotalCount);
        Assert.Equal([set.Charlie], second.Items.Select(r => r.AccountId));

        var byRenewal = await analytics.GetAtRiskAsync(new AtRiskQuery { Sort = AtRiskSort.RenewalDate, Descending = false });
        Assert.Equal([set.Alpha, set.Charlie, set.Bravo], byRenewal.Items.Select(r => r.AccountId));

        var byScore = await analytics.GetAtRiskAsync(new AtRiskQuery { Sort = AtRiskSort.Score, Descending = true });
        Assert.Equal([set.Charlie, set.Bravo, set.Alpha], byScore.Items.Select(r => r.AccountId));
    }
}
