using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Domain;
using SalesOps.Core.Support;
using SalesOps.Data.Seeding;
using SalesOps.Services.Tests.Infrastructure;

namespace SalesOps.Services.Tests.Seeding;

/// <summary>What must hold for the demo company on every provider; the per-provider test classes call these.</summary>
public static class DemoDataChecks
{
    public static async Task MigrationsAreAllAppliedAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var known = db.Database.GetMigrations().ToList();
        Assert.NotEmpty(known);
        Assert.Equal(known, await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    public static async Task EveryKindOfRecordIsWrittenAndCountedAsync(TestDatabase database, DemoDataSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        await using var db = database.CreateContext();
        Assert.Equal(DemoCompany.Accounts, summary.Accounts);

        var reported = new Dictionary<string, int>
        {
            ["TeamMembers"] = summary.TeamMembers,
            ["Accounts"] = summary.Accounts,
            ["Contacts"] = summary.Contacts,
            ["Opportunities"] = summary.Opportunities,
            ["Activities"] = summary.Activities,
            ["SupportTickets"] = summary.Tickets,
            ["UsageSnapshots"] = summary.UsageSnapshots,
            ["RevenueEvents"] = summary.RevenueEvents,
            ["Handoffs"] = summary.Handoffs,
            ["ExpansionSignals"] = summary.ExpansionSignals,
        };
        var stored = new Dictionary<string, int>
        {
            ["TeamMembers"] = await db.TeamMembers.CountAsync(),
            ["Accounts"] = await db.Accounts.CountAsync(),
            ["Contacts"] = await db.Contacts.CountAsync(),
            ["Opportunities"] = await db.Opportunities.CountAsync(),
            ["Activities"] = await db.Activities.CountAsync(),
            ["SupportTickets"] = await db.SupportTickets.CountAsync(),
            ["UsageSnapshots"] = await db.UsageSnapshots.CountAsync(),
            ["RevenueEvents"] = await db.RevenueEvents.CountAsync(),
            ["Handoffs"] = await db.Handoffs.CountAsync(),
            ["ExpansionSignals"] = await db.ExpansionSignals.CountAsync(),
        };

        Assert.Equal(reported, stored);
        Assert.All(stored, kind => Assert.True(kind.Value > 0, $"No {kind.Key} were written."));
        Assert.True(await db.OpportunityStageChanges.AnyAsync(), "No opportunity stage changes were written.");
        Assert.True(await db.HandoffItems.AnyAsync(), "No handoff checklist items were written.");
    }

    public static async Task SomeTicketsAreUnlinkedAsync(TestDatabase database, DemoDataSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        await using var db = database.CreateContext();
        var unlinked = await db.SupportTickets.CountAsync(t => t.AccountId == null);
        Assert.True(unlinked > 0, "The demo company should have unlinked tickets for the data-quality checks to find.");
        Assert.Equal(summary.UnlinkedTickets, unlinked);
    }

    public static async Task OpportunitiesCoverEveryStageAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var stages = await db.Opportunities.Select(o => o.Stage).Distinct().ToListAsync();
        Assert.Equal(Enum.GetValues<OpportunityStage>().Order(), stages.Order());
    }

    public static async Task EscalationsHandoffsAndSignalsExistAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        Assert.True(await db.SupportTickets.AnyAsync(t => t.EscalatedAt != null && t.EscalationReason != null), "No escalated tickets.");
        Assert.True(await db.Accounts.AnyAsync(a => a.Support.HasOpenEscalation), "No account has an open escalation.");
        Assert.True(await db.Handoffs.AnyAsync(h => h.Status == HandoffStatus.InProgress || h.Status == HandoffStatus.Completed), "No handoffs.");
        Assert.True(await db.ExpansionSignals.AnyAsync(), "No expansion signals.");
    }

    public static async Task StoredSupportFieldsEqualWhatTicketsSayAsync(TestDatabase database)
    {
        var now = database.Clock.GetUtcNow();
        await using var db = database.CreateContext();
        var accounts = await db.Accounts.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
        var tickets = (await db.SupportTickets.AsNoTracking().Where(t => t.AccountId != null).ToListAsync())
            .ToLookup(t => t.AccountId!.Value, TicketFacts.From);

        var mismatches = new List<string>();
        foreach (var account in accounts)
        {
            var stored = account.Support;
            var derived = SupportFieldsCalculator.Derive(tickets[account.Id], now);
            void Check<T>(string field, T expected, T actual)
            {
                if (!EqualityComparer<T>.Default.Equals(expected, actual))
                {
                    mismatches.Add($"{account.Name} (#{account.Id}) {field}: stored {actual}, tickets say {expected}");
                }
            }

            Check("CsatLast90Days", Round(derived.CsatLast90Days), Round(stored.CsatLast90Days));
            Check("CsatResponsesLast90Days", derived.CsatResponsesLast90Days, stored.CsatResponsesLast90Days);
            Check("OpenTicketCount", derived.OpenTicketCount, stored.OpenTicketCount);
            Check("LastInteractionAt", derived.LastInteractionAt, stored.LastInteractionAt);
            Check("EscalationCount", derived.EscalationCount, stored.EscalationCount);
            Check("EscalationsLast90Days", derived.EscalationsLast90Days, stored.EscalationsLast90Days);
            Check("LastEscalationAt", derived.LastEscalationAt, stored.LastEscalationAt);
            Check("HasOpenEscalation", derived.HasOpenEscalation, stored.HasOpenEscalation);
            Check("ComputedAt", now, stored.ComputedAt);
        }

        Assert.Equal(DemoCompany.Accounts, accounts.Count);
        Assert.Empty(mismatches);
        // Equal zeros everywhere would prove nothing: the company must have open tickets and rated tickets.
        Assert.Contains(accounts, a => a.Support.OpenTicketCount > 0);
        Assert.Contains(accounts, a => a.Support.CsatLast90Days is not null);
    }

    private static decimal? Round(decimal? csat) => csat is { } value ? Math.Round(value, 1) : null;
}
