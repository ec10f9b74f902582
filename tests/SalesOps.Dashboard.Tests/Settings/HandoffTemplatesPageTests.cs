using SalesOps.Services.Events;
using System.Text.Json;
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
using SalesOps.Services.Health;

namespace SalesOps.Dashboard.Tests.Settings;

/// <summary>
/// Ops managers edit the handoff templates and save them as the next configuration version; what is wrong is shown on
/// the row and field it concerns, and nothing is saved then.
/// </summary>
public sealed class HandoffTemplatesPageTests : MudTestBase, IClassFixture<SeededDatabase>
{
    private const string OpsEmail = "ops@demo.salesops.example";
    private readonly SeededDatabase _db;

    public HandoffTemplatesPageTests(SeededDatabase db)
    {
        _db = db;
        Services.AddRealAccountService(db);
        Services.AddSingleton<IHealthRecomputeQueue>(new FakeHealthRecompute());
        Services.AddEventServices();
        Services.AddAuthorizedScoped<ICrmConfigurationService, CrmConfigurationService>();
        this.AddAuthorization().SetAuthorized(OpsEmail).SetRoles(AppRoles.OpsManager)
            .SetPolicies(Policies.ViewCustomers, Policies.ManageConfiguration);
    }

    [Fact]
    public async Task Adding_an_item_and_reordering_then_saving_stores_a_new_configuration_version_with_the_template_raised()
    {
        var (versionBefore, before) = await StoredAsync();
        var template = before.Handoffs.Find(before.Handoffs.DefaultTemplate)!;
        var index = before.Handoffs.Templates.ToList().IndexOf(template);
        var cut = Render<HandoffTemplates>();
        cut.WaitForElement("[data-testid=template-editor]");
        var preHandoff = template.Items.Count(i => i.Stage == HandoffStage.PreHandoff);

        cut.Find("#new-item-label").Input("Security review: done?");
        Assert.Equal("security_review_done", cut.Find("#new-item-key").GetAttribute("value"));
        cut.Find("#new-item-key").Input("security_review");
        cut.Find("[data-testid=add-item]").Click();

        // Added as the last pre-handoff item; up once within the stage, then the item it passed moves down into the next stage.
        cut.WaitForAssertion(() => Assert.Equal("security_review", cut.Find($"[data-item='{preHandoff}']").GetAttribute("data-key")));
        cut.Find($"[data-item='{preHandoff}'] [data-testid=move-up]").Click();
        var passed = cut.Find($"[data-item='{preHandoff}']").GetAttribute("data-key")!;
        cut.Find($"[data-item='{preHandoff}'] [data-testid=move-down]").Click();
        cut.WaitForAssertion(() => Assert.Equal(passed, cut.Find($"[data-stage=InformationTransfer] [data-item='{preHandoff}']").GetAttribute("data-key")));
        Assert.Equal("security_review", cut.Find($"[data-stage=PreHandoff] [data-item='{preHandoff - 1}']").GetAttribute("data-key"));
        Assert.Contains($"version {template.Version} \u2192 {template.Version + 1} when saved",
            cut.Find($"[data-testid=templates] tr[data-template='{index}'] [data-testid=template-version]").TextContent, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[data-testid=unsaved]"));

        cut.Find("#field-comment").Change("Security review before kickoff");
        cut.Find("[data-testid=save-button]").Click();

        cut.WaitForAssertion(() => Assert.Contains($"version {versionBefore + 1}", cut.Find("[data-testid=current-version]").TextContent, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-testid=unsaved]"));
        Assert.Contains(Services.GetRequiredService<ISnackbar>().ShownSnackbars,
            s => s.Message?.StartsWith($"Saved as version {versionBefore + 1}.", StringComparison.Ordinal) == true);
        Assert.Equal($"version {template.Version + 1}",
            cut.Find($"[data-testid=templates] tr[data-template='{index}'] [data-testid=template-version]").TextContent.Trim());

        var (versionAfter, after) = await StoredAsync();
        Assert.Equal(versionBefore + 1, versionAfter);
        var saved = after.Handoffs.Find(template.Name)!;
        Assert.Equal(template.Version + 1, saved.Version);
        var expected = template.Items.Where(i => i.Stage == HandoffStage.PreHandoff && i.Key != passed).Select(i => i.Key)
            .Append("security_review").Append(passed)
            .Concat(template.Items.Where(i => i.Stage != HandoffStage.PreHandoff).Select(i => i.Key));
        Assert.Equal(expected, saved.Items.Select(i => i.Key));
        Assert.Equal(HandoffStage.InformationTransfer, saved.Items.Single(i => i.Key == passed).Stage);
        Assert.Equal(("Security review: done?", ChecklistItemKind.Check, true),
            saved.Items.Single(i => i.Key == "security_review") is var s ? (s.Label, s.Kind, s.Required) : default);
        // The rest of the configuration is saved as it was.
        Assert.Equal(Json(before with { Handoffs = new() }), Json(after with { Handoffs = new() }));
        await using var db = _db.CreateContext();
        var stored = await db.ConfigurationVersions.AsNoTracking().SingleAsync(v => v.Version == versionAfter);
        Assert.Equal((OpsEmail, "Security review before kickoff"), (stored.CreatedBy, stored.Comment));
    }

    [Fact]
    public async Task A_duplicate_key_and_an_empty_label_are_shown_on_their_rows_and_nothing_is_saved()
    {
        var (versionBefore, _) = await StoredAsync();
        var cut = Render<HandoffTemplates>();
        cut.WaitForElement("[data-testid=template-editor]");
        var t = cut.Find("[data-testid=template-editor]").GetAttribute("data-template");
        var firstKey = cut.Find("[data-item='0']").GetAttribute("data-key")!;

        cut.Find("#item-1-key").Input(firstKey);
        cut.Find("#item-2-label").Input("   ");

        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find("[data-item='1']").GetAttribute("data-has-error")));
        Assert.Contains($"The key '{firstKey}' is used twice", cut.Find("[data-item='1']").TextContent, StringComparison.Ordinal);
        Assert.Equal("true", cut.Find("[data-item='2']").GetAttribute("data-has-error"));
        Assert.Contains("The item needs a label.", cut.Find("[data-item='2']").TextContent, StringComparison.Ordinal);
        Assert.Equal("false", cut.Find("[data-item='0']").GetAttribute("data-has-error"));
        Assert.Equal(
            new[] { $"handoffs.templates[{t}].items[1].key", $"handoffs.templates[{t}].items[2].label" },
            cut.FindAll("[data-testid=errors-summary] li[data-error-field]").Select(li => li.GetAttribute("data-error-field")));
        Assert.True(cut.Find("[data-testid=save-button]").HasAttribute("disabled"));

        await cut.InvokeAsync(() => cut.Instance.SaveAsync());

        Assert.Contains(Services.GetRequiredService<ISnackbar>().ShownSnackbars, s => s.Message == "Not saved: 2 fields need fixing.");
        Assert.Equal(versionBefore, (await StoredAsync()).Version);
    }

    [Fact]
    public async Task A_copied_template_is_new_at_version_1_and_can_be_made_the_default()
    {
        var (versionBefore, before) = await StoredAsync();
        var cut = Render<HandoffTemplates>();
        cut.WaitForElement("[data-testid=template-editor]");
        var source = before.Handoffs.Find(before.Handoffs.DefaultTemplate)!;
        var sourceIndex = before.Handoffs.Templates.ToList().IndexOf(source);

        cut.Find($"[data-testid=templates] tr[data-template='{sourceIndex}'] [data-testid=copy-template]").Click();
        cut.WaitForAssertion(() => Assert.Equal($"Copy of {source.Name}", cut.Find("#template-name").GetAttribute("value")));
        cut.Find("#template-name").Input("Enterprise onboarding");
        var copy = cut.Find("[data-testid=template-editor]").GetAttribute("data-template");
        Assert.Contains("new \u00b7 version 1 when saved", cut.Find($"tr[data-template='{copy}'] [data-testid=template-version]").TextContent, StringComparison.Ordinal);
        cut.Find($"tr[data-template='{copy}'] [data-testid=make-default]").Click();
        cut.Find("[data-testid=save-button]").Click();

        cut.WaitForAssertion(() => Assert.Contains($"version {versionBefore + 1}", cut.Find("[data-testid=current-version]").TextContent, StringComparison.Ordinal));
        var (_, after) = await StoredAsync();
        Assert.Equal("Enterprise onboarding", after.Handoffs.DefaultTemplate);
        var saved = after.Handoffs.Find("Enterprise onboarding")!;
        Assert.Equal(1, saved.Version);
        Assert.Equal(source.Items, saved.Items);
        Assert.Equal(source.Version, after.Handoffs.Find(source.Name)!.Version);
    }

    private static string Json(CrmConfiguration configuration) => JsonSerializer.Serialize(configuration, CrmConfigurationProvider.Json);

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
