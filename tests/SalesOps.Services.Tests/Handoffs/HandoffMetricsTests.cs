using SalesOps.Core.Domain;
using SalesOps.Core.Handoffs;
using SalesOps.Services.Analytics;
using SalesOps.Services.Configuration;
using SalesOps.Services.Tests.Infrastructure;

namespace SalesOps.Services.Tests.Handoffs;

/// <summary>The handoff metrics of the analytics service on five handoffs whose figures are worked out by hand.</summary>
public sealed class HandoffMetricsTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = SqliteTestDatabase.Create();

    public async Task InitializeAsync()
    {
        await _database.MigrateAsync();
        var now = _database.Clock.GetUtcNow();
        await using var db = _database.CreateContext();
        var owner = new TeamMember { Name = "Sam Sales", Email = "sam@example.test", Role = TeamRole.Sales };
        var account = new Account { Name = "Fixed Co", Domain = "fixed.example", Owner = owner, ContractStart = new DateOnly(2025, 1, 1), RenewalDate = new DateOnly(2027, 1, 1) };
        db.Accounts.Add(account);

        // Completed after 10, 20 and 12 days (SLA 14): median 12, two of three within the SLA. All information transferred.
        Add(db, account, now.AddDays(-40), completedAfterDays: 10, allInformation: true);
        Add(db, account, now.AddDays(-60), completedAfterDays: 20, allInformation: true);
        Add(db, account, now.AddDays(-30), completedAfterDays: 12, allInformation: true);
        // In progress: one closed 20 days ago (overdue) in information transfer with an item missing; one 3 days ago in pre-handoff.
        Add(db, account, now.AddDays(-20), completedAfterDays: null, allInformation: false, HandoffStage.InformationTransfer);
        Add(db, account, now.AddDays(-3), completedAfterDays: null, allInformation: false, HandoffStage.PreHandoff);
        await db.SaveChangesAsync();
    }

    private static void Add(Data.SalesOpsDbContext db, Account account, DateTimeOffset closed, int? completedAfterDays, bool allInformation,
        HandoffStage stage = HandoffStage.PostHandoff)
    {
        var items = HandoffChecklist.ItemsFrom(new Core.Configuration.HandoffSettings().Templates[0]);
        foreach (var item in items.Where(i => i.Stage < stage || completedAfterDays is not null || (allInformation && i.Stage == HandoffStage.InformationTransfer)))
        {
            item.CompletedAt = closed.AddDays(1);
        }

        db.Handoffs.Add(new Handoff
        {
            Account = account,
            Opportunity = new Opportunity { Account = account, Name = $"Deal {closed:yyyyMMdd}", Type = OpportunityType.NewBusiness, Stage = OpportunityStage.ClosedWon, CloseDate = DateOnly.FromDateTime(closed.UtcDateTime) },
            Stage = stage, Status = completedAfterDays is null ? HandoffStatus.InProgress : HandoffStatus.Completed,
            ClosedWonAt = closed, CreatedAt = closed, UpdatedAt = closed, CompletedAt = completedAfterDays is { } d ? closed.AddDays(d) : null,
            TemplateName = DefaultHandoffTemplate.Name, TemplateVersion = 1, Items = items,
        });
    }

    [Fact]
    public async Task Median_sla_share_and_information_share_match_the_hand_computed_figures()
    {
        var analytics = new AnalyticsService(_database.Factory, _database.Clock, new CrmConfigurationProvider(_database.Factory));

        var metrics = await analytics.GetHandoffMetricsAsync();

        Assert.Equal(2, metrics.InProgress);
        Assert.Equal(1, metrics.Overdue);
        Assert.Equal(3, metrics.CompletedInWindow);
        Assert.Equal(12, metrics.MedianDaysToComplete!.Value, precision: 6);
        Assert.Equal(2.0 / 3, metrics.ShareCompletedWithinSla!.Value, precision: 6);
        // Past pre-handoff: the three completed and the one in information transfer; three of those four are complete.
        Assert.Equal(0.75, metrics.ShareWithAllInformation!.Value, precision: 6);
        Assert.Equal(14, metrics.SlaDays);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();
}
