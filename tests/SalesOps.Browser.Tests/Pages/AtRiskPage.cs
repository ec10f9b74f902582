using Microsoft.Playwright;

namespace SalesOps.Browser.Tests.Pages;

/// <summary>/at-risk: the at-risk customers grid with each account's reasons in words.</summary>
public sealed class AtRiskPage(IPage page) : BlazorPage(page)
{
    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Name = "At-risk customers", Level = 1, Exact = true });

    public ILocator Count => Page.GetByTestId("at-risk-count");

    /// <summary>The grid's data rows (the header row lives in thead).</summary>
    public ILocator Rows => Page.Locator("table tbody").GetByRole(AriaRole.Row);

    /// <summary>Cells by the column title MudDataGrid writes into each cell's data-label.</summary>
    public ILocator Cells(string column) => Rows.Locator($"td[data-label='{column}']");

    public ILocator AccountLinks => Cells("Account").GetByRole(AriaRole.Link);

    /// <summary>The reasons listed in a row's "Why" cell, one list item each.</summary>
    public ILocator Reasons(int row) => Rows.Nth(row).Locator("td[data-label='Why']").GetByRole(AriaRole.Listitem);

    /// <summary>Rows whose "Why" cell lists no reason at all.</summary>
    public ILocator RowsWithoutReasons => Rows.Filter(new() { HasNot = Page.Locator("td[data-label='Why'] li") });

    public Task GotoAsync(string query = "") => GotoInteractiveAsync("at-risk" + query);

    public async Task<AccountPage> OpenAccountAsync(int row)
    {
        await AccountLinks.Nth(row).ClickAsync();
        return new AccountPage(Page);
    }
}
