using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SalesOps.Browser.Tests.Pages;

/// <summary>The Health card of an account page: score, band, at-risk reasons and each component with its inputs in words.</summary>
public sealed partial class AccountHealthPanel(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Card => Page.GetByTestId("account-health");

    public ILocator Score => Card.GetByTestId("health-score");

    public ILocator Band => Card.Locator(".mud-chip").Filter(new() { HasTextRegex = BandName() });

    public ILocator Confidence => Card.GetByTestId("health-confidence");

    public ILocator Reasons => Card.GetByTestId("health-reasons");

    // MudSimpleTable puts the test id and label on its wrapper, not on the table.
    public ILocator Components => Card.GetByTestId("health-components").GetByRole(AriaRole.Table);

    public ILocator ComponentRows => Components.Locator("tbody").GetByRole(AriaRole.Row);

    /// <summary>A component's row by the name shown in its header cell (e.g. "Product adoption").</summary>
    public ILocator Component(string name) =>
        ComponentRows.Filter(new() { Has = Page.GetByRole(AriaRole.Rowheader, new() { Name = name, Exact = true }) });

    /// <summary>The "Based on" cell of a component: the inputs it used, in words.</summary>
    public ILocator BasedOn(string name) => Component(name).Locator("td").Nth(1);

    public ChartFigure TrendChart => new(Page, "Health score trend");

    [GeneratedRegex("^(Healthy|Watch|At risk)$")]
    private static partial Regex BandName();
}
