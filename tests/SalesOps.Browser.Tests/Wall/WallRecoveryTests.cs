using Microsoft.Extensions.DependencyInjection;
using SalesOps.Browser.Tests.Infrastructure;
using SalesOps.Browser.Tests.Pages;
using SalesOps.Core.Configuration;
using SalesOps.Core.Security;
using SalesOps.Services.Configuration;
using SalesOps.Services.WallDisplays;
using static Microsoft.Playwright.Assertions;

namespace SalesOps.Browser.Tests.Wall;

/// <summary>
/// The app restarts (a deploy, a crash) while a TV shows its wall: the wall's circuit is gone with the old process,
/// and the wall finds its way back by itself, without an error page, and goes on rotating. Its own app instance, as
/// the restart would disturb other tests.
/// </summary>
public sealed class WallRecoveryTests(DashboardFixture app) : IClassFixture<DashboardFixture>
{
    private const string QuickRotation = "Quick two panels";

    [Fact]
    public async Task After_the_app_restarts_on_the_same_port_and_database_the_wall_recovers_by_itself_and_keeps_rotating()
    {
        var token = await CreateDisplayAsync();
        await using var tv = await app.NewSessionAsync();
        await tv.RunAsync(async () =>
        {
            var wall = new WallScreen(tv.Page);
            await wall.GotoAsync(token);
            await Expect(wall.CurrentPanel).ToHaveCountAsync(1);

            await app.RestartAppAsync();

            // Reconnecting to the new process finds no circuit; the wall gets a new one by itself (it reloads once the
            // app answers) and shows its panels again, never an error.
            await Expect(wall.Reconnecting).ToBeHiddenAsync(new() { Timeout = 90_000 });
            await wall.WaitUntilLiveAsync(90_000);
            await Expect(wall.CurrentPanel).ToHaveCountAsync(1);

            // And it rotates on, which only a live wall does: both panels come round again (5 s each).
            await Expect(wall.CurrentPanel).ToHaveAttributeAsync("data-panel", "expansion_signals_this_week", new() { Timeout = 60_000 });
            await Expect(wall.CurrentPanel).ToHaveAttributeAsync("data-panel", "overview_kpis", new() { Timeout = 15_000 });
            await Expect(wall.CurrentPanel).ToHaveAttributeAsync("data-panel", "expansion_signals_this_week", new() { Timeout = 15_000 });
            await Expect(wall.ErrorBar).ToHaveCountAsync(0);
            await Expect(wall.NotAuthorised).ToHaveCountAsync(0);
            await Expect(wall.Reconnecting).ToBeHiddenAsync();
            Assert.DoesNotContain("Exception", await tv.Page.ContentAsync(), StringComparison.Ordinal);
        });
    }

    /// <summary>A display on a rotation of two panels at the shortest interval, so a test sees it rotate.</summary>
    private async Task<string> CreateDisplayAsync()
    {
        await using var scope = app.CreateScopeAs(AppRoles.OpsManager);
        var configuration = scope.ServiceProvider.GetRequiredService<ICrmConfigurationService>();
        var current = await configuration.GetCurrentAsync();
        var walls = current.Configuration.WallDisplays;
        var rotation = new WallRotation
        {
            Name = QuickRotation, Panels = [WallPanel.OverviewKpis, WallPanel.ExpansionSignalsThisWeek], IntervalSeconds = WallDisplaySettings.MinIntervalSeconds,
        };
        var saved = await configuration.SaveAsync(
            current.Configuration with { WallDisplays = walls with { Rotations = [.. walls.Rotations, rotation] } }, "Wall recovery test", current.Version);
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.Select(e => e.Message)));

        var displays = scope.ServiceProvider.GetRequiredService<IWallDisplayService>();
        var created = await displays.CreateAsync("Support floor TV", null);
        Assert.True(created.Succeeded, created.Error);
        Assert.True((await displays.SetRotationAsync(created.Info!.Id, QuickRotation)).Succeeded);
        return created.Token!;
    }
}
