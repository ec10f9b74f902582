using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Microsoft.Playwright;

namespace SalesOps.Browser.Tests.Infrastructure;

/// <summary>
/// A browser context and page for one test, recording everything that went wrong in the browser: console errors,
/// uncaught exceptions, failed requests and HTTP error responses.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly string _testName;
    private readonly ConcurrentQueue<string> _problems = new();

    private BrowserSession(IBrowserContext context, IPage page, string testName)
    {
        _context = context;
        _testName = testName;
        Page = page;
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                _problems.Enqueue($"console error: {m.Text} ({m.Location})");
            }
        };
        page.PageError += (_, e) => _problems.Enqueue($"uncaught exception: {e}");
        page.RequestFailed += (_, r) => _problems.Enqueue($"request failed: {r.Method} {r.Url} ({r.Failure})");
        page.Response += (_, r) =>
        {
            if (r.Status >= 400)
            {
                _problems.Enqueue($"HTTP {r.Status}: {r.Request.Method} {r.Url}");
            }
        };
    }

    public IPage Page { get; }

    /// <summary>What went wrong in the browser so far, in the order it happened.</summary>
    public IReadOnlyList<string> Problems => [.. _problems];

    public static async Task<BrowserSession> StartAsync(IBrowserContext context, string testName)
    {
        // A screenshot left from an earlier failed run would suggest this run failed too.
        var stale = FailureScreenshotPath(testName);
        if (File.Exists(stale))
        {
            File.Delete(stale);
        }

        var page = await context.NewPageAsync();
        return new BrowserSession(context, page, testName);
    }

    /// <summary>Runs a test body; when it fails, saves a full-page screenshot next to the test assembly and rethrows.</summary>
    public async Task RunAsync(Func<Task> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            await body();
        }
        catch (Exception ex)
        {
            var path = await TrySaveFailureScreenshotAsync();
            var problems = Problems;
            var details = (path is null ? "" : $"Screenshot: {path}") +
                (problems.Count == 0 ? "" : $"{Environment.NewLine}Browser problems:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", problems));
            if (details.Length == 0)
            {
                ExceptionDispatchInfo.Throw(ex);
            }

            throw new BrowserTestFailedException($"{ex.Message}{Environment.NewLine}{details}", ex);
        }
    }

    private async Task<string?> TrySaveFailureScreenshotAsync()
    {
        try
        {
            var path = FailureScreenshotPath(_testName);
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Timeout = 10_000 });
            return path;
        }
        catch (PlaywrightException)
        {
            // A crashed or closed page cannot be photographed; the original failure is what matters.
            return null;
        }
    }

    private static string FailureScreenshotPath(string testName) =>
        Path.Combine(AppContext.BaseDirectory, "screenshots", $"{testName}.png");

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
