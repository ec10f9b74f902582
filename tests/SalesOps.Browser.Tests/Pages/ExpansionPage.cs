using Microsoft.Playwright;

namespace SalesOps.Browser.Tests.Pages;

/// <summary>/expansion: the KPI tiles (each a link to the filtered list), conversion by trigger, and the signal list.</summary>
public sealed class ExpansionPage(IPage page) : BlazorPage(page)
{
    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Name = "Expansion opportunities", Level = 1, Exact = true });

    /// <summary>A KPI tile (a link) by its test id, e.g. "kpi-opportunity-rate".</summary>
    public ILocator Tile(string testId) => Page.GetByTestId(testId);

    public ILocator TileValue(string testId) => Tile(testId).Locator(".kpi-value");

    public ILocator TileCaption(string testId) => Tile(testId).Locator(".kpi-caption");

    /// <summary>The by-trigger table's cells for a trigger (by its label): signals, opportunities, won, won ARR, → opportunity.</summary>
    public ILocator TriggerCells(string label) =>
        Page.GetByTestId("by-trigger").GetByRole(AriaRole.Row)
            .Filter(new() { Has = Page.GetByRole(AriaRole.Rowheader, new() { Name = label }) }).GetByRole(AriaRole.Cell);

    public ILocator SignalCount => Page.GetByTestId("signal-count");

    /// <summary>The signal list's data rows (the header row lives in thead).</summary>
    public ILocator Rows => Page.GetByTestId("signal-list").Locator("tbody").GetByRole(AriaRole.Row);

    /// <summary>The list row of signal <paramref name="id"/>.</summary>
    public ILocator SignalRow(int id) => Rows.Filter(new() { Has = Page.Locator($"[data-signal='{id}']") });

    /// <summary>A cell of a row by the column title MudDataGrid writes into each cell's data-label.</summary>
    public static ILocator Cell(ILocator row, string column) => row.Locator($"td[data-label='{column}']");

    public Task GotoAsync(string query = "") => GotoInteractiveAsync("expansion" + query);
}
