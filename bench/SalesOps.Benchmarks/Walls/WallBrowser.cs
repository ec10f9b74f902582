using Microsoft.Playwright;

namespace SalesOps.Benchmarks.Walls;

/// <summary>
/// Headless Chromium (Debian's, as the browser tests use) with one browser context per wall, as separate TVs would be,
/// counting the WebSocket frames each wall exchanges with the server.
/// </summary>
internal sealed class WallBrowser : IAsyncDisposable
{
    /// <summary>
    /// A wall is up once its browser module runs (it writes "Updated …"), which happens after the first interactive
    /// render: the circuit exists and holds the wall's state.
    /// </summary>
    public const string ReadyScript = "() => (document.querySelector('[data-wall-updated]')?.textContent ?? '').length > 0";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
        // A TV shows its wall in the foreground; without these, Chromium throttles the timers of the pages it considers hidden.
        "--disable-background-timer-throttling", "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly List<(IBrowserContext Context, IPage Page)> _walls = [];
    private long _framesReceived;
    private long _framesSent;
    private long _bytesReceived;

    private WallBrowser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public int Count => _walls.Count;

    public static async Task<WallBrowser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumArgs,
        });
        return new WallBrowser(playwright, browser);
    }

    /// <summary>Opens one more wall on <paramref name="url"/> and waits until its circuit is up.</summary>
    public async Task OpenAsync(Uri url)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 720 } });
        var page = await context.NewPageAsync();
        page.WebSocket += (_, socket) =>
        {
            socket.FrameReceived += (_, frame) =>
            {
                Interlocked.Increment(ref _framesReceived);
                Interlocked.Add(ref _bytesReceived, frame.Binary?.Length ?? frame.Text?.Length ?? 0);
            };
            socket.FrameSent += (_, _) => Interlocked.Increment(ref _framesSent);
        };
        await page.GotoAsync(url.ToString());
        await page.WaitForFunctionAsync(ReadyScript, null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        _walls.Add((context, page));
    }

    /// <summary>Closes the most recently opened wall (its page unloads, so Blazor ends its circuit at once).</summary>
    public async Task CloseLastAsync()
    {
        var (context, page) = _walls[^1];
        _walls.RemoveAt(_walls.Count - 1);
        await page.CloseAsync(new PageCloseOptions { RunBeforeUnload = true });
        await context.CloseAsync();
    }

    /// <summary>WebSocket frames (and received bytes) since the last call, over all walls.</summary>
    public (long Received, long Sent, long BytesReceived) TakeFrameCounts() =>
        (Interlocked.Exchange(ref _framesReceived, 0), Interlocked.Exchange(ref _framesSent, 0), Interlocked.Exchange(ref _bytesReceived, 0));

    /// <summary>How many walls show an error instead of their panels (none should).</summary>
    public async Task<int> CountBrokenAsync()
    {
        var broken = 0;
        foreach (var (_, page) in _walls)
        {
            if (!await page.EvaluateAsync<bool>("() => document.querySelectorAll('[data-testid=wall-panel]').length > 0"))
            {
                broken++;
            }
        }

        return broken;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (context, _) in _walls)
        {
            await context.CloseAsync();
        }

        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
