using System.Text.Json;
using AngleSharp.Dom;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Components.Pages.Settings;
using SalesOps.Dashboard.Tests.Infrastructure;
using SalesOps.Services;
using SalesOps.Services.Configuration;
using SalesOps.Services.Events;
using SalesOps.Services.Health;
using SalesOps.Services.WallDisplays;

namespace SalesOps.Dashboard.Tests.Settings;

/// <summary>
/// Ops managers set up wall rotations (panels and their order, interval, hidden names), the default rotation and the
/// stale threshold, see a preview, and save them as the next configuration version; what is wrong is shown on its
/// field and nothing is saved then; displays follow a renamed or removed rotation.
/// </summary>
public sealed class WallRotationsPageTests : MudTestBase, IClassFixture<SeededDatabase>
{
    private const string OpsEmail = "ops@demo.salesops.example";
    private readonly SeededDatabase _db;

    public WallRotationsPageTests(SeededDatabase db)
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
    public async Task A_new_rotation_with_chosen_panels_in_order_is_previewed_and_saved_as_a_new_configuration_version()
    {
        var (versionBefore, before) = await StoredAsync();
        var cut = Render<WallRotations>();
        cut.WaitForElement("[data-testid=rotation-editor]");

        cut.Find("[data-testid=add-rotation]").Click();
        cut.WaitForAssertion(() => Assert.Equal(WallRotationsForm.NewRotationName, cut.Find("#rotation-name").GetAttribute("value")));
        cut.Find("#rotation-name").Input("Support floor");
        cut.Find("#rotation-interval").Input("15");
        AddPanel(cut, WallPanel.OpenEscalations);
        AddPanel(cut, WallPanel.HandoffsOverdue);
        // Escalations before the KPIs: up once.
        cut.Find("[data-testid=panel-list] [data-panel='1'] [data-testid=panel-up]").Click();
        Switch(cut, "hide-names").Change(true);

        cut.WaitForAssertion(() => Assert.Equal(
            ["OpenEscalations", "OverviewKpis", "HandoffsOverdue"],
            cut.FindAll("[data-testid=panel-list] [data-panel]").Select(p => p.GetAttribute("data-kind"))));
        var preview = cut.Find("[data-testid=preview]");
        Assert.Equal(
            ["OpenEscalations", "OverviewKpis", "HandoffsOverdue"],
            preview.QuerySelectorAll("[data-testid=preview-panel]").Select(p => p.GetAttribute("data-kind")));
        Assert.Equal(
            ["0:00\u20130:15 \u00b7 15 s", "0:15\u20130:30 \u00b7 15 s", "0:30\u20130:45 \u00b7 15 s"],
            preview.QuerySelectorAll("[data-testid=preview-window]").Select(w => w.TextContent.Trim()));
        Assert.Contains("3 panels, 15 s each: a full cycle takes 45 s; customer names hidden.", preview.TextContent, StringComparison.Ordinal);
        // The KPI tiles name no customer; the two lists do, so only they say how names appear.
        Assert.Equal(2, preview.QuerySelectorAll("[data-testid=preview-names-hidden]").Length);
        Assert.NotNull(cut.Find("[data-testid=unsaved]"));

        cut.Find("#field-comment").Change("Support floor TV");
        cut.Find("[data-testid=save-button]").Click();

        cut.WaitForAssertion(() => Assert.Contains($"version {versionBefore + 1}", cut.Find("[data-testid=current-version]").TextContent, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-testid=unsaved]"));
        Assert.Contains(Services.GetRequiredService<ISnackbar>().ShownSnackbars,
            s => s.Message?.StartsWith($"Saved as version {versionBefore + 1}.", StringComparison.Ordinal) == true);
        var (versionAfter, after) = await StoredAsync();
        Assert.Equal(versionBefore + 1, versionAfter);
        var saved = after.WallDisplays.Find("Support floor")!;
        Assert.Equal([WallPanel.OpenEscalations, WallPanel.OverviewKpis, WallPanel.HandoffsOverdue], saved.Panels);
        Assert.Equal((15, true), (saved.IntervalSeconds, saved.HideCustomerNames));
        Assert.Equal(before.WallDisplays.Rotations.Count + 1, after.WallDisplays.Rotations.Count);
        // The rest of the configuration is saved as it was.
        Assert.Equal(Json(before with { WallDisplays = new() }), Json(after with { WallDisplays = new() }));
        await using var db = _db.CreateContext();
        var stored = await db.ConfigurationVersions.AsNoTracking().SingleAsync(v => v.Version == versionAfter);
        Assert.Equal((OpsEmail, "Support floor TV"), (stored.CreatedBy, stored.Comment));
    }

    [Fact]
    public async Task A_too_short_interval_a_missing_name_and_no_panels_are_shown_on_their_fields_and_nothing_is_saved()
    {
        var (versionBefore, _) = await StoredAsync();
        var cut = Render<WallRotations>();
        cut.WaitForElement("[data-testid=rotation-editor]");
        var r = cut.Find("[data-testid=rotation-editor]").GetAttribute("data-rotation");

        cut.Find("#rotation-interval").Input("3");
        cut.Find("#rotation-name").Input("  ");
        while (cut.FindAll("[data-testid=panel-list] [data-testid=panel-remove]").Count > 0)
        {
            cut.Find("[data-testid=panel-list] [data-testid=panel-remove]").Click();
        }

        cut.WaitForAssertion(() => Assert.Contains(
            "interval_seconds is 3; it must be between 5 and 600.", cut.Find("[data-testid=rotation-editor]").TextContent, StringComparison.Ordinal));
        var editor = cut.Find("[data-testid=rotation-editor]");
        Assert.Contains("The rotation needs a name.", editor.TextContent, StringComparison.Ordinal);
        Assert.Contains("The rotation shows no panels; list at least one.", cut.Find($"[data-field='wall_displays.rotations[{r}].panels']").TextContent, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[data-testid=preview-empty]"));
        Assert.Equal(
            new[] { $"wall_displays.rotations[{r}].name", $"wall_displays.rotations[{r}].panels", $"wall_displays.rotations[{r}].interval_seconds" },
            cut.FindAll("[data-testid=errors-summary] li[data-error-field]").Select(li => li.GetAttribute("data-error-field")));
        Assert.True(cut.Find("[data-testid=save-button]").HasAttribute("disabled"));

        await cut.InvokeAsync(() => cut.Instance.SaveAsync());

        Assert.Contains(Services.GetRequiredService<ISnackbar>().ShownSnackbars, s => s.Message == "Not saved: 3 fields need fixing.");
        Assert.Equal(versionBefore, (await StoredAsync()).Version);
    }

    [Fact]
    public async Task The_stale_threshold_and_the_default_rotation_are_saved_and_a_threshold_out_of_range_is_refused()
    {
        var (versionBefore, before) = await StoredAsync();
        var other = before.WallDisplays.Rotations.First(r => !string.Equals(r.Name, before.WallDisplays.DefaultRotation, StringComparison.OrdinalIgnoreCase));
        var otherIndex = before.WallDisplays.Rotations.ToList().IndexOf(other);
        var cut = Render<WallRotations>();
        cut.WaitForElement("[data-testid=rotation-editor]");

        cut.Find("#field-stale-after-seconds").Input("10");
        cut.WaitForAssertion(() => Assert.Contains(
            "stale_after_seconds is 10; it must be between 30 and 86400.", cut.Find("[data-field='wall_displays.stale_after_seconds']").TextContent, StringComparison.Ordinal));
        Assert.True(cut.Find("[data-testid=save-button]").HasAttribute("disabled"));

        cut.Find("#field-stale-after-seconds").Input("600");
        cut.Find($"[data-testid=rotations] tr[data-rotation='{otherIndex}'] [data-testid=make-default]").Click();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find($"tr[data-rotation='{otherIndex}'] [data-testid=default-rotation]")));
        cut.Find("[data-testid=save-button]").Click();

        cut.WaitForAssertion(() => Assert.Contains($"version {versionBefore + 1}", cut.Find("[data-testid=current-version]").TextContent, StringComparison.Ordinal));
        var (_, after) = await StoredAsync();
        Assert.Equal((other.Name, 600), (after.WallDisplays.DefaultRotation, after.WallDisplays.StaleAfterSeconds));
    }

    [Fact]
    public async Task Displays_follow_a_renamed_rotation_and_those_of_a_removed_one_show_the_default()
    {
        // Two rotations of this test's own, each named by a display, and a display of another rotation.
        var (version, before) = await StoredAsync();
        var untouched = before.WallDisplays.RotationFor(null).Name;
        var withOwn = before with
        {
            WallDisplays = before.WallDisplays with
            {
                Rotations = [.. before.WallDisplays.Rotations, Rotation("Lobby"), Rotation("Canteen")],
            },
        };
        var saved = await Services.GetRequiredService<ICrmConfigurationService>().SaveAsync(withOwn, null, version);
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.Select(e => e.Message)));
        var lobbyTv = await CreateDisplayAsync("Lobby TV", "Lobby");
        var canteenTv = await CreateDisplayAsync("Canteen TV", "Canteen");
        var otherTv = await CreateDisplayAsync("Untouched TV", untouched);
        var dialogs = Render<MudDialogProvider>();
        var cut = Render<WallRotations>();
        cut.WaitForElement("[data-testid=rotation-editor]");
        Assert.Equal("Lobby TV", Row(cut, "Lobby").QuerySelector("[data-testid=rotation-displays]")!.TextContent.Trim());

        Row(cut, "Lobby").QuerySelector("[data-testid=select-rotation]")!.Click();
        cut.Find("#rotation-name").Input("Front desk");
        cut.WaitForAssertion(() => Assert.Contains(
            "Renamed from \u201cLobby\u201d: 1 display naming it will follow the new name when you save.", cut.Find("[data-testid=rename-note]").TextContent, StringComparison.Ordinal));
        Row(cut, "Canteen").QuerySelector("[data-testid=remove-rotation]")!.Click();
        dialogs.WaitForAssertion(() => Assert.Contains("1 display using it will show the default rotation once you save.", dialogs.Markup, StringComparison.Ordinal));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Remove").Click();
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=rotations] tr[data-name='Canteen']")));
        cut.Find("[data-testid=save-button]").Click();

        cut.WaitForAssertion(() => Assert.Contains($"version {version + 2}", cut.Find("[data-testid=current-version]").TextContent, StringComparison.Ordinal));
        Assert.Contains(Services.GetRequiredService<ISnackbar>().ShownSnackbars,
            s => s.Message == "2 displays now follow the renamed or removed rotations.");
        var (_, after) = await StoredAsync();
        Assert.NotNull(after.WallDisplays.Find("Front desk"));
        Assert.Null(after.WallDisplays.Find("Lobby"));
        Assert.Null(after.WallDisplays.Find("Canteen"));
        Assert.Equal("Front desk", await StoredRotationAsync(lobbyTv));
        Assert.Null(await StoredRotationAsync(canteenTv));
        Assert.Equal(untouched, await StoredRotationAsync(otherTv));
        Assert.Equal("Lobby TV", Row(cut, "Front desk").QuerySelector("[data-testid=rotation-displays]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Saving_after_someone_else_saved_is_refused_and_nothing_of_this_page_is_stored()
    {
        var (versionBefore, before) = await StoredAsync();
        var cut = Render<WallRotations>();
        cut.WaitForElement("[data-testid=rotation-editor]");
        cut.Find("#rotation-interval").Input("45");
        await using (var db = _db.CreateContext())
        {
            db.ConfigurationVersions.Add(new CrmConfigurationVersion
            {
                Version = versionBefore + 1, Json = JsonSerializer.Serialize(before, CrmConfigurationProvider.Json), CreatedAt = SeededDatabase.Now,
                CreatedBy = "dana@example.test", Comment = "Dana's change",
            });
            await db.SaveChangesAsync();
        }

        cut.Find("[data-testid=save-button]").Click();

        cut.WaitForAssertion(() => Assert.Contains(
            $"Version {versionBefore + 1} was saved by dana@example.test", cut.Find("[data-testid=errors-summary]").TextContent, StringComparison.Ordinal));
        Assert.NotNull(cut.Find("[data-testid=load-latest]"));
        Assert.Equal(versionBefore + 1, (await StoredAsync()).Version);
    }

    private static void AddPanel(IRenderedComponent<WallRotations> cut, WallPanel panel) =>
        cut.Find($"[data-testid=add-panel] [data-testid=add-panel-button][data-kind='{panel}']").Click();

    private static IElement Switch(IRenderedComponent<WallRotations> cut, string testId)
    {
        var element = cut.Find($"[data-testid={testId}]");
        return element.TagName == "INPUT" ? element : element.QuerySelector("input")!;
    }

    private static IElement Row(IRenderedComponent<WallRotations> cut, string name) =>
        cut.Find($"[data-testid=rotations] tr[data-name='{name}']");

    private static string Json(CrmConfiguration configuration) => JsonSerializer.Serialize(configuration, CrmConfigurationProvider.Json);

    /// <summary>A display link naming <paramref name="rotation"/>, made through the real, checked service as the signed-in ops manager.</summary>
    private async Task<int> CreateDisplayAsync(string name, string rotation)
    {
        var displays = Services.GetRequiredService<IWallDisplayService>();
        var created = await displays.CreateAsync(name, null);
        Assert.True(created.Succeeded, created.Error);
        var rotated = await displays.SetRotationAsync(created.Info!.Id, rotation);
        Assert.True(rotated.Succeeded, rotated.Error);
        return created.Info.Id;
    }

    private static WallRotation Rotation(string name) => new() { Name = name, Panels = [WallPanel.OverviewKpis], IntervalSeconds = 20 };

    private async Task<string?> StoredRotationAsync(int id)
    {
        await using var db = _db.CreateContext();
        return await db.WallDisplayTokens.AsNoTracking().Where(t => t.Id == id).Select(t => t.Rotation).SingleAsync();
    }

    /// <summary>The configuration in force and its version, read from the database.</summary>
    private async Task<(int Version, CrmConfiguration Configuration)> StoredAsync()
    {
        await using var db = _db.CreateContext();
        var latest = await db.ConfigurationVersions.AsNoTracking().OrderByDescending(v => v.Version).FirstOrDefaultAsync();
        return latest is null
            ? (0, CrmConfiguration.Default)
            : (latest.Version, JsonSerializer.Deserialize<CrmConfiguration>(latest.Json, CrmConfigurationProvider.Json)!);
    }
}
