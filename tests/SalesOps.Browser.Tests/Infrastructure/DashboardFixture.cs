using System.Runtime.CompilerServices;
using System.Security.Claims;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SalesOps.Browser.Tests.Pages;
using SalesOps.Services.Security;

namespace SalesOps.Browser.Tests.Infrastructure;

/// <summary>
/// One app on a real Kestrel port (its own SQLite file with 60 seeded accounts) and one headless Chromium per test
/// class; each test gets a fresh browser context from <see cref="NewSessionAsync"/>.
/// </summary>
public sealed class DashboardFixture : IAsyncLifetime, IAsyncDisposable
{
    public const int SeededAccounts = 60;

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"salesops-browser-{Guid.NewGuid():N}.db");
    private DashboardApplicationFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseUrl { get; private set; } = default!;

    /// <summary>The running app's services, for asking the same questions the pages ask.</summary>
    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("The app has not started.");

    public async Task InitializeAsync()
    {
        _factory = StartApp(port: 0);
        BaseUrl = _factory.ClientOptions.BaseAddress;

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>
    /// Stops the app and starts a new one on the same port and the same SQLite file, as a deploy or a crash would:
    /// open pages lose their circuits and have to find their way back by themselves.
    /// </summary>
    public async Task RestartAppAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        _factory = StartApp(BaseUrl.Port);
        if (_factory.ClientOptions.BaseAddress != BaseUrl)
        {
            throw new InvalidOperationException($"The app came back on {_factory.ClientOptions.BaseAddress}, not {BaseUrl}.");
        }
    }

    private DashboardApplicationFactory StartApp(int port)
    {
        var factory = new DashboardApplicationFactory(_databasePath, SeededAccounts);
        factory.UseKestrel(port);
        factory.StartServer();
        return factory;
    }

    public async Task<BrowserSession> NewSessionAsync([CallerMemberName] string testName = "")
    {
        var browser = _browser ?? throw new InvalidOperationException("The browser has not started.");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl.ToString(),
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
            ColorScheme = ColorScheme.Light,
            Locale = "en-US",
            TimezoneId = "Europe/Berlin",
        });
        return await BrowserSession.StartAsync(context, testName);
    }

    /// <summary>A new session already signed in through the sign-in page as the demo user of <paramref name="role"/>.</summary>
    public async Task<BrowserSession> NewSignedInSessionAsync(string role, [CallerMemberName] string testName = "")
    {
        var session = await NewSessionAsync(testName);
        try
        {
            await new LoginPage(session.Page).SignInAsync(LoginPage.DemoEmail(role), LoginPage.DemoPassword);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>A service scope acting as a signed-in user with <paramref name="role"/>, for asking services what a page would show.</summary>
    public AsyncServiceScope CreateScopeAs(string role)
    {
        var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, LoginPage.DemoEmail(role)), new Claim(ClaimTypes.Role, role)], "Test")));
        return scope;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_databasePath + suffix);
        }
    }

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());
}
