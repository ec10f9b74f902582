using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SalesOps.Browser.Tests.Infrastructure;
using SalesOps.Browser.Tests.Pages;
using SalesOps.Core.Domain;
using SalesOps.Core.Security;
using SalesOps.Services.Accounts;
using static Microsoft.Playwright.Assertions;

namespace SalesOps.Browser.Tests.Accounts;

/// <summary>Read-only journeys through the accounts list and the account page, signed in as a Viewer; nothing here changes data.</summary>
public sealed partial class AccountsJourneyTests(DashboardFixture app) : IClassFixture<DashboardFixture>
{
    private const string AllAccounts = "60 accounts";

    [Fact]
    public async Task Search_narrows_the_list_and_the_account_page_shows_support_fields_tickets_and_a_drawn_usage_chart()
    {
        await using var session = await app.NewSignedInSessionAsync(AppRoles.Viewer);
        await session.RunAsync(async () =>
        {
            var list = new AccountsListPage(session.Page);
            await list.GotoAsync();
            await Expect(list.Heading).ToBeVisibleAsync();
            await Expect(list.Count).ToHaveTextAsync(AllAccounts);

            var name = await list.FirstAccountNameAsync();
            var term = LongestWord(name);
            await list.SearchForAsync(term);

            await Expect(session.Page).ToHaveURLAsync(new Regex($"[?&]q={Regex.Escape(Uri.EscapeDataString(term))}"));
            await Expect(list.Count).Not.ToHaveTextAsync(AllAccounts);
            await Expect(list.AccountLink(name)).ToBeVisibleAsync();
            // A row matches on its name or its domain; the Account cell shows both.
            await Expect(list.Cells("Account").Filter(new() { HasNotTextRegex = new Regex(Regex.Escape(term), RegexOptions.IgnoreCase) })).ToHaveCountAsync(0);
            var found = await list.CountAsync();
            Assert.InRange(found, 1, DashboardFixture.SeededAccounts - 1);
            await Expect(list.Rows).ToHaveCountAsync(Math.Min(found, 25));

            var account = await list.OpenAccountAsync(name);
            await Expect(session.Page).ToHaveURLAsync(new Regex(@"/accounts/\d+$"));
            await Expect(account.Title).ToHaveTextAsync(name);
            await Expect(account.SupportField("support-tier")).ToHaveTextAsync(new Regex("^(Standard|Priority|VIP)$"));
            await Expect(account.SupportField("support-open-tickets")).ToHaveTextAsync(new Regex(@"^\d+$"));
            foreach (var field in AccountPage.SupportFieldIds)
            {
                await Expect(account.SupportField(field)).ToHaveTextAsync(new Regex(@"\S"));
            }

            var tickets = await account.TabCountAsync("Tickets");
            Assert.True(tickets > 0, $"{name} has no tickets; the demo data should give the first account some.");
            await account.OpenTabAsync("Tickets");
            await Expect(account.OpenPanel.GetByRole(AriaRole.Columnheader, new() { Name = "Subject" })).ToBeVisibleAsync();
            await Expect(account.PanelRows).ToHaveCountAsync(Math.Min(tickets, 50));

            await account.OpenTabAsync("Usage");
            await account.WaitForUsageChartDrawnAsync();
            await account.UsageTableToggle.ClickAsync();
            await Expect(account.UsageTable).ToBeVisibleAsync();
            await Expect(account.UsageTable.Locator("tbody tr").First).ToBeVisibleAsync();
        });
    }

    [Fact]
    public async Task Segment_filter_shows_only_enterprise_accounts_and_keeps_the_filter_in_the_url()
    {
        int expected;
        await using (var scope = app.CreateScopeAs(AppRoles.Viewer))
        {
            var accounts = scope.ServiceProvider.GetRequiredService<IAccountService>();
            expected = (await accounts.SearchAsync(new AccountQuery { Segment = Segment.Enterprise, PageSize = 1 })).TotalCount;
        }

        Assert.InRange(expected, 1, DashboardFixture.SeededAccounts - 1);

        await using var session = await app.NewSignedInSessionAsync(AppRoles.Viewer);
        await session.RunAsync(async () =>
        {
            var list = new AccountsListPage(session.Page);
            await list.GotoAsync();
            await Expect(list.Count).ToHaveTextAsync(AllAccounts);

            await list.ChooseAsync("Segment", "Enterprise");

            await Expect(session.Page).ToHaveURLAsync(new Regex("[?&]segment=Enterprise(&|$)"));
            await Expect(list.Count).ToHaveTextAsync(expected == 1 ? "1 account" : $"{expected} accounts");
            await Expect(list.Rows).ToHaveCountAsync(Math.Min(expected, 25));
            await Expect(list.Cells("Segment").Filter(new() { HasNotText = "Enterprise" })).ToHaveCountAsync(0);
            await Expect(list.Cells("Segment").First).ToHaveTextAsync("Enterprise");
        });
    }

    [Fact]
    public async Task Accounts_list_and_account_page_log_no_console_errors_and_no_failed_requests()
    {
        await using var session = await app.NewSignedInSessionAsync(AppRoles.Viewer);
        await session.RunAsync(async () =>
        {
            var list = new AccountsListPage(session.Page);
            await list.GotoAsync();
            await Expect(list.Count).ToHaveTextAsync(AllAccounts);
            var name = await list.FirstAccountNameAsync();

            var account = await list.OpenAccountAsync(name);
            await Expect(account.Title).ToHaveTextAsync(name);
            await account.OpenTabAsync("Usage");
            await account.WaitForUsageChartDrawnAsync();

            // A full load of the account page too: prerendering and circuit start-up differ from in-app navigation.
            var id = account.Id;
            await account.GotoAsync(id);
            await Expect(account.Title).ToHaveTextAsync(name);
            await account.OpenTabAsync("Usage");
            await account.WaitForUsageChartDrawnAsync();

            Assert.Empty(session.Problems);
        });
    }

    [Fact]
    public async Task Readme_screenshots_show_a_loaded_accounts_list_and_account_page()
    {
        await using var session = await app.NewSignedInSessionAsync(AppRoles.Viewer);
        await session.RunAsync(async () =>
        {
            var list = new AccountsListPage(session.Page);
            await list.GotoAsync();
            await Expect(list.Count).ToHaveTextAsync(AllAccounts);
            await Expect(list.Rows).ToHaveCountAsync(25);
            var name = await list.FirstAccountNameAsync();
            await session.Page.ScreenshotAsync(new() { Path = RepositoryPaths.DocsScreenshot("accounts-list.png") });

            var account = await list.OpenAccountAsync(name);
            await Expect(account.Title).ToHaveTextAsync(name);
            await Expect(account.SupportField("support-tier")).ToHaveTextAsync(new Regex(@"\S"));
            await session.Page.ScreenshotAsync(new() { Path = RepositoryPaths.DocsScreenshot("account-page.png") });

            Assert.Empty(session.Problems);
        });
    }

    /// <summary>A distinctive part of a name: its longest run of letters.</summary>
    private static string LongestWord(string name) =>
        Letters().Matches(name).Select(m => m.Value).OrderByDescending(w => w.Length).First();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Letters();
}
