using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Domain;
using SalesOps.Core.Handoffs;
using SalesOps.Dashboard.Tests.Infrastructure;

namespace SalesOps.Dashboard.Tests.Handoffs;

/// <summary>
/// The seeded database (whose 30 accounts have no handoffs of their own) plus seven handoffs laid out for the board:
/// in progress on time and overdue in every stage, one with a promised deliverable past its date, two completed (one
/// within the 14-day SLA, one late) and one cancelled, which the board never shows.
/// </summary>
public sealed class HandoffBoardDatabase : IAsyncLifetime, IDisposable
{
    public SeededDatabase Seeded { get; } = new();

    public async Task InitializeAsync()
    {
        await Seeded.InitializeAsync();
        await using var db = Seeded.CreateContext();
        var accounts = await db.Accounts.Where(a => a.CsmId != null && a.OwnerId != null).OrderBy(a => a.Id).Take(7).ToListAsync();
        Assert.Equal(7, accounts.Count);
        var now = SeededDatabase.Now;
        var today = DateOnly.FromDateTime(now.UtcDateTime);

        Handoff Add(Account account, string deal, int closedDaysAgo, HandoffStage stage, HandoffStatus status = HandoffStatus.InProgress, int? completedAfterDays = null)
        {
            var closed = now.AddDays(-closedDaysAgo);
            var opportunity = new Opportunity
            {
                AccountId = account.Id, Name = deal, Type = OpportunityType.NewBusiness, Stage = OpportunityStage.ClosedWon, Amount = 36_000m,
                CloseDate = DateOnly.FromDateTime(closed.UtcDateTime), OwnerId = account.OwnerId, CreatedAt = closed.AddDays(-40), UpdatedAt = closed, ClosedAt = closed,
            };
            var handoff = new Handoff
            {
                Account = account, Opportunity = opportunity, OwnerId = account.OwnerId, CsmId = account.CsmId, Stage = stage, Status = status,
                TemplateName = DefaultHandoffTemplate.Name, TemplateVersion = DefaultHandoffTemplate.Version, ClosedWonAt = closed, CreatedAt = closed,
                UpdatedAt = closed, CompletedAt = completedAfterDays is { } days ? closed.AddDays(days) : null,
                Items = HandoffChecklist.ItemsFrom(new HandoffTemplate { Name = DefaultHandoffTemplate.Name, Items = DefaultHandoffTemplate.Items }),
            };
            foreach (var item in handoff.Items.Where(i => status == HandoffStatus.Completed || i.Stage < stage || i.Key == "deal_closed"))
            {
                item.CompletedAt = closed;
            }

            db.Handoffs.Add(handoff);
            return handoff;
        }

        Add(accounts[0], "On time, pre-handoff", 2, HandoffStage.PreHandoff);
        Add(accounts[1], "Overdue, information transfer", 20, HandoffStage.InformationTransfer).Deliverables.AddRange(
        [
            new HandoffDeliverable { Description = "Admin training", DueDate = today.AddDays(-5) },
            new HandoffDeliverable { Description = "Data migration", DueDate = today.AddDays(10) },
        ]);
        Add(accounts[2], "Overdue, post-handoff", 16, HandoffStage.PostHandoff);
        Add(accounts[3], "On time, deliverable late", 6, HandoffStage.InformationTransfer).Deliverables.Add(
            new HandoffDeliverable { Description = "Sandbox set up", DueDate = today.AddDays(-2) });
        Add(accounts[4], "Completed within SLA", 40, HandoffStage.PostHandoff, HandoffStatus.Completed, completedAfterDays: 10);
        Add(accounts[5], "Completed late", 60, HandoffStage.PostHandoff, HandoffStatus.Completed, completedAfterDays: 25);
        Add(accounts[6], "Cancelled", 30, HandoffStage.PreHandoff, HandoffStatus.Cancelled);
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Seeded.DisposeAsync();

    public void Dispose() => Seeded.Dispose();
}
