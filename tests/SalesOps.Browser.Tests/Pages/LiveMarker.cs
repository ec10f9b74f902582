using Microsoft.Playwright;

namespace SalesOps.Browser.Tests.Pages;

/// <summary>
/// A value kept on the page's window object: it survives whatever Blazor does to the page and is gone after a reload
/// or a full navigation, so a test can tell an update in place from a page loaded again.
/// </summary>
public static class LiveMarker
{
    private const string Name = "__salesOpsLiveMarker";

    public static Task SetAsync(IPage page, string value) => page.EvaluateAsync($"v => {{ window.{Name} = v; }}", value);

    public static Task<string?> GetAsync(IPage page) => page.EvaluateAsync<string?>($"() => window.{Name} ?? null");

    /// <summary>The "Updated just now" hint a live page shows after it took new numbers.</summary>
    public static ILocator UpdatedHint(IPage page) => page.GetByTestId("live-updated");
}
