using SalesOps.Core.Domain;
using SalesOps.Core.Renewals;
using SalesOps.Services.Analytics;
using SalesOps.Services.Configuration;
using SalesOps.Services.Tests.Infrastructure;

namespace SalesOps.Services.Tests.Analytics;

/// <summary>
/// A small renewal book; "today" is 2 March 2026, so the window is 2 Mar 2026 – 28 Feb 2027. Default likelihoods
/// (Healthy 90 %, Watch 70 %, At risk 40 %; not scored counts 0).
/// <list type="bullet">
/// <item>Apex — Healthy, $100,000, renews 20 Mar 2026, not at risk; renewal deals: Negotiation closing 15 Mar 2026 (nearest) and Closed won closing 20 Mar 2025 → Committed.</item>
/// <item>Birch — Watch, $50,000, renews 25 Mar 2026, at risk, at stake $15,000; Proposal → In progress.</item>
/// <item>Cedar — At risk, $40,000, renews 10 Apr 2026, at risk, at stake $24,000; Closed lost → Churned. Owner Pat.</item>
/// <item>Dune — not scored, $10,000, renews 30 Apr 2026; only an expansion deal → Not started.</item>
/// <item>Elm — Healthy, $30,000, renews 15 Jun 2026; Closed won → Renewed. Owner Pat.</item>
/// <item>Fjord (churned), Glen (renews after the window), Holt (renewed yesterday) are left out.</item>
/// </list>
/// </summary>
public sealed class RenewalPipelineFixture : IAsyncLifetime
{
    public SqliteTestDatabase Database { get; } = SqliteTestDatabase.Create();

    public int Pat { get; private set; }

    public async Task InitializeAsync()
    {
        await Database.MigrateAsync();
        await using var db = Database.CreateContext();
        var now = TestClock.Now;
        var csm = new TeamMember { Name = "Casey Csm", Email = "casey@example.test", Role = TeamRole.Success };
        var olive = new TeamMember { Name = "Olive Ae", Email = "olive@example.test", Role = TeamRole.Sales };
        var pat = new TeamMember { Name = "Pat Ae", Email = "pat@example.test", Role = TeamRole.Sales };
        db.TeamMembers.AddRange(csm, olive, pat);

        Account Account(string name, decimal arr, DateOnly renews, TeamMember owner, HealthBand? band, bool atRisk = false, decimal atStake = 0m) => new()
        {
            Name = name, Domain = name.ToLowerInvariant() + ".example", Industry = "Software", Segment = Segment.MidMarket, Plan = "Business",
            Arr = arr, ContractStart = renews.AddYears(-1), RenewalDate = renews, Lifecycle = Lifecycle.Active, Csm = csm, Owner = owner,
            CreatedAt = now.AddYears(-1), UpdatedAt = now.AddYears(-1),
            Health = band is null ? new CurrentHealth() : new CurrentHealth { Score = 50, Band = band, Confidence = 80, IsAtRisk = atRisk, ArrAtStake = atStake, ComputedAt = now },
        };

        var apex = Account("Apex", 100_000m, new(2026, 3, 20), olive, HealthBand.Healthy, atStake: 10_000m);
        var birch = Account("Birch", 50_000m, new(2026, 3, 25), olive, HealthBand.Watch, true, 15_000m);
        var cedar = Account("Cedar", 40_000m, new(2026, 4, 10), pat, HealthBand.AtRisk, true, 24_000m);
        var dune = Account("Dune", 10_000m, new(2026, 4, 30), olive, null);
        var elm = Account("Elm", 30_000m, new(2026, 6, 15), pat, HealthBand.Healthy);
        var fjord = Account("Fjord", 70_000m, new(2026, 3, 10), olive, HealthBand.Healthy);
        fjord.Lifecycle = Lifecycle.Churned;
        var glen = Account("Glen", 80_000m, new(2027, 6, 1), olive, HealthBand.Healthy);
        var holt = Account("Holt", 20_000m, new(2026, 3, 1), olive, HealthBand.Watch);
        db.Accounts.AddRange(apex, birch, cedar, dune, elm, fjord, glen, holt);
        await db.SaveChangesAsync();

        Opportunity Deal(Account a, OpportunityType type, OpportunityStage stage, DateOnly close) => new()
        {
            AccountId = a.Id, Name = $"{a.Name} {type}", Type = type, Stage = stage, Amount = a.Arr, CloseDate = close,
            CreatedAt = now.AddDays(-60), UpdatedAt = now.AddDays(-1),
        };

        db.Opportunities.AddRange(
            Deal(apex, OpportunityType.Renewal, OpportunityStage.Negotiation, new(2026, 3, 15)),
            Deal(apex, OpportunityType.Renewal, OpportunityStage.ClosedWon, new(2025, 3, 20)),
            Deal(birch, OpportunityType.Renewal, OpportunityStage.Proposal, new(2026, 3, 25)),
            Deal(cedar, OpportunityType.Renewal, OpportunityStage.ClosedLost, new(2026, 4, 1)),
            Deal(dune, OpportunityType.Expansion, OpportunityStage.ClosedWon, new(2026, 4, 30)),
            Deal(elm, OpportunityType.Renewal, OpportunityStage.ClosedWon, new(2026, 6, 1)));
        await db.SaveChangesAsync();
        Pat = pat.Id;
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();
}

public sealed class RenewalPipelineTests(RenewalPipelineFixture fixture) : IClassFixture<RenewalPipelineFixture>
{
    private AnalyticsService Analytics => new(fixture.Database.Factory, fixture.Database.Clock, new CrmConfigurationProvider(fixture.Database.Factory));

    private static decimal Band(RenewalPeriod p, HealthBand? band) => p.ByBand.Single(b => b.Band == band).Arr;

    [Fact]
    public async Task Months_hold_ARR_by_band_forecast_and_at_risk_worked_by_hand()
    {
        var pipeline = await Analytics.GetRenewalPipelineAsync();

        Assert.Equal(new DateOnly(2026, 3, 2), pipeline.From);
        Assert.Equal(new DateOnly(2027, 2, 28), pipeline.To);
        Assert.Equal(12, pipeline.Months.Count);
        var march = pipeline.Months[0];
        Assert.Equal(new DateOnly(2026, 3, 2), march.Start);
        Assert.Equal((2, 150_000m, 100_000m, 50_000m, 0m, 0m), (march.Renewals, march.Arr, Band(march, HealthBand.Healthy), Band(march, HealthBand.Watch), Band(march, HealthBand.AtRisk), Band(march, null)));
        Assert.Equal(125_000m, march.Forecast); // 100,000 × 90 % + 50,000 × 70 %
        Assert.Equal(15_000m, march.ArrAtRisk);

        var april = pipeline.Months[1];
        Assert.Equal((2, 50_000m, 40_000m, 10_000m), (april.Renewals, april.Arr, Band(april, HealthBand.AtRisk), Band(april, null)));
        Assert.Equal(16_000m, april.Forecast); // 40,000 × 40 %; not scored counts 0
        Assert.Equal(24_000m, april.ArrAtRisk);

        Assert.Equal((0, 0m, 0m, 0m), (pipeline.Months[2].Renewals, pipeline.Months[2].Arr, pipeline.Months[2].Forecast, pipeline.Months[2].ArrAtRisk));
        Assert.Equal((1, 30_000m, 27_000m, 0m), (pipeline.Months[3].Renewals, pipeline.Months[3].Arr, pipeline.Months[3].Forecast, pipeline.Months[3].ArrAtRisk));
        Assert.All(pipeline.Months.Skip(4), m => Assert.Equal(0m, m.Arr));
    }

    [Fact]
    public async Task Quarters_add_up_three_months()
    {
        var pipeline = await Analytics.GetRenewalPipelineAsync();

        Assert.Equal(4, pipeline.Quarters.Count);
        var q1 = pipeline.Quarters[0];
        Assert.Equal((4, 200_000m, 141_000m, 39_000m), (q1.Renewals, q1.Arr, q1.Forecast, q1.ArrAtRisk));
        Assert.Equal((100_000m, 50_000m, 40_000m, 10_000m), (Band(q1, HealthBand.Healthy), Band(q1, HealthBand.Watch), Band(q1, HealthBand.AtRisk), Band(q1, null)));
        Assert.Equal(new DateOnly(2026, 5, 31), q1.End);
        var q2 = pipeline.Quarters[1];
        Assert.Equal((1, 30_000m, 27_000m, 0m), (q2.Renewals, q2.Arr, q2.Forecast, q2.ArrAtRisk));
        Assert.Equal(0m, pipeline.Quarters[2].Arr + pipeline.Quarters[3].Arr);
    }

    [Fact]
    public async Task Renewals_list_carries_the_status_of_the_nearest_renewal_deal()
    {
        var pipeline = await Analytics.GetRenewalPipelineAsync();

        Assert.Equal(5, pipeline.Renewals.TotalCount);
        Assert.Equal(
            [("Apex", RenewalStatus.Committed), ("Birch", RenewalStatus.InProgress), ("Cedar", RenewalStatus.Churned), ("Dune", RenewalStatus.NotStarted), ("Elm", RenewalStatus.Renewed)],
            pipeline.Renewals.Items.Select(r => (r.Name, r.Status)));
        var cedar = pipeline.Renewals.Items[2];
        Assert.Equal((new DateOnly(2026, 4, 10), 40_000m, (HealthBand?)HealthBand.AtRisk, "Pat Ae", "Casey Csm"), (cedar.RenewalDate, cedar.Arr, cedar.Band, cedar.OwnerName, cedar.CsmName));
    }

    [Fact]
    public async Task Filters_and_paging_apply_in_the_query()
    {
        var byOwner = await Analytics.GetRenewalPipelineAsync(new RenewalPipelineQuery { OwnerId = fixture.Pat });
        Assert.Equal(["Cedar", "Elm"], byOwner.Renewals.Items.Select(r => r.Name));
        Assert.Equal(70_000m, byOwner.Quarters.Sum(q => q.Arr));

        var page = await Analytics.GetRenewalPipelineAsync(new RenewalPipelineQuery { Page = 1, PageSize = 2 });
        Assert.Equal(5, page.Renewals.TotalCount);
        Assert.Equal(["Cedar", "Dune"], page.Renewals.Items.Select(r => r.Name));
    }
}
