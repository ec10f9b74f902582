using System.Globalization;
using Bunit;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Components.Pages.Accounts;
using SalesOps.Dashboard.Tests.Infrastructure;

namespace SalesOps.Dashboard.Tests.Handoffs;

/// <summary>The account page shows support and success the account's handoff: its context, overdue promises and the sales co-owner.</summary>
public sealed class AccountHandoffCardTests : MudTestBase, IClassFixture<SeededDatabase>
{
    private readonly SeededDatabase _db;

    public AccountHandoffCardTests(SeededDatabase db)
    {
        _db = db;
        Services.AddRealAccountService(db);
        this.AddAuthorization()
            .SetAuthorized("support@demo.salesops.example")
            .SetRoles(AppRoles.Support)
            .SetPolicies(Policies.ViewCustomers);
    }

    [Fact]
    public async Task Account_page_shows_the_handoff_summary_and_an_alert_for_overdue_promised_deliverables()
    {
        var written = await AccountHandoffSeed.HandoffAsync(_db, wonDaysAgo: 12, overdue: true);

        var cut = Render<AccountPage>(p => p.Add(x => x.Id, written.AccountId));

        cut.WaitForElement("[data-testid=account-handoff]");
        var card = cut.Find("[data-testid=account-handoff]");
        Assert.Equal($"handoffs/{written.HandoffId}", cut.Find("[data-testid=handoff-link]").GetAttribute("href"));
        Assert.Contains("In progress · information transfer", cut.Find("[data-testid=handoff-status]").TextContent, StringComparison.Ordinal);
        Assert.Contains(AccountHandoffSeed.Goals, cut.Find("[data-testid=handoff-goals]").TextContent, StringComparison.Ordinal);
        Assert.Contains(AccountHandoffSeed.Technical, cut.Find("[data-testid=handoff-technical]").TextContent, StringComparison.Ordinal);
        Assert.Contains(AccountHandoffSeed.Terms, cut.Find("[data-testid=handoff-terms]").TextContent, StringComparison.Ordinal);
        Assert.Contains(AccountHandoffSeed.NextSteps, cut.Find("[data-testid=handoff-next-steps]").TextContent, StringComparison.Ordinal);

        var deliverables = cut.FindAll("[data-testid=handoff-deliverables] tbody tr");
        Assert.Equal(4, deliverables.Count);
        var overdue = deliverables.Where(r => r.GetAttribute("data-overdue") == "true").ToList();
        Assert.Equal(new[] { "Admin training", "Data migration" }, overdue.Select(r => r.Children[0].TextContent.Trim()).Order(StringComparer.Ordinal));
        Assert.All(overdue, r => Assert.Contains("Overdue", r.TextContent, StringComparison.Ordinal));
        Assert.Contains(AccountHandoffSeed.Today.AddDays(-5).ToString("d MMM yyyy", CultureInfo.InvariantCulture), card.TextContent, StringComparison.Ordinal);
        Assert.Contains(deliverables, r => r.TextContent.Contains("Kick-off workshop", StringComparison.Ordinal) && r.TextContent.Contains("Delivered", StringComparison.Ordinal));

        var decisionMaker = Assert.Single(cut.FindAll("[data-testid=handoff-stakeholders] tbody tr[data-decision-maker=true]"));
        Assert.Contains(written.DecisionMaker, decisionMaker.TextContent, StringComparison.Ordinal);
        Assert.Contains("Decision maker", decisionMaker.TextContent, StringComparison.Ordinal);
        Assert.Contains("Champion", cut.Find("[data-testid=handoff-stakeholders] tbody tr[data-decision-maker=false]").TextContent, StringComparison.Ordinal);

        var alert = cut.Find("[data-testid=overdue-deliverables]");
        Assert.Contains("2 promised deliverables are overdue", alert.TextContent, StringComparison.Ordinal);
        Assert.Equal($"handoffs/{written.HandoffId}", alert.QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task No_overdue_alert_while_every_promised_deliverable_is_on_time()
    {
        var written = await AccountHandoffSeed.HandoffAsync(_db, wonDaysAgo: 12, overdue: false);

        var cut = Render<AccountPage>(p => p.Add(x => x.Id, written.AccountId));

        cut.WaitForElement("[data-testid=account-handoff]");
        Assert.Empty(cut.FindAll("[data-testid=overdue-deliverables]"));
        Assert.Empty(cut.FindAll("[data-testid=handoff-deliverables] tr[data-overdue=true]"));
    }

    [Fact]
    public async Task Sales_is_shown_as_co_owner_until_the_involvement_date_and_not_after_it()
    {
        var recent = await AccountHandoffSeed.HandoffAsync(_db, wonDaysAgo: 10, overdue: false);
        var old = await AccountHandoffSeed.HandoffAsync(_db, wonDaysAgo: 45, overdue: false);

        var during = Render<AccountPage>(p => p.Add(x => x.Id, recent.AccountId));
        during.WaitForElement("[data-testid=account-handoff]");
        var until = AccountHandoffSeed.Today.AddDays(-10).AddDays(30).ToString("d MMM yyyy", CultureInfo.InvariantCulture);
        Assert.Equal($"Sales co-owner until {until}: {recent.OwnerName}", during.Find("[data-testid=sales-co-owner]").TextContent.Trim());

        var after = Render<AccountPage>(p => p.Add(x => x.Id, old.AccountId));
        after.WaitForElement("[data-testid=account-handoff]");
        Assert.Empty(after.FindAll("[data-testid=sales-co-owner]"));
    }
}
