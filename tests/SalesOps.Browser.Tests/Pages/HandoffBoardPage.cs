using Microsoft.Playwright;

namespace SalesOps.Browser.Tests.Pages;

/// <summary>/handoffs: the handoff metrics, the filters (in the query string) and the board with its count and stage chips.</summary>
public sealed class HandoffBoardPage(IPage page) : BlazorPage(page)
{
    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Name = "Handoffs", Level = 1, Exact = true });

    public ILocator Count => Page.GetByTestId("handoff-count");

    /// <summary>The chip counting the in-progress handoffs of a stage, e.g. "PreHandoff".</summary>
    public ILocator StageCount(string stage) => Page.GetByTestId($"stage-count-{stage}");

    public Task GotoAsync(string query = "") => GotoInteractiveAsync("handoffs" + query);
}
