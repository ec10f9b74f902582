using System.Text.Json;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SalesOps.Core.Configuration;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Tests.Infrastructure;
using SalesOps.Dashboard.Tests.Settings;
using SalesOps.Services;
using SalesOps.Services.Configuration;
using SalesOps.Services.Events;
using SalesOps.Services.Health;
using SalesOps.Services.WallDisplays;
using AdminPage = SalesOps.Dashboard.Components.Pages.Admin.WallDisplays;

namespace SalesOps.Dashboard.Tests.WallDisplays;

/// <summary>
/// The admin page of display links: each display's rotation is shown (also one that was removed from the
/// configuration, which the display no longer shows) and a revoked link can be reinstated from the list.
/// </summary>
public sealed class WallDisplaysPageTests : MudTestBase, IClassFixture<SeededDatabase>
{
    private const string OpsEmail = "ops@demo.salesops.example";
    private readonly SeededDatabase _db;

    public WallDisplaysPageTests(SeededDatabase db)
    {
        _db = db;
        Services.AddRealAccountService(db);
        Services.AddSingleton<IHealthRecomputeQueue>(new FakeHealthRecompute());
        Services.AddEventServices();
        Services.AddAuthorizedScoped<ICrmConfigurationService, CrmConfigurationService>();
        Services.AddWallDisplayServices();
        this.AddAuthorization().SetAuthorized(OpsEmail).SetRoles(AppRoles.OpsManager)
            .SetPolicies(Policies.ViewCustomers, Policies.ManageConfiguration, Policies.ManageWallDisplays);
    }

    [Fact]
    public async Task Each_display_shows_its_rotation_and_one_naming_a_removed_rotation_says_it_shows_the_default()
    {
        var reception = await CreateAsync("Reception desk TV", "Reception");
        var plain = await CreateAsync("Plain TV", null);
        var orphan = await CreateAsync("Orphan TV", null);
        await using (var db = _db.CreateContext())
        {
            // A rotation removed from the configuration after the display named it.
            await db.WallDisplayTokens.Where(t => t.Id == orphan).ExecuteUpdateAsync(s => s.SetProperty(t => t.Rotation, "Night shift"));
        }

        var cut = Render<AdminPage>();

        cut.WaitForAssertion(() => Assert.Equal("Reception", RotationShown(cut, reception)));
        var fallback = (await CurrentAsync()).WallDisplays.RotationFor(null).Name;
        Assert.Equal($"Default ({fallback})", RotationShown(cut, plain));
        Assert.Equal("Night shift (removed: shows the default)", RotationShown(cut, orphan));
    }

    [Fact]
    public async Task A_revoked_display_is_reinstated_from_the_list_and_works_again()
    {
        var id = await CreateAsync("Break room TV", null);
        Assert.True((await Services.GetRequiredService<IWallDisplayService>().RevokeAsync(id)).Succeeded);
        var cut = Render<AdminPage>();

        cut.WaitForElement("[aria-label='Reinstate Break room TV']").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[aria-label='Revoke Break room TV']")));
        Assert.Contains(Services.GetRequiredService<ISnackbar>().ShownSnackbars,
            s => s.Message == "Reinstated \"Break room TV\". The display comes back at its next check.");
        await using var db = _db.CreateContext();
        Assert.Null(await db.WallDisplayTokens.Where(t => t.Id == id).Select(t => t.RevokedAt).SingleAsync());
    }

    /// <summary>The text the rotation select of a display's row shows.</summary>
    private static string? RotationShown(IRenderedComponent<AdminPage> cut, int id) =>
        cut.Find($"td[data-token-id='{id}']").ParentElement!.QuerySelector("[data-testid=token-rotation] input")?.GetAttribute("value");

    private async Task<int> CreateAsync(string name, string? rotation)
    {
        var displays = Services.GetRequiredService<IWallDisplayService>();
        var created = await displays.CreateAsync(name, null);
        Assert.True(created.Succeeded, created.Error);
        Assert.True((await displays.SetRotationAsync(created.Info!.Id, rotation)).Succeeded);
        return created.Info.Id;
    }

    private async Task<CrmConfiguration> CurrentAsync()
    {
        await using var db = _db.CreateContext();
        var latest = await db.ConfigurationVersions.AsNoTracking().OrderByDescending(v => v.Version).FirstOrDefaultAsync();
        return latest is null ? CrmConfiguration.Default : JsonSerializer.Deserialize<CrmConfiguration>(latest.Json, CrmConfigurationProvider.Json)!;
    }
}
