using System.Text.RegularExpressions;
using SalesOps.Browser.Tests.Infrastructure;
using SalesOps.Browser.Tests.Pages;
using SalesOps.Core.Security;
using static Microsoft.Playwright.Assertions;

namespace SalesOps.Browser.Tests.Accounts;

/// <summary>Edits data, so it has its own app and database rather than sharing one with the read-only journeys.</summary>
public sealed class SupportSettingsEditTests(DashboardFixture app) : IClassFixture<DashboardFixture>
{
    [Fact]
    public async Task Changing_the_support_tier_shows_a_saved_message_and_survives_a_reload()
    {
        // Success is one of the roles of EditCustomers.
        await using var session = await app.NewSignedInSessionAsync(AppRoles.Success);
        await session.RunAsync(async () =>
        {
            var list = new AccountsListPage(session.Page);
            await list.GotoAsync();
            var account = await list.OpenAccountAsync(await list.FirstAccountNameAsync());
            await Expect(account.SupportTier).ToHaveTextAsync(new Regex("^(Standard|Priority|VIP)$"));
            var before = await account.SupportTier.InnerTextAsync();
            var after = before == "VIP" ? "Priority" : "VIP";

            await account.ChangeSupportTierAsync(after);

            await Expect(account.Snackbar(new Regex("saved", RegexOptions.IgnoreCase))).ToBeVisibleAsync();
            await Expect(account.SupportTier).ToHaveTextAsync(after);
            await Expect(account.EditButton).ToBeVisibleAsync();

            await session.Page.ReloadAsync();
            await Expect(account.SupportTier).ToHaveTextAsync(after);
            Assert.Empty(session.Problems);
        });
    }
}
