using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SalesOps.Browser.Tests.Pages;

/// <summary>The account page's Opportunities tab: the deals, their stage menu and the links to their handoffs.</summary>
public sealed class AccountDealsSection(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Table => Page.GetByTestId("deals");

    public ILocator Row(int dealId) => Table.Locator($"tr[data-deal='{dealId}']");

    public ILocator Stage(int dealId) => Row(dealId).GetByTestId("deal-stage");

    public ILocator StageMenu(int dealId) => Row(dealId).GetByTestId("deal-stage-menu");

    public ILocator HandoffLink(int dealId) => Row(dealId).GetByRole(AriaRole.Link, new() { Name = "Open handoff", Exact = true });

    public ILocator ConfirmDialog => Page.GetByRole(AriaRole.Dialog);

    /// <summary>The snackbar that says a won deal's handoff has started, with its "Open handoff" action.</summary>
    public ILocator HandoffStartedNotice(string dealName) =>
        Page.Locator("#mud-snackbar-container .mud-snackbar")
            .Filter(new() { HasText = $"{dealName} is won. Its handoff to customer success has started." });

    /// <summary>Moves the deal to Closed Won through its stage menu and confirms the question that follows.</summary>
    public async Task MarkClosedWonAsync(int dealId, string dealName)
    {
        await StageMenu(dealId).GetByRole(AriaRole.Button, new() { Name = $"Change the stage of {dealName}", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Menuitem, new() { NameRegex = new Regex("Mark Closed Won$") }).ClickAsync();
        await Assertions.Expect(ConfirmDialog).ToContainTextAsync("A handoff to customer success starts for this deal");
        await ConfirmDialog.GetByRole(AriaRole.Button, new() { Name = "Mark Closed Won", Exact = true }).ClickAsync();
        await Assertions.Expect(ConfirmDialog).ToBeHiddenAsync();
    }
}
