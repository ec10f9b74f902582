using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SalesOps.Browser.Tests.Pages;

/// <summary>/ (the overview): KPI tiles, each a link to the page behind its number, and the portfolio health chart.</summary>
public sealed partial class OverviewPage(IPage page) : BlazorPage(page)
{
    public const string TrendChartTitle = "Average health score of the portfolio";

    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Name = "Overview", Level = 1, Exact = true });

    /// <summary>The link that is the whole tile titled <paramref name="title"/> (e.g. "ARR at risk").</summary>
    public ILocator Tile(string title) =>
        Page.GetByRole(AriaRole.Link).Filter(new() { Has = Page.GetByText(title, new() { Exact = true }) });

    /// <summary>The big number of a tile.</summary>
    public ILocator TileValue(string title) => Tile(title).Locator(".kpi-value");

    public ChartFigure TrendChart => new(Page, TrendChartTitle);

    public ILocator ThemeToggle => Page.GetByRole(AriaRole.Button, new() { NameRegex = ThemeToggleName() });

    public Task GotoAsync() => GotoInteractiveAsync("/");

    [GeneratedRegex("^Switch to (dark|light) theme$")]
    private static partial Regex ThemeToggleName();
}
