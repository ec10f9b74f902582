using SalesOps.Core.Domain;
using SalesOps.Services.Analytics;
using SalesOps.Services.Configuration;
using SalesOps.Services.Tests.Infrastructure;

namespace SalesOps.Services.Tests.Expansion;

/// <summary>The expansion figures of the analytics service on six signals worked out by hand.</summary>
public sealed class ExpansionMetricsTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = SqliteTestDatabase.Create();

    public async Task InitializeAsync()
    {
        await _database.MigrateAsync();
        var now = _database.Clock.GetUtcNow();
        await using var db = _database.CreateContext();
        var ana = new TeamMember { Name = "Ana Rep", Email = "ana@example.test", Role = TeamRole.Support, Team = "Support EMEA" };
        var bo = new TeamMember { Name = "Bo Rep", Email = "bo@example.test", Role = TeamRole.Support, Team = "Support NA" };
        var account = new Account { Name = "Fixed Co", Domain = "fixed.example", ContractStart = new DateOnly(2025, 1, 1), RenewalDate = new DateOnly(2027, 1, 1) };
        Opportunity Deal(OpportunityStage stage, decimal amount) =>
            new() { Account = account, Name = $"Expansion {amount}", Type = OpportunityType.Expansion, Stage = stage, Amount = amount, CloseDate = new DateOnly(2026, 3, 1) };
        ExpansionSignal Signal(TeamMember? rep, ExpansionTrigger trigger, SignalStatus status, Opportunity? deal, int daysAgo, SignalSource source = SignalSource.Logged) =>
            new() { Account = account, LoggedBy = rep, Trigger = trigger, Status = status, Opportunity = deal, LoggedAt = now.AddDays(-daysAgo), Source = source, Context = "c", AcknowledgedAt = status == SignalStatus.Logged ? null : now.AddDays(-daysAgo) };

        db.ExpansionSignals.AddRange(
            Signal(ana, ExpansionTrigger.NeedForMoreCapacity, SignalStatus.OpportunityCreated, Deal(OpportunityStage.ClosedWon, 10_000m), 40),
            Signal(ana, ExpansionTrigger.NeedForMoreCapacity, SignalStatus.OpportunityCreated, Deal(OpportunityStage.Proposal, 7_000m), 20),
            Signal(ana, ExpansionTrigger.HighSatisfaction, SignalStatus.Dismissed, null, 10),
            Signal(bo, ExpansionTrigger.AskingAboutHigherTierFeatures, SignalStatus.OpportunityCreated, Deal(OpportunityStage.ClosedWon, 5_000m), 30),
            Signal(null, ExpansionTrigger.ApproachingPlanLimits, SignalStatus.Logged, null, 9, SignalSource.Detected),
            // Outside the 365-day window: not counted anywhere.
            Signal(bo, ExpansionTrigger.NeedForMoreCapacity, SignalStatus.OpportunityCreated, Deal(OpportunityStage.ClosedWon, 99_000m), 400));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Conversion_and_won_arr_by_trigger_team_and_rep_match_the_hand_computed_figures()
    {
        var analytics = new AnalyticsService(_database.Factory, _database.Clock, new CrmConfigurationProvider(_database.Factory));

        var x = await analytics.GetExpansionAsync();

        Assert.Equal(5, x.Signals);
        Assert.Equal(1, x.Open);
        Assert.Equal(1, x.AcknowledgementOverdue);
        Assert.Equal(3, x.WithOpportunity);
        Assert.Equal(2, x.Won);
        Assert.Equal(15_000m, x.WonArr);
        Assert.Equal(0.6, x.OpportunityRate!.Value, precision: 6);
        Assert.Equal(new ExpansionFunnel<ExpansionTrigger>(ExpansionTrigger.NeedForMoreCapacity, 2, 2, 1, 10_000m),
            x.ByTrigger.Single(t => t.Key == ExpansionTrigger.NeedForMoreCapacity));
        Assert.Equal(8, x.ByTrigger.Count);
        Assert.Equal(4, x.BySource.Single(s => s.Key == SignalSource.Logged).Signals);
        Assert.Equal(["Support EMEA", "Support NA", "Detected or integration"], x.ByTeam.Select(t => t.Key));
        Assert.Equal(new ExpansionFunnel<string>("Support EMEA", 3, 2, 1, 10_000m), x.ByTeam[0]);
        Assert.Equal(["Ana Rep", "Bo Rep"], x.TopReps.Select(r => r.Key));
        Assert.Equal(3, x.ByStatus.Single(s => s.Key == SignalStatus.OpportunityCreated).Signals);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();
}
