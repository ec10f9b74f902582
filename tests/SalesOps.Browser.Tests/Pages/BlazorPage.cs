using Microsoft.Playwright;

namespace SalesOps.Browser.Tests.Pages;

/// <summary>Navigation that waits until a Blazor Server page can be used, not merely seen.</summary>
public abstract partial class BlazorPage(IPage page)
{
    public IPage Page { get; } = page;

    /// <summary>
    /// Loads <paramref name="url"/> and waits for the circuit. The server prerenders every page, so text is visible
    /// before clicks do anything; the layout marks itself <c>data-ready</c> once its first interactive render has run
    /// and the browser's time zone and theme are applied, so from then on event handlers are in place and the page
    /// does not re-render under a click. (Waiting for the js/browser.js response instead could match a response of
    /// the page before, or a 304 on reload.)
    /// </summary>
    protected async Task GotoInteractiveAsync(string url)
    {
        await Page.GotoAsync(url);
        await Ready.WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    /// <summary>The layout of the current document once it is interactive.</summary>
    public ILocator Ready => Page.Locator(".mud-layout[data-ready=true]");
}
