using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Domain;
using SalesOps.Core.Handoffs;
using SalesOps.Dashboard.Tests.Infrastructure;

namespace SalesOps.Dashboard.Tests.Handoffs;

/// <summary>
/// Handoffs and deals written into the seeded database for the account page's tests, each on an account that had no
/// handoff yet, so the page's summary is exactly the one written here.
/// </summary>
internal static class AccountHandoffSeed
{
    public static readonly DateOnly Today = DateOnly.FromDateTime(SeededDatabase.Now.UtcDateTime);

    public const string Goals = "Replace the finance team's spreadsheets; first region live by the end of the quarter.";
    public const string Technical = "SAML SSO with Okta and SCIM provisioning.";
    public const string Terms = "Price locked for 24 months.";
    public const string NextSteps = "Weekly onboarding calls until go-live.";

    /// <summary>Marks the deals written here, so each test gets an account of its own.</summary>
    private const string TestDeal = "test-deal";

    /// <summary>What was written: the account, the handoff and who owns the deal.</summary>
    public sealed record Written(int AccountId, int HandoffId, string OwnerName, string DecisionMaker);

    /// <summary>
    /// A handoff won <paramref name="wonDaysAgo"/> days ago with every piece of context filled in: two deliverables past
    /// their date and not delivered (when <paramref name="overdue"/>), one delivered, one due later; a decision maker and a
    /// champion as stakeholders.
    /// </summary>
    public static async Task<Written> HandoffAsync(SeededDatabase database, int wonDaysAgo, bool overdue)
    {
        await using var db = database.CreateContext();
        var account = await FreeAccountAsync(db);
        var owner = await db.TeamMembers.AsNoTracking().Where(t => t.Role == TeamRole.Sales).OrderBy(t => t.Id).FirstAsync();
        var won = SeededDatabase.Now.AddDays(-wonDaysAgo);
        var deal = new Opportunity
        {
            AccountId = account.Id, Name = $"{account.Name} platform", Type = OpportunityType.NewBusiness, Stage = OpportunityStage.ClosedWon,
            Amount = 60_000m, CloseDate = DateOnly.FromDateTime(won.UtcDateTime), ClosedAt = won, OwnerId = owner.Id,
            CreatedAt = won.AddDays(-40), UpdatedAt = won, CrmId = TestDeal,
        };
        var decisionMaker = new Contact
        {
            AccountId = account.Id, FirstName = "Dana", LastName = $"Decider{account.Id}", Email = $"dana{account.Id}@example.test", Title = "CFO",
            Role = ContactRole.DecisionMaker, CreatedAt = won, UpdatedAt = won,
        };
        var champion = new Contact
        {
            AccountId = account.Id, FirstName = "Chris", LastName = $"Champion{account.Id}", Email = $"chris{account.Id}@example.test", Title = "Controller",
            Role = ContactRole.Champion, CreatedAt = won, UpdatedAt = won,
        };
        var handoff = new Handoff
        {
            AccountId = account.Id, Opportunity = deal, OwnerId = owner.Id, CsmId = account.CsmId, Stage = HandoffStage.InformationTransfer,
            Status = HandoffStatus.InProgress, TemplateName = DefaultHandoffTemplate.Name, TemplateVersion = DefaultHandoffTemplate.Version,
            ClosedWonAt = won, CreatedAt = won, UpdatedAt = won,
            GoalsAndUseCase = Goals, TechnicalRequirements = Technical, SpecialTerms = Terms, NextSteps = NextSteps,
            Deliverables =
            [
                new() { Description = "Admin training", DueDate = overdue ? Today.AddDays(-5) : Today.AddDays(5) },
                new() { Description = "Data migration", DueDate = overdue ? Today.AddDays(-1) : Today.AddDays(9) },
                new() { Description = "Kick-off workshop", DueDate = Today.AddDays(-3), DeliveredAt = SeededDatabase.Now.AddDays(-4) },
                new() { Description = "Custom report pack", DueDate = Today.AddDays(20) },
            ],
            Stakeholders =
            [
                new() { Contact = decisionMaker, Role = ContactRole.DecisionMaker, IsDecisionMaker = true },
                new() { Contact = champion, Role = ContactRole.Champion, IsDecisionMaker = false },
            ],
        };
        db.Handoffs.Add(handoff);
        await db.SaveChangesAsync();
        return new Written(account.Id, handoff.Id, owner.Name, decisionMaker.FullName);
    }

    /// <summary>An open new-business deal (in negotiation) on an account with a CSM and no handoff yet.</summary>
    public static async Task<Opportunity> OpenDealAsync(SeededDatabase database, string name)
    {
        await using var db = database.CreateContext();
        var account = await FreeAccountAsync(db);
        var owner = await db.TeamMembers.AsNoTracking().Where(t => t.Role == TeamRole.Sales).OrderBy(t => t.Id).FirstAsync();
        var deal = new Opportunity
        {
            AccountId = account.Id, Name = name, Type = OpportunityType.NewBusiness, Stage = OpportunityStage.Negotiation, Amount = 48_000m,
            CloseDate = Today.AddDays(5), OwnerId = owner.Id, CreatedAt = SeededDatabase.Now.AddDays(-30), UpdatedAt = SeededDatabase.Now.AddDays(-1),
            CrmId = TestDeal,
        };
        db.Opportunities.Add(deal);
        await db.SaveChangesAsync();
        return deal;
    }

    private static Task<Account> FreeAccountAsync(Data.SalesOpsDbContext db) =>
        db.Accounts.AsNoTracking().Where(a => a.CsmId != null && !db.Handoffs.Any(h => h.AccountId == a.Id))
            .Where(a => !db.Opportunities.Any(o => o.AccountId == a.Id && o.CrmId == TestDeal))
            .OrderBy(a => a.Id).FirstAsync();
}
