using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Browser.Tests.Dashboards;
using SalesOps.Browser.Tests.Infrastructure;
using SalesOps.Browser.Tests.Pages;
using SalesOps.Core.Configuration;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Api;
using SalesOps.Data;
using SalesOps.Services.ApiKeys;
using SalesOps.Services.Configuration;
using SalesOps.Services.WallDisplays;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SalesOps.Browser.Tests.Wall;

/// <summary>
/// A team TV in Chromium: a help desk posts an expansion signal through the API and the open wall shows it without
/// reloading; a revoked link turns the wall into "Display not authorised", and reinstating the link brings it back
/// without anyone touching the TV.
/// </summary>
public sealed class WallJourneyTests(DashboardFixture app, ITestOutputHelper output) : IClassFixture<DashboardFixture>
{
    private const string SignalsRotation = "Signals only";

    [Fact]
    public async Task A_signal_posted_through_the_API_shows_on_the_open_wall_without_a_reload()
    {
        // Usage detection adds signals while the app settles after start-up; read the wall once the numbers stand still.
        await HealthReady.OverviewAsync(app);
        await EnsureRotationAsync(SignalsRotation, WallPanel.ExpansionSignalsThisWeek);
        var token = await CreateDisplayAsync("Sales floor TV", SignalsRotation);
        var apiKey = await CreateApiKeyAsync("Help desk for the wall test");
        var before = await HealthReady.AskAsync(app, a => a.GetExpansionThisWeekAsync());

        await using var session = await app.NewSessionAsync();
        await session.RunAsync(async () =>
        {
            var wall = new WallScreen(session.Page);
            await wall.GotoAsync(token);
            await Expect(wall.CurrentPanel).ToHaveAttributeAsync("data-panel", "expansion_signals_this_week");
            await Expect(wall.TileValue("kpi-signals-week")).ToHaveTextAsync(Count(before.Signals));
            await wall.MarkWindowAsync();

            var clock = Stopwatch.StartNew();
            using (var response = await PostSignalAsync(apiKey))
            {
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            }

            // The promise is "within 2 s"; timings are not asserted in tests (a loaded CI machine is not the product), so
            // the wait is generous and the time is reported.
            await Expect(wall.TileValue("kpi-signals-week")).ToHaveTextAsync(Count(before.Signals + 1), new() { Timeout = 15_000 });
            output.WriteLine($"Signal on the wall {clock.ElapsedMilliseconds} ms after the POST was sent (reported, not asserted).");
            Assert.True(await wall.IsWindowMarkedAsync(), "The wall reloaded the page to show the new signal.");
            var after = await HealthReady.AskAsync(app, a => a.GetExpansionThisWeekAsync());
            Assert.Equal(before.Signals + 1, after.Signals);
            await Expect(wall.ErrorBar).ToHaveCountAsync(0);
            Assert.Empty(session.Problems);
        });
    }

    [Fact]
    public async Task A_revoked_link_shows_Display_not_authorised_and_the_wall_comes_back_when_the_link_is_reinstated()
    {
        await using var ops = await app.NewSignedInSessionAsync(AppRoles.OpsManager);
        await using var tv = await app.NewSessionAsync();
        await using var newTv = await app.NewSessionAsync();
        await ops.RunAsync(async () =>
        {
            // The ops manager creates the link on the admin page, with its rotation, and opens it on the TV.
            var admin = new WallDisplaysPage(ops.Page);
            await admin.GotoAsync();
            var url = await admin.CreateAsync("Lobby TV", "Reception");
            await Expect(admin.RowRotation("Lobby TV")).ToHaveValueAsync("Reception");
            var token = url[(url.LastIndexOf('/') + 1)..];

            var wall = new WallScreen(tv.Page);
            await wall.GotoAsync(token);
            await Expect(wall.CurrentPanel).ToHaveCountAsync(1);
            await wall.MarkWindowAsync();

            await admin.RevokeAsync("Lobby TV");

            // The open wall hears of it at once and says so, without an error and without reloading.
            await Expect(wall.NotAuthorised).ToBeVisibleAsync();
            await Expect(wall.CurrentPanel).ToHaveCountAsync(0);
            await Expect(wall.ErrorBar).ToHaveCountAsync(0);
            // A TV switched on now gets the plain page, which asks again by itself every minute.
            var fresh = new WallScreen(newTv.Page);
            var denied = await fresh.GotoAsync(token, expectLive: false);
            Assert.Equal((int)HttpStatusCode.NotFound, denied!.Status);
            await Expect(fresh.NotAuthorised).ToBeVisibleAsync();
            await Expect(newTv.Page.Locator("script[src*='js/wall-retry']")).ToHaveCountAsync(1);
            Assert.DoesNotContain("Exception", await newTv.Page.ContentAsync(), StringComparison.Ordinal);

            await admin.ReinstateAsync("Lobby TV");

            await Expect(wall.CurrentPanel).ToHaveCountAsync(1);
            await Expect(wall.NotAuthorised).ToHaveCountAsync(0);
            Assert.True(await wall.IsWindowMarkedAsync(), "The wall reloaded the page to come back.");
            // The plain page's next check (its refresh) finds the link working again.
            await newTv.Page.ReloadAsync();
            await fresh.WaitUntilLiveAsync();
            await Expect(fresh.CurrentPanel).ToHaveCountAsync(1);
            Assert.Empty(tv.Problems);
        });
    }

    private static string Count(int value) => value.ToString("#,##0", CultureInfo.InvariantCulture);

    /// <summary>Adds a rotation of one panel to the configuration, as an ops manager saving the settings page does.</summary>
    private async Task EnsureRotationAsync(string name, WallPanel panel)
    {
        await using var scope = app.CreateScopeAs(AppRoles.OpsManager);
        var configuration = scope.ServiceProvider.GetRequiredService<ICrmConfigurationService>();
        var current = await configuration.GetCurrentAsync();
        var walls = current.Configuration.WallDisplays;
        if (walls.Find(name) is not null)
        {
            return;
        }

        var rotation = new WallRotation { Name = name, Panels = [panel], IntervalSeconds = WallDisplaySettings.MaxIntervalSeconds };
        var saved = await configuration.SaveAsync(
            current.Configuration with { WallDisplays = walls with { Rotations = [.. walls.Rotations, rotation] } }, "Wall test", current.Version);
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.Select(e => e.Message)));
    }

    private async Task<string> CreateDisplayAsync(string name, string rotation)
    {
        await using var scope = app.CreateScopeAs(AppRoles.OpsManager);
        var displays = scope.ServiceProvider.GetRequiredService<IWallDisplayService>();
        var created = await displays.CreateAsync(name, null);
        Assert.True(created.Succeeded, created.Error);
        var rotated = await displays.SetRotationAsync(created.Info!.Id, rotation);
        Assert.True(rotated.Succeeded, rotated.Error);
        return created.Token!;
    }

    private async Task<string> CreateApiKeyAsync(string name)
    {
        await using var scope = app.CreateScopeAs(AppRoles.OpsManager);
        var created = await scope.ServiceProvider.GetRequiredService<IApiKeyService>().CreateAsync(name);
        Assert.True(created.Succeeded, created.Error);
        return created.Key!;
    }

    /// <summary>What a help desk's macro sends: a signal for an account that has an account manager.</summary>
    private async Task<HttpResponseMessage> PostSignalAsync(string apiKey)
    {
        int accountId;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<SalesOpsDbContext>>().CreateDbContextAsync())
        {
            accountId = await db.Accounts.AsNoTracking().Where(a => a.OwnerId != null).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
        }

        using var http = new HttpClient { BaseAddress = app.BaseUrl };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(ExpansionSignalEndpoints.Path, UriKind.Relative))
        {
            Content = new StringContent(JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["account_id"] = accountId,
                ["trigger"] = "need_for_more_capacity",
                ["context"] = "Asked for 30 more seats for the new office (wall test).",
            }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(ApiKeyAuthentication.HeaderName, apiKey);
        request.Headers.Add(ExpansionSignalEndpoints.IdempotencyKeyHeader, "wall-test-" + Guid.NewGuid().ToString("N"));
        return await http.SendAsync(request);
    }
}
