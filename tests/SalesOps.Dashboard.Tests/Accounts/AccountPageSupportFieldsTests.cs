using System.Globalization;
using Bunit;
using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Domain;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Components.Pages.Accounts;
using SalesOps.Dashboard.Tests.Infrastructure;

namespace SalesOps.Dashboard.Tests.Accounts;

public sealed class AccountPageSupportFieldsTests : MudTestBase, IClassFixture<SeededDatabase>
{
    private static readonly TicketStatus[] Done = [TicketStatus.Solved, TicketStatus.Closed];
    private readonly SeededDatabase _db;

    public AccountPageSupportFieldsTests(SeededDatabase db)
    {
        _db = db;
        Services.AddRealAccountService(db);
        // A Success user: may see and edit customers (the card's edit button sits behind EditCustomers).
        this.AddAuthorization()
            .SetAuthorized("success@demo.salesops.example")
            .SetRoles(AppRoles.Success)
            .SetPolicies(Policies.ViewCustomers, Policies.EditCustomers);
    }

    [Fact]
    public async Task Edit_button_is_shown_to_a_role_that_may_edit_customers()
    {
        var account = await AccountWithTicketsAndEscalationAsync();

        var cut = Render<AccountPage>(p => p.Add(x => x.Id, account.Id));

        cut.WaitForAssertion(() => Assert.Equal(TierText(account.SupportTier), Field(cut, "support-tier")));
        Assert.Single(cut.FindAll("[data-testid=support-fields] button"), b => b.TextContent.Contains("Edit tier and contact", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Support_fields_show_what_the_accounts_tickets_say()
    {
        var account = await AccountWithTicketsAndEscalationAsync();
        var expected = await ExpectedFromTicketsAsync(account.Id);

        var cut = Render<AccountPage>(p => p.Add(x => x.Id, account.Id));

        cut.WaitForAssertion(() => Assert.Equal(TierText(account.SupportTier), Field(cut, "support-tier")));
        Assert.StartsWith(expected.PrimaryContactName + " ·", Field(cut, "support-primary-contact"), StringComparison.Ordinal);
        Assert.Equal(expected.OpenTickets.ToString(CultureInfo.CurrentCulture), Field(cut, "support-open-tickets"));
        Assert.Equal(expected.Csat, Field(cut, "support-csat"));
        Assert.Equal(expected.LastInteraction, Field(cut, "support-last-interaction"));
        Assert.StartsWith(expected.Escalations, Field(cut, "support-escalations"), StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=support-error]"));
    }

    [Fact]
    public async Task Saving_a_contact_of_another_account_is_refused_with_its_name_and_changes_nothing()
    {
        var account = await AccountWithTicketsAndEscalationAsync();
        Contact foreign;
        Account before;
        await using (var db = _db.CreateContext())
        {
            foreign = await db.Contacts.AsNoTracking().Include(c => c.Account).OrderBy(c => c.Id).FirstAsync(c => c.AccountId != account.Id);
            before = await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == account.Id);
        }

        var cut = Render<AccountPage>(p => p.Add(x => x.Id, account.Id));
        cut.WaitForAssertion(() => cut.FindComponent<SupportFieldsCard>());
        var card = cut.FindComponent<SupportFieldsCard>();
        var otherTier = before.SupportTier == SupportTier.Vip ? SupportTier.Standard : SupportTier.Vip;

        await cut.InvokeAsync(() => card.Instance.SaveAsync(otherTier, foreign.Id));
        // Called directly rather than from the Save button, so no event handler asks for the re-render.
        card.Render(_ => { });

        cut.WaitForAssertion(() =>
        {
            var error = cut.Find("[data-testid=support-error]").TextContent;
            Assert.Contains(foreign.Account!.Name, error, StringComparison.Ordinal);
            Assert.Contains($"{foreign.FirstName} {foreign.LastName}", error, StringComparison.Ordinal);
        });
        Assert.Equal(TierText(before.SupportTier), Field(cut, "support-tier"));
        await using (var db = _db.CreateContext())
        {
            var after = await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == account.Id);
            Assert.Equal(before.SupportTier, after.SupportTier);
            Assert.Equal(before.PrimarySupportContactId, after.PrimarySupportContactId);
            Assert.Equal(before.Version, after.Version);
            Assert.Equal(before.UpdatedAt, after.UpdatedAt);
        }
    }

    [Fact]
    public async Task Saving_a_new_tier_with_the_accounts_own_contact_shows_the_new_tier()
    {
        Account account;
        Contact own;
        await using (var db = _db.CreateContext())
        {
            // Not the account the other tests use, so their expectations stay put.
            var used = (await AccountWithTicketsAndEscalationAsync()).Id;
            account = await db.Accounts.AsNoTracking().OrderByDescending(a => a.Id)
                .FirstAsync(a => a.Id != used && a.PrimarySupportContactId != null && a.Contacts.Count > 1);
            own = await db.Contacts.AsNoTracking().Where(c => c.AccountId == account.Id && c.Id != account.PrimarySupportContactId)
                .OrderBy(c => c.Id).FirstAsync();
        }

        var newTier = account.SupportTier == SupportTier.Vip ? SupportTier.Priority : SupportTier.Vip;
        var cut = Render<AccountPage>(p => p.Add(x => x.Id, account.Id));
        cut.WaitForAssertion(() => Assert.Equal(TierText(account.SupportTier), Field(cut, "support-tier")));

        await cut.InvokeAsync(() => cut.FindComponent<SupportFieldsCard>().Instance.SaveAsync(newTier, own.Id));

        cut.WaitForAssertion(() =>
        {
            Assert.Equal(TierText(newTier), Field(cut, "support-tier"));
            Assert.StartsWith($"{own.FirstName} {own.LastName} ·", Field(cut, "support-primary-contact"), StringComparison.Ordinal);
        });
        Assert.Empty(cut.FindAll("[data-testid=support-error]"));

        var reloaded = Render<AccountPage>(p => p.Add(x => x.Id, account.Id));
        reloaded.WaitForAssertion(() => Assert.Equal(TierText(newTier), Field(reloaded, "support-tier")));
        await using (var db = _db.CreateContext())
        {
            var stored = await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == account.Id);
            Assert.Equal(newTier, stored.SupportTier);
            Assert.Equal(own.Id, stored.PrimarySupportContactId);
        }
    }

    private static string Field(IRenderedComponent<AccountPage> cut, string testId) =>
        Normalize(cut.Find($"[data-testid={testId}]").TextContent);

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string TierText(SupportTier tier) => tier switch
    {
        SupportTier.Standard => "Standard",
        SupportTier.Priority => "Priority",
        _ => "VIP",
    };

    /// <summary>
    /// The first account (by id) with a primary contact, open tickets, an escalation and both good and bad ratings in
    /// the CSAT window, so that every field has something to get wrong.
    /// </summary>
    private async Task<Account> AccountWithTicketsAndEscalationAsync()
    {
        var windowStart = SeededDatabase.Now.AddDays(-90).UtcTicks;
        await using var db = _db.CreateContext();
        var accounts = await db.Accounts.AsNoTracking().Where(a => a.PrimarySupportContactId != null).OrderBy(a => a.Id).ToListAsync();
        foreach (var account in accounts)
        {
            var tickets = await db.SupportTickets.AsNoTracking().Where(t => t.AccountId == account.Id).ToListAsync();
            if (tickets.Any(t => t.EscalatedAt != null)
                && tickets.Any(t => !Done.Contains(t.Status))
                && tickets.Any(t => t.SolvedAt?.UtcTicks > windowStart && t.Satisfaction == SatisfactionRating.Good)
                && tickets.Any(t => t.SolvedAt?.UtcTicks > windowStart && t.Satisfaction == SatisfactionRating.Bad))
            {
                return account;
            }
        }

        throw new InvalidOperationException($"The {SeededDatabase.AccountCount} seeded accounts have none with open tickets, mixed recent ratings and an escalation.");
    }

    /// <summary>The six support fields worked out from the ticket rows, without the app's calculator.</summary>
    private async Task<ExpectedSupport> ExpectedFromTicketsAsync(int accountId)
    {
        await using var db = _db.CreateContext();
        var tickets = await db.SupportTickets.AsNoTracking().Where(t => t.AccountId == accountId).ToListAsync();
        var primaryId = await db.Accounts.Where(a => a.Id == accountId).Select(a => a.PrimarySupportContactId).SingleAsync();
        var primary = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == primaryId);
        var now = SeededDatabase.Now;
        var windowStart = now.AddDays(-90);

        var open = tickets.Count(t => !Done.Contains(t.Status));

        var rated = tickets.Where(t => t.SolvedAt > windowStart && t.SolvedAt <= now
            && t.Satisfaction is SatisfactionRating.Good or SatisfactionRating.Bad).ToList();
        var good = rated.Count(t => t.Satisfaction == SatisfactionRating.Good);
        var percent = Math.Round(100m * good / rated.Count, 1);
        var csat = string.Format(CultureInfo.CurrentCulture, "{0:0.#}% good ({1} {2})", percent, rated.Count, rated.Count == 1 ? "rating" : "ratings");

        var last = tickets.SelectMany(t => new[] { t.CreatedAt, t.UpdatedAt, t.FirstResponseAt ?? t.CreatedAt, t.SolvedAt ?? t.CreatedAt }).Max();
        var lastInteraction = last.UtcDateTime.ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture) + " UTC";

        var escalated = tickets.Where(t => t.EscalatedAt != null).ToList();
        var recent = escalated.Count(t => t.EscalatedAt > windowStart && t.EscalatedAt <= now);
        var lastEscalation = escalated.Max(t => t.EscalatedAt!.Value).UtcDateTime.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
        var escalations = $"{escalated.Count} {(escalated.Count == 1 ? "escalation" : "escalations")}, {recent} in the last 90 days; last {lastEscalation}";

        return new ExpectedSupport($"{primary.FirstName} {primary.LastName}", open, csat, lastInteraction, escalations);
    }

    private sealed record ExpectedSupport(string PrimaryContactName, int OpenTickets, string Csat, string LastInteraction, string Escalations);
}
