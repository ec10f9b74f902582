using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SalesOps.Browser.Tests.Pages;

/// <summary>Navigation that waits until a Blazor Server page can be used, not merely seen.</summary>
public abstract partial class BlazorPage(IPage page)
{
    public IPage Page { get; } = page;

    /// <summary>
    /// Loads <paramref name="url"/> and waits for the circuit. The server prerenders every page, so text is visible
    /// before clicks do anything; the layout imports js/browser.js from its first interactive render, after the
    /// browser has applied that render, so its response means event handlers are in place. (The import map may
    /// point the import at a fingerprinted file name.)
    /// </summary>
    protected async Task GotoInteractiveAsync(string url)
    {
        var response = await Page.RunAndWaitForResponseAsync(
            () => Page.GotoAsync(url),
            r => BrowserModule().IsMatch(new Uri(r.Url).AbsolutePath));
        if (!response.Ok)
        {
            throw new InvalidOperationException($"js/browser.js answered {response.Status}; the page never became interactive.");
        }
    }

    [GeneratedRegex(@"^/js/browser(\.\w+)?\.js$")]
    private static partial Regex BrowserModule();
}
