using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SalesOps.Browser.Tests.Pages;

/// <summary>/accounts: search, filters and the accounts grid.</summary>
public sealed partial class AccountsListPage(IPage page) : BlazorPage(page)
{
    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Name = "Accounts", Level = 1, Exact = true });

    public ILocator Search => Page.GetByLabel("Search name or domain");

    public ILocator Count => Page.GetByTestId("account-count");

    /// <summary>The grid's data rows (the header row lives in thead).</summary>
    public ILocator Rows => Page.Locator("table tbody").GetByRole(AriaRole.Row);

    /// <summary>Cells by the column title MudDataGrid writes into each cell's data-label.</summary>
    public ILocator Cells(string column) => Rows.Locator($"td[data-label='{column}']");

    public ILocator AccountLink(string name) => Rows.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    public Task GotoAsync(string query = "") => GotoInteractiveAsync("accounts" + query);

    public async Task<string> FirstAccountNameAsync()
    {
        var link = Cells("Account").First.GetByRole(AriaRole.Link);
        await Assertions.Expect(link).ToBeVisibleAsync();
        return await link.InnerTextAsync();
    }

    public Task SearchForAsync(string text) => Search.FillAsync(text);

    public async Task ChooseAsync(string filter, string option)
    {
        var select = Page.GetByRole(AriaRole.Combobox, new() { Name = filter, Exact = true });
        await select.ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        await Assertions.Expect(select).ToHaveValueAsync(option);
    }

    /// <summary>The number in the count text ("12 accounts").</summary>
    public async Task<int> CountAsync()
    {
        var match = CountPattern().Match(await Count.InnerTextAsync());
        return match.Success
            ? int.Parse(match.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"Unexpected count text '{await Count.InnerTextAsync()}'.");
    }

    public async Task<AccountPage> OpenAccountAsync(string name)
    {
        await AccountLink(name).ClickAsync();
        return new AccountPage(Page);
    }

    [GeneratedRegex(@"^([\d,]+) accounts?$")]
    private static partial Regex CountPattern();
}
