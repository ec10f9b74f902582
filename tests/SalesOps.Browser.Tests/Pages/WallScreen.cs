using Microsoft.Playwright;

namespace SalesOps.Browser.Tests.Pages;

/// <summary>
/// /wall/{token}: a team TV's screen. A valid link shows an interactive wall (one panel at a time, figures updated in
/// place); an unknown, revoked or expired link shows "Display not authorised".
/// </summary>
public sealed class WallScreen(IPage page)
{
    /// <summary>Set in the window by <see cref="MarkWindowAsync"/>; a page that reloads loses it.</summary>
    private const string Marker = "__salesopsWallMarker";

    public IPage Page { get; } = page;

    /// <summary>The panel on screen (the others of the rotation are in the page, hidden).</summary>
    public ILocator CurrentPanel => Page.Locator("[data-testid=wall-panel]:not([hidden])");

    public ILocator PanelTitle => Page.GetByTestId("wall-panel-title");

    /// <summary>"Updated just now" and on: written by the wall's browser module once the wall is live.</summary>
    public ILocator Updated => Page.GetByTestId("wall-updated");

    public ILocator NotAuthorised => Page.GetByRole(AriaRole.Heading, new() { Name = "Display not authorised", Level = 1, Exact = true });

    /// <summary>Blazor's own "something went wrong" bar: a TV must never show it.</summary>
    public ILocator ErrorBar => Page.Locator("#blazor-error-ui:visible");

    /// <summary>The wall's small "Reconnecting…" indicator while it has lost the server.</summary>
    public ILocator Reconnecting => Page.GetByTestId("wall-reconnect");

    /// <summary>The value of a KPI tile by its test id, e.g. "kpi-signals-week".</summary>
    public ILocator TileValue(string testId) => Page.GetByTestId(testId).Locator(".wall-value");

    public static string PanelKey(string snakeCaseName) => $"[data-testid=wall-panel][data-panel='{snakeCaseName}']";

    /// <summary>Opens the wall and, for a valid link, waits until it is live (its circuit up and its browser module running).</summary>
    public async Task<IResponse?> GotoAsync(string token, bool expectLive = true)
    {
        var response = await Page.GotoAsync($"wall/{token}");
        if (expectLive)
        {
            await WaitUntilLiveAsync();
        }

        return response;
    }

    public async Task WaitUntilLiveAsync(float timeoutMs = 30_000) =>
        await Page.WaitForFunctionAsync(
            "() => (document.querySelector('[data-testid=wall-updated]')?.textContent ?? '').length > 0", null,
            new PageWaitForFunctionOptions { Timeout = timeoutMs });

    /// <summary>Leaves a mark in the window, so a test can tell later whether the page was reloaded meanwhile.</summary>
    public Task MarkWindowAsync() => Page.EvaluateAsync($"() => {{ window.{Marker} = true; }}");

    public Task<bool> IsWindowMarkedAsync() => Page.EvaluateAsync<bool>($"() => window.{Marker} === true");
}
