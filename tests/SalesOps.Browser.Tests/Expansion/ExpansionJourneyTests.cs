using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SalesOps.Browser.Tests.Dashboards;
using SalesOps.Browser.Tests.Infrastructure;
using SalesOps.Browser.Tests.Pages;
using SalesOps.Core.Domain;
using SalesOps.Core.Expansion;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Components.Shared;
using SalesOps.Data;
using SalesOps.Services.Expansion;
using SalesOps.Services.Notifications;
using static Microsoft.Playwright.Assertions;

namespace SalesOps.Browser.Tests.Expansion;

/// <summary>
/// Support → sales, end to end in Chromium: a support rep logs an expansion signal from the account page, the account
/// manager finds it in the notification bell, reads it with the account's context, acknowledges it and creates the
/// opportunity, and the expansion page and the account's deals count it.
/// </summary>
public sealed class ExpansionJourneyTests(DashboardFixture app) : IClassFixture<DashboardFixture>
{
    private const ExpansionTrigger Trigger = ExpansionTrigger.NeedForMoreCapacity;
    private const decimal EstimatedArr = 24_000m;
    private const string Words = "We keep running out of seats every month.";

    [Fact]
    public async Task Signal_logged_by_support_reaches_the_account_manager_becomes_an_opportunity_and_is_counted_on_the_expansion_page()
    {
        // Numbers move while health and usage detection settle after start-up; read the "before" once they stand still.
        await HealthReady.OverviewAsync(app);
        var account = await AccountOfTheSalesDemoUserAsync();
        var before = await HealthReady.AskAsync(app, a => a.GetExpansionAsync());
        var triggerBefore = before.ByTrigger.Single(t => t.Key == Trigger);
        var trigger = TriggerCatalog.Label(Trigger);
        var note = $"Opening an office in Lisbon in March and needs 40 more seats; asked for a quote (ref {Guid.NewGuid().ToString("N")[..8]}).";

        var signalId = await LogSignalAsSupportAsync(account, trigger, note);

        SignalView signal;
        SignalAccountContext context;
        int unread;
        await using (var scope = app.CreateScopeAs(AppRoles.Sales))
        {
            var signals = scope.ServiceProvider.GetRequiredService<IExpansionSignalService>();
            signal = (await signals.GetAsync(signalId))!;
            context = (await signals.GetAccountContextAsync(account.Id))!;
            unread = await scope.ServiceProvider.GetRequiredService<INotificationService>().GetUnreadCountAsync();
        }

        Assert.Equal(SignalStatus.AccountManagerNotified, signal.Status);
        Assert.Equal(account.Manager, signal.AccountManager);
        Assert.NotNull(signal.LoggedBy);
        Assert.True(unread > 0, "The account manager has no unread notification after the signal was logged.");
        var opportunityName = $"{account.Name} - {trigger}";

        await using var session = await app.NewSignedInSessionAsync(AppRoles.Sales);
        await session.RunAsync(async () =>
        {
            // The account manager lands on the overview and finds the signal in the bell, with the account in its title.
            var bell = new NotificationBell(session.Page);
            await Expect(bell.Button).ToHaveAccessibleNameAsync(NotificationBell.NameFor(unread));
            await bell.OpenAsync();
            var item = bell.Item($"Expansion signal: {account.Name}: {trigger}");
            await Expect(item).ToHaveCountAsync(1);
            await Expect(item).ToContainTextAsync(note);
            await Expect(item).ToHaveAttributeAsync("data-read", "false");
            await item.ClickAsync();

            await Expect(session.Page).ToHaveURLAsync(new Regex($"/expansion/signals/{signalId}$"));
            await Expect(bell.Button).ToHaveAccessibleNameAsync(NotificationBell.NameFor(unread - 1));

            // What was heard, who heard it, and the account as it stands.
            var detail = new ExpansionSignalPage(session.Page);
            await Expect(detail.Title).ToHaveTextAsync(trigger);
            await Expect(detail.Status).ToHaveTextAsync("Account manager notified");
            await Expect(detail.Context).ToHaveTextAsync(note);
            await Expect(detail.CustomerWords).ToHaveTextAsync(Words);
            await Expect(detail.Sentiment).ToHaveTextAsync("Enthusiastic");
            await Expect(detail.LoggedBy).ToHaveTextAsync(new Regex($"^{Regex.Escape(signal.LoggedBy!)}, \\d"));
            await Expect(detail.Fact("Account")).ToHaveTextAsync(account.Name);
            await Expect(detail.Fact("Account manager")).ToHaveTextAsync(account.Manager);
            await Expect(detail.Fact("Estimated size")).ToHaveTextAsync($"{Labels.Money(EstimatedArr)} ARR");
            await Expect(detail.AccountFact("Health")).ToContainTextAsync(context.HealthScore?.ToString(CultureInfo.InvariantCulture) ?? "—");
            await Expect(detail.AccountFact("Health")).ToContainTextAsync(HealthLabels.Of(context.HealthBand));
            await Expect(detail.AccountFact("ARR")).ToHaveTextAsync(Labels.Money(context.Arr));
            await Expect(detail.AccountFact("Renewal")).ToContainTextAsync(BrowserTime.Date(context.RenewalDate));
            await Expect(detail.AccountFact("Account manager")).ToHaveTextAsync(account.Manager);
            await Expect(detail.Step("logged")).ToHaveAttributeAsync("data-done", "true");
            await Expect(detail.Step("notified")).ToHaveAttributeAsync("data-done", "true");
            await Expect(detail.Step("acknowledged")).ToHaveAttributeAsync("data-done", "false");

            await detail.AcknowledgeButton.ClickAsync();

            await Expect(detail.Success).ToHaveTextAsync("Signal acknowledged.");
            await Expect(detail.Step("acknowledged")).ToHaveAttributeAsync("data-done", "true");
            await Expect(detail.AcknowledgeButton).ToBeHiddenAsync();

            // The opportunity comes prefilled from the signal: its name, and the rep's estimate as the amount.
            await detail.CreateOpportunityButton.ClickAsync();
            await Expect(detail.OpportunityName).ToHaveValueAsync(opportunityName);
            await Expect(detail.OpportunityAmount).ToHaveValueAsync(EstimatedArr.ToString("0", CultureInfo.InvariantCulture));
            await detail.ConfirmCreateOpportunity.ClickAsync();

            await Expect(detail.OpportunityDialog).ToBeHiddenAsync();
            await Expect(detail.Status).ToHaveTextAsync("Opportunity created");
            await Expect(detail.Success).ToHaveTextAsync("Expansion opportunity created and linked.");
            await Expect(detail.Opportunity).ToContainTextAsync($"{opportunityName} · {Labels.Of(OpportunityStage.Qualification)}");
            await Expect(detail.Step("opportunity")).ToHaveAttributeAsync("data-done", "true");
            await Expect(detail.Actions).ToBeHiddenAsync();
            await session.Page.ScreenshotAsync(new() { Path = ScreenshotPath("expansion-journey-signal.png"), FullPage = true });

            // The expansion page counts it: one more signal of this trigger, and one more that became an opportunity.
            var after = await HealthReady.AskAsync(app, a => a.GetExpansionAsync());
            Assert.Equal(before.WithOpportunity + 1, after.WithOpportunity);
            await new AppShell(session.Page).Navigation.GetByRole(AriaRole.Link, new() { Name = "Expansion", Exact = true }).ClickAsync();
            var expansion = new ExpansionPage(session.Page);
            await Expect(expansion.Heading).ToBeVisibleAsync();
            await Expect(expansion.TileCaption("kpi-opportunity-rate"))
                .ToHaveTextAsync($"{N(after.WithOpportunity)} of {N(after.Signals)} signals became an opportunity");
            await Expect(expansion.TileValue("kpi-signals")).ToHaveTextAsync(N(after.Signals));
            await Expect(expansion.TriggerCells(trigger).Nth(0)).ToHaveTextAsync(N(triggerBefore.Signals + 1));
            await Expect(expansion.TriggerCells(trigger).Nth(1)).ToHaveTextAsync(N(triggerBefore.WithOpportunity + 1));

            // Its tile opens the list of signals that became opportunities, the newest (this one) first.
            await expansion.Tile("kpi-opportunity-rate").ClickAsync();
            await Expect(session.Page).ToHaveURLAsync(new Regex($"[?&]state={nameof(SignalStatus.OpportunityCreated)}(&|#|$)"));
            var row = expansion.SignalRow(signalId);
            await Expect(expansion.Rows.First).ToContainTextAsync(account.Name);
            await Expect(row).ToHaveCountAsync(1);
            await Expect(ExpansionPage.Cell(row, "State")).ToHaveTextAsync("Opportunity created");
            await Expect(ExpansionPage.Cell(row, "Trigger")).ToContainTextAsync(trigger);
            await Expect(ExpansionPage.Cell(row, "Logged by")).ToHaveTextAsync(signal.LoggedBy!);
            await Expect(ExpansionPage.Cell(row, "Estimated size")).ToHaveTextAsync(Labels.Money(EstimatedArr));
            // The tile's link jumps to the list; from the top, the fixed app bar is not photographed over the middle of the page.
            await session.Page.EvaluateAsync("() => window.scrollTo(0, 0)");
            await session.Page.ScreenshotAsync(new() { Path = ScreenshotPath("expansion-journey-expansion.png"), FullPage = true });

            // And the account's deals list has the new expansion opportunity, owned by the account manager.
            await ExpansionPage.Cell(row, "Account").GetByRole(AriaRole.Link).ClickAsync();
            var accountPage = new AccountPage(session.Page);
            await Expect(session.Page).ToHaveURLAsync(new Regex($"/accounts/{account.Id}$"));
            await Expect(accountPage.Title).ToHaveTextAsync(account.Name);
            await accountPage.OpenTabAsync("Opportunities");
            var deal = accountPage.PanelRows.Filter(new() { HasText = opportunityName });
            await Expect(deal).ToHaveCountAsync(1);
            await Expect(deal.GetByRole(AriaRole.Cell).Nth(1)).ToHaveTextAsync(Labels.Of(OpportunityType.Expansion));
            await Expect(deal.GetByTestId("deal-stage")).ToHaveTextAsync(Labels.Of(OpportunityStage.Qualification));
            await Expect(deal.GetByRole(AriaRole.Cell).Nth(3)).ToHaveTextAsync(Labels.Money(EstimatedArr));
            await Expect(deal.GetByRole(AriaRole.Cell).Nth(5)).ToHaveTextAsync(account.Manager);

            Assert.Empty(session.Problems);
        });
    }

    /// <summary>
    /// Support opens the account and logs the signal from its page: an empty submit says which fields are missing and
    /// stores nothing; the filled-in form is logged and the rep is told who was notified. Returns the new signal's id.
    /// </summary>
    private async Task<int> LogSignalAsSupportAsync(ManagedAccount account, string trigger, string note)
    {
        await using var session = await app.NewSignedInSessionAsync(AppRoles.Support);
        await session.RunAsync(async () =>
        {
            var page = new AccountPage(session.Page);
            await page.GotoAsync(account.Id);
            // The bell is disabled until this page's circuit renders it. Waiting for it covers a js/browser.js answer
            // that belonged to the page shown after sign-in and arrived while this one was loading.
            await Expect(new NotificationBell(session.Page).Button).ToBeEnabledAsync();
            await Expect(page.Title).ToHaveTextAsync(account.Name);
            await page.LogSignalButton.ClickAsync();

            var form = new LogSignalDialog(session.Page);
            await Expect(form.Dialog).ToBeVisibleAsync();
            await Expect(form.ContextAccountManager).ToHaveTextAsync(account.Manager);
            var earlier = await SignalIdsOnAsync(account.Id);

            await form.SubmitButton.ClickAsync();

            await Expect(form.TriggerError).ToHaveTextAsync("Choose the trigger: what did the customer say or do?");
            await Expect(LogSignalDialog.ErrorUnder(form.Context)).ToContainTextAsync("Say what you heard or saw: the context is what the account manager acts on.");
            await Expect(form.Context).ToHaveAttributeAsync("aria-invalid", "true");
            Assert.Equal(earlier, await SignalIdsOnAsync(account.Id));

            await form.Trigger(trigger).CheckAsync();
            await Expect(form.TriggerError).ToBeHiddenAsync();
            await form.Context.FillAsync(note);
            await Expect(LogSignalDialog.ErrorUnder(form.Context)).ToBeHiddenAsync();
            await form.CustomerWords.FillAsync(Words);
            await form.Sentiment("Enthusiastic").CheckAsync();
            await form.EstimatedArr.FillAsync(EstimatedArr.ToString("0", CultureInfo.InvariantCulture));
            await Expect(form.Trigger(trigger)).ToBeCheckedAsync();
            await form.SubmitButton.ClickAsync();

            await Expect(page.Snackbar(new Regex($"^Signal logged — {Regex.Escape(account.Manager)} has been notified"))).ToBeVisibleAsync();
            await Expect(form.Dialog).ToBeHiddenAsync();
            Assert.Empty(session.Problems);
        });

        await using var scope = app.CreateScopeAs(AppRoles.Support);
        var logged = await scope.ServiceProvider.GetRequiredService<IExpansionSignalService>()
            .ListAsync(new SignalQuery { AccountId = account.Id, AllStatuses = true, PageSize = 200 });
        return Assert.Single(logged.Items, s => s.Context == note).Id;
    }

    /// <summary>The ids of every signal on the account, in any state.</summary>
    private async Task<IReadOnlyList<int>> SignalIdsOnAsync(int accountId)
    {
        await using var scope = app.CreateScopeAs(AppRoles.Support);
        var page = await scope.ServiceProvider.GetRequiredService<IExpansionSignalService>()
            .ListAsync(new SignalQuery { AccountId = accountId, AllStatuses = true, PageSize = 200 });
        return [.. page.Items.Select(s => s.Id)];
    }

    /// <summary>The first live account whose account manager is the team member the sales demo user signs in as.</summary>
    private async Task<ManagedAccount> AccountOfTheSalesDemoUserAsync()
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<SalesOpsDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var email = LoginPage.DemoEmail(AppRoles.Sales);
        var member = await db.Users.AsNoTracking().Where(u => u.UserName == email).Select(u => u.TeamMemberId).SingleAsync()
            ?? throw new InvalidOperationException($"The demo user {email} is not linked to a team member.");
        var account = await db.Accounts.AsNoTracking().Where(a => a.OwnerId == member && a.Lifecycle != Lifecycle.Churned).OrderBy(a => a.Id)
            .Select(a => new ManagedAccount(a.Id, a.Name, a.Owner!.Name)).FirstOrDefaultAsync();
        return account ?? throw new InvalidOperationException($"The demo company has no live account managed by {email}'s team member.");
    }

    private static string ScreenshotPath(string fileName)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, fileName);
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private sealed record ManagedAccount(int Id, string Name, string Manager);
}
