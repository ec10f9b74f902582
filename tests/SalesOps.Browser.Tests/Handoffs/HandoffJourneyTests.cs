using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SalesOps.Browser.Tests.Infrastructure;
using SalesOps.Browser.Tests.Pages;
using SalesOps.Core.Domain;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Components.Shared;
using SalesOps.Data;
using static Microsoft.Playwright.Assertions;

namespace SalesOps.Browser.Tests.Handoffs;

/// <summary>
/// Issue 5 end to end: sales wins a demo deal on its account page, works through the first two stages of the handoff,
/// the CSM finishes it, and the account page then tells support and success what was handed over. Wins a deal, so it
/// has its own app and database.
/// </summary>
public sealed class HandoffJourneyTests(DashboardFixture app) : IClassFixture<DashboardFixture>
{
    private const string Goals = "Replace spreadsheet reporting in finance; first team live within 30 days.";
    private const string Deliverable = "Admin training for the customer's finance team";
    private const string Technical = "SSO through Entra ID; data stays in the EU region.";
    private const string Terms = "Price held for 24 months; 99.9% uptime commitment.";
    private const string NextSteps = "Invite the finance admins and book the first training session.";

    private static readonly OpportunityStage[] OpenStages =
        [OpportunityStage.Prospecting, OpportunityStage.Qualification, OpportunityStage.Proposal, OpportunityStage.Negotiation];

    [Fact]
    public async Task A_deal_won_by_sales_is_handed_over_by_sales_and_the_CSM_and_the_account_page_shows_what_was_promised()
    {
        var demo = await PickDealAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var kickoff = today.AddDays(3);
        var due = today.AddDays(21);
        var meeting = today.AddDays(10);
        var handoffId = 0;

        await using (var sales = await app.NewSignedInSessionAsync(AppRoles.Sales))
        {
            await sales.RunAsync(async () =>
            {
                var account = new AccountPage(sales.Page);
                await account.GotoAsync(demo.AccountId);
                await Expect(account.Title).ToHaveTextAsync(demo.AccountName);
                await account.WaitForBrowserTimeAsync();
                await account.OpenTabAsync("Opportunities");
                var deals = new AccountDealsSection(sales.Page);
                await Expect(deals.Stage(demo.DealId)).ToHaveTextAsync(new Regex("^(Prospecting|Qualification|Proposal|Negotiation)$"));
                await Expect(deals.HandoffLink(demo.DealId)).ToHaveCountAsync(0);

                await deals.MarkClosedWonAsync(demo.DealId, demo.DealName);

                await Expect(deals.HandoffStartedNotice(demo.DealName)).ToBeVisibleAsync();
                await Expect(deals.Stage(demo.DealId)).ToHaveTextAsync("Closed won");
                var card = new AccountHandoffPanel(sales.Page);
                await Expect(card.Status).ToHaveTextAsync("In progress · pre-handoff");
                await Expect(card.Deal).ToContainTextAsync(demo.DealName);

                await deals.HandoffLink(demo.DealId).ClickAsync();

                await Expect(sales.Page).ToHaveURLAsync(new Regex(@"/handoffs/\d+$"));
                var wizard = new HandoffWizardPage(sales.Page);
                handoffId = wizard.Id;
                await Expect(wizard.Title).ToHaveTextAsync($"Handoff: {demo.AccountName}");
                await Expect(wizard.Status).ToHaveTextAsync("In progress · Pre-handoff");
                await Expect(wizard.Item("deal_closed")).ToHaveAttributeAsync("data-done", "true");

                // The gate: the stage does not complete while a required item is open, and says which.
                await Expect(wizard.MissingHint).ToContainTextAsync("Still missing: Contract signed and processed");
                await wizard.CompleteButton.ClickAsync();
                await Expect(wizard.Problem).ToContainTextAsync("Pre-handoff cannot be completed yet. Missing: Contract signed and processed");
                await Expect(wizard.ItemError("contract_signed")).ToHaveTextAsync("'Contract signed and processed' is required.");
                await Expect(wizard.Status).ToHaveTextAsync("In progress · Pre-handoff");

                await wizard.TickAsync("contract_signed");
                await wizard.ChooseCsmAsync(demo.CsmName);
                await HandoffWizardPage.SetDateAsync(wizard.KickoffDate, kickoff);
                await wizard.CompleteStageAsync();

                await Expect(wizard.Success).ToHaveTextAsync("Pre-handoff completed; next: Information transfer.");
                await Expect(wizard.Status).ToHaveTextAsync("In progress · Information transfer");
                await wizard.Goals.FillAsync(Goals);
                await wizard.AddDeliverableAsync(Deliverable, due);
                await wizard.TechnicalRequirements.FillAsync(Technical);
                await wizard.SpecialTerms.FillAsync(Terms);
                await Expect(wizard.MissingHint).ToHaveTextAsync("Still missing: Key stakeholders and decision makers.");
                await wizard.AddDecisionMakerAsync(demo.ContactName, "Decision maker");
                await Expect(wizard.Item("stakeholders")).ToHaveAttributeAsync("data-done", "true");
                await wizard.CompleteStageAsync();

                await Expect(wizard.Success).ToHaveTextAsync("Information transfer completed; next: Post-handoff.");
                await Expect(wizard.Status).ToHaveTextAsync("In progress · Post-handoff");
                Assert.Empty(sales.Problems);
            });
        }

        await using var csm = await app.NewSignedInSessionAsync(AppRoles.Success);
        await csm.RunAsync(async () =>
        {
            var account = new AccountPage(csm.Page);
            await account.GotoAsync(demo.AccountId);
            await account.WaitForBrowserTimeAsync();
            var card = new AccountHandoffPanel(csm.Page);
            await Expect(card.Status).ToHaveTextAsync("In progress · post-handoff");
            await Expect(card.Deal).ToContainTextAsync($"CSM: {demo.CsmName}");

            await card.OpenLink.ClickAsync();

            await Expect(csm.Page).ToHaveURLAsync(new Regex($"/handoffs/{handoffId}$"));
            var wizard = new HandoffWizardPage(csm.Page);
            await Expect(wizard.Status).ToHaveTextAsync("In progress · Post-handoff");
            await Expect(wizard.Item("introduction_email")).ToHaveAttributeAsync("data-done", "false");
            await wizard.RecordIntroductionEmailAsync(demo.ContactEmail);
            await Expect(wizard.EmailSent).ToContainTextAsync("Recorded as sent from a mail client");
            await Expect(wizard.Item("introduction_email")).ToHaveAttributeAsync("data-done", "true");
            // Suggested from the close; saved with the CSM's next save.
            await Expect(wizard.SalesInvolvedUntil).ToHaveValueAsync(new Regex(@"^\d{4}-\d{2}-\d{2}$"));
            await HandoffWizardPage.SetDateAsync(wizard.TransitionMeetingDate, meeting);
            await wizard.NextSteps.FillAsync(NextSteps);
            await wizard.CompleteStageAsync();

            await Expect(wizard.Success).ToHaveTextAsync("Handoff completed.");
            await Expect(wizard.Status).ToHaveTextAsync("Completed");
            await Expect(wizard.CompletedNotice).ToBeVisibleAsync();
            await Expect(wizard.CompleteButton).ToHaveCountAsync(0);
            await ScreenshotAsync(csm.Page, "handoff-journey-wizard.png");

            await wizard.AccountLink.ClickAsync();

            await Expect(csm.Page).ToHaveURLAsync(new Regex($"/accounts/{demo.AccountId}$"));
            await Expect(card.Status).ToHaveTextAsync("Completed");
            await Expect(card.Deal).ToContainTextAsync($"sales: {demo.OwnerName}");
            await Expect(card.Deal).ToContainTextAsync($"CSM: {demo.CsmName}");
            await Expect(card.Goals).ToContainTextAsync(Goals);
            await Expect(card.TechnicalRequirements).ToContainTextAsync(Technical);
            await Expect(card.SpecialTerms).ToContainTextAsync(Terms);
            await Expect(card.NextSteps).ToContainTextAsync(NextSteps);
            await Expect(card.DeliverableRows).ToHaveCountAsync(1);
            await Expect(card.DeliverableRows.First.Locator("td")).ToHaveTextAsync([Deliverable, BrowserTime.Date(due), "Open"]);
            await Expect(card.StakeholderRows).ToHaveCountAsync(1);
            var stakeholder = card.StakeholderRows.First.Locator("td");
            await Expect(stakeholder.Nth(0)).ToContainTextAsync(demo.ContactName);
            await Expect(stakeholder.Nth(1)).ToHaveTextAsync("Decision maker");
            await Expect(stakeholder.Nth(2)).ToHaveTextAsync(demo.ContactEmail);
            await Expect(csm.Page.GetByTestId("sales-co-owner")).ToContainTextAsync(demo.OwnerName);
            await ScreenshotAsync(csm.Page, "handoff-journey-account.png");
            Assert.Empty(csm.Problems);
        });
    }

    /// <summary>
    /// An open new-business or expansion deal without a handoff, preferably owned by the sales demo user on an account
    /// with no handoff yet, and a contact of its account with an e-mail address for the introduction e-mail.
    /// </summary>
    private async Task<DemoDeal> PickDealAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<SalesOpsDbContext>>().CreateDbContextAsync();
        var salesId = await TeamMemberOfAsync(db, AppRoles.Sales);
        var successId = await TeamMemberOfAsync(db, AppRoles.Success);
        var csmName = await db.TeamMembers.Where(t => t.Id == successId).Select(t => t.Name).SingleAsync();
        var candidates = await db.Opportunities.AsNoTracking()
            .Where(o => o.Type != OpportunityType.Renewal && OpenStages.Contains(o.Stage) && o.Owner != null)
            .Where(o => !db.Handoffs.Any(h => h.OpportunityId == o.Id) && o.Account!.Contacts.Any(c => c.Email != null))
            // A last interaction to tell when the page shows the browser's time zone (AccountPage.WaitForBrowserTimeAsync).
            .Where(o => o.Account!.Support.LastInteractionAt != null)
            .Select(o => new
            {
                o.Id, o.Name, o.AccountId, AccountName = o.Account!.Name, o.OwnerId, OwnerName = o.Owner!.Name,
                AccountHasHandoff = db.Handoffs.Any(h => h.AccountId == o.AccountId),
            })
            .ToListAsync();
        var deal = candidates.OrderByDescending(c => c.OwnerId == salesId).ThenBy(c => c.AccountHasHandoff).ThenBy(c => c.Id).FirstOrDefault()
            ?? throw new InvalidOperationException("The demo company has no open new-business or expansion deal; the journey has nothing to win.");
        // Not a decision maker already, so that the journey sets the role itself.
        var contact = await db.Contacts.AsNoTracking().Where(c => c.AccountId == deal.AccountId && c.Email != null)
            .OrderBy(c => c.Role == ContactRole.DecisionMaker).ThenBy(c => c.Id)
            .Select(c => new { Name = c.FirstName + " " + c.LastName, Email = c.Email! })
            .FirstAsync();
        return new DemoDeal(deal.AccountId, deal.AccountName, deal.Id, deal.Name, deal.OwnerName, csmName, contact.Name, contact.Email);
    }

    private static async Task<int> TeamMemberOfAsync(SalesOpsDbContext db, string role)
    {
        var email = LoginPage.DemoEmail(role);
        return await db.Users.Where(u => u.Email == email).Select(u => u.TeamMemberId).SingleAsync()
            ?? throw new InvalidOperationException($"The demo user {email} is not a team member.");
    }

    /// <summary>A full-page screenshot in the test output, taken from the top: scrolled, the fixed app bar would cover the page.</summary>
    private static async Task ScreenshotAsync(IPage page, string fileName)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, fileName), FullPage = true });
    }

    private sealed record DemoDeal(
        int AccountId, string AccountName, int DealId, string DealName, string OwnerName, string CsmName, string ContactName, string ContactEmail);
}
