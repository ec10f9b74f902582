using System.Text;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Components.Pages.Settings;
using SalesOps.Dashboard.Tests.Infrastructure;
using SalesOps.Services.Configuration;

namespace SalesOps.Dashboard.Tests.Settings;

/// <summary>
/// Settings › Configuration against the real configuration services on a fresh SQLite file: a pasted or uploaded file
/// is previewed (its errors with line and column, or its diff) before anything is stored; apply stores exactly the
/// previewed file as the next version; the history rolls back to an earlier version.
/// </summary>
public sealed class ConfigurationPageTests : MudTestBase
{
    private const string OpsEmail = "ops@demo.salesops.example";
    private const string PlanLimitLine = "plan_limit_percent: 85";
    private const string HealthyFromLine = "healthy_from: 70";

    private readonly ConfigurationTestDatabase _db = new();

    public ConfigurationPageTests()
    {
        _db.AddServices(Services);
        this.AddAuthorization().SetAuthorized(OpsEmail).SetRoles(AppRoles.OpsManager)
            .SetPolicies(Policies.ViewCustomers, Policies.ManageConfiguration);
    }

    private IConfigurationFileService Files => Services.GetRequiredService<IConfigurationFileService>();

    [Fact]
    public async Task A_pasted_file_with_errors_lists_each_with_its_line_and_column_offers_no_apply_and_stores_nothing()
    {
        var export = (await Files.ExportAsync()).Yaml;
        Assert.Contains(PlanLimitLine, export, StringComparison.Ordinal);
        Assert.Contains(HealthyFromLine, export, StringComparison.Ordinal);
        var broken = export.Replace(PlanLimitLine, "plan_limit_percnt: 85", StringComparison.Ordinal)
            .Replace(HealthyFromLine, "healthy_from: lots", StringComparison.Ordinal);
        var (unknownLine, unknownColumn) = Place(broken, "plan_limit_percnt");
        var (typeLine, typeColumn) = Place(broken, "lots");
        var cut = Render<Configuration>();

        Paste(cut, "import", broken);
        Preview(cut, "import");

        cut.WaitForElement("[data-testid=import-invalid]");
        var errors = cut.FindAll("[data-testid=import-flow] [data-testid=file-errors] > li");
        Assert.True(errors.Count >= 2, $"Expected both problems, got: {string.Join(" | ", errors.Select(e => e.TextContent.Trim()))}");
        var unknown = Assert.Single(errors, e => e.GetAttribute("data-error-line") == unknownLine.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(unknownColumn.ToString(System.Globalization.CultureInfo.InvariantCulture), unknown.GetAttribute("data-error-column"));
        Assert.Equal($"Line {unknownLine}, column {unknownColumn}", unknown.QuerySelector("[data-testid=error-place]")!.TextContent.Trim());
        var message = unknown.QuerySelector("[data-testid=error-message]")!.TextContent;
        Assert.Contains("plan_limit_percnt", message, StringComparison.Ordinal);
        Assert.Contains("plan_limit_percent", message, StringComparison.Ordinal); // the nearest known key
        Assert.Contains("plan_limit_percnt: 85", unknown.QuerySelector("[data-testid=error-source]")!.TextContent, StringComparison.Ordinal);
        var wrongType = Assert.Single(errors, e => e.GetAttribute("data-error-line") == typeLine.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal($"Line {typeLine}, column {typeColumn}", wrongType.QuerySelector("[data-testid=error-place]")!.TextContent.Trim());
        Assert.Contains("healthy_from: lots", wrongType.QuerySelector("[data-testid=error-source]")!.TextContent, StringComparison.Ordinal);

        Assert.Empty(cut.FindAll("[data-testid=import-apply]"));
        Assert.Empty(cut.FindAll("[data-testid=import-flow] [data-testid=changes]"));
        Assert.Empty(await _db.VersionsAsync());
    }

    [Fact]
    public async Task A_valid_changed_file_shows_its_diff_and_applying_it_stores_version_1_with_the_comment()
    {
        var changed = (await Files.ExportAsync()).Yaml.Replace(PlanLimitLine, "plan_limit_percent: 90", StringComparison.Ordinal);
        var cut = Render<Configuration>();
        Assert.Contains("built-in defaults", cut.WaitForElement("[data-testid=current-version]").TextContent, StringComparison.Ordinal);

        Paste(cut, "import", changed);
        Preview(cut, "import");

        var line = cut.WaitForElement("[data-testid=import-preview-result] [data-section=expansion] [data-path='expansion.plan_limit_percent']");
        Assert.Equal("changed", line.GetAttribute("data-change"));
        Assert.Equal(("85", "90"), (line.QuerySelector("[data-before]")!.TextContent.Trim(), line.QuerySelector("[data-after]")!.TextContent.Trim()));
        Assert.Contains("expansion.plan_limit_percent", line.TextContent, StringComparison.Ordinal);
        Assert.Contains("85 \u2192 90", line.TextContent, StringComparison.Ordinal);
        Assert.Single(cut.FindAll("[data-testid=import-preview-result] [data-change]"));
        Assert.Empty(await _db.VersionsAsync());

        var apply = cut.Find("[data-testid=import-apply]");
        Assert.Equal("Apply as version 1", apply.TextContent.Trim());
        cut.Find("#import-comment").Change("Pilot: earlier plan-limit signals");
        apply.Click();

        cut.WaitForAssertion(() => Assert.Contains("Applied as version 1.", cut.Find("[data-testid=import-applied]").TextContent, StringComparison.Ordinal));
        var stored = Assert.Single(await _db.VersionsAsync());
        Assert.Equal((1, OpsEmail), (stored.Version, stored.CreatedBy));
        Assert.Contains("Pilot: earlier plan-limit signals", stored.Comment, StringComparison.Ordinal);
        var current = await Services.GetRequiredService<ICrmConfigurationService>().GetCurrentAsync();
        Assert.Equal((1, 90), (current.Version, current.Configuration.Expansion.PlanLimitPercent));
        // The page moved on with it: version 1 in force, in the history, and the text box ready for the next file.
        Assert.Contains("Version 1", cut.Find("[data-testid=current-version]").TextContent, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[data-testid=history] tr[data-version='1'] [data-testid=in-force]"));
        Assert.Equal("", cut.Find("#import-text").GetAttribute("value") ?? cut.Find("#import-text").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=import-apply]"));
    }

    [Fact]
    public async Task Changing_the_text_after_a_preview_takes_the_apply_button_away_until_it_is_previewed_again()
    {
        var export = (await Files.ExportAsync()).Yaml;
        var cut = Render<Configuration>();
        Paste(cut, "import", export.Replace(PlanLimitLine, "plan_limit_percent: 90", StringComparison.Ordinal));
        Preview(cut, "import");
        cut.WaitForElement("[data-testid=import-apply]");

        Paste(cut, "import", export.Replace(PlanLimitLine, "plan_limit_percent: 95", StringComparison.Ordinal));

        cut.WaitForElement("[data-testid=preview-stale]");
        Assert.Empty(cut.FindAll("[data-testid=import-apply]"));
        Preview(cut, "import");
        cut.WaitForAssertion(() => Assert.Equal("95", cut.Find("[data-path='expansion.plan_limit_percent'] [data-after]").TextContent.Trim()));
        Assert.Empty(cut.FindAll("[data-testid=preview-stale]"));
        Assert.NotNull(cut.Find("[data-testid=import-apply]"));
        Assert.Empty(await _db.VersionsAsync());
    }

    [Fact]
    public async Task Pasting_the_export_of_the_version_in_force_says_it_changes_nothing_and_offers_no_apply()
    {
        await StoreAsync(PlanLimitLine, "plan_limit_percent: 90");
        var export = (await Files.ExportAsync()).Yaml;
        var cut = Render<Configuration>();

        Paste(cut, "import", export);
        Preview(cut, "import");

        var notice = cut.WaitForElement("[data-testid=import-no-changes]");
        Assert.Contains("No changes:", notice.TextContent, StringComparison.Ordinal);
        Assert.Contains("file matches version 1", NormalizeSpace(notice.TextContent), StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=import-apply]"));
        Assert.Single(await _db.VersionsAsync());
    }

    [Fact]
    public async Task A_file_that_leaves_out_sections_warns_that_they_take_the_built_in_defaults()
    {
        await StoreAsync(HealthyFromLine, "healthy_from: 75");
        var cut = Render<Configuration>();

        Paste(cut, "import", "expansion:\n  plan_limit_percent: 90\n");
        Preview(cut, "import");

        var warning = cut.WaitForElement("[data-testid=defaulted-sections]");
        Assert.Contains("Not in the file:", warning.TextContent, StringComparison.Ordinal);
        Assert.Contains("health_model", warning.TextContent, StringComparison.Ordinal);
        Assert.Contains("built-in defaults will be used", warning.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("expansion", warning.TextContent, StringComparison.Ordinal);
        // Version 1's healthy_from goes back to the default 70 with the section it sits in.
        var healthy = cut.Find("[data-path='health_model.healthy_from']");
        Assert.Equal(("75", "70"), (healthy.QuerySelector("[data-before]")!.TextContent.Trim(), healthy.QuerySelector("[data-after]")!.TextContent.Trim()));
    }

    [Fact]
    public async Task Someone_saving_between_preview_and_apply_is_named_and_nothing_of_the_file_is_stored()
    {
        var changed = (await Files.ExportAsync()).Yaml.Replace(PlanLimitLine, "plan_limit_percent: 90", StringComparison.Ordinal);
        var cut = Render<Configuration>();
        Paste(cut, "import", changed);
        Preview(cut, "import");
        cut.WaitForElement("[data-testid=import-apply]");

        await StoreAsync(HealthyFromLine, "healthy_from: 75");
        cut.Find("[data-testid=import-apply]").Click();

        var refused = cut.WaitForElement("[data-testid=import-refused]");
        Assert.Contains("changed after your preview", refused.TextContent, StringComparison.Ordinal);
        Assert.Contains($"Version 1 was saved by {OpsEmail}", cut.Find("[data-testid=conflict-message]").TextContent, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[data-testid=import-preview-again]"));
        Assert.Empty(cut.FindAll("[data-testid=import-apply]"));
        var stored = Assert.Single(await _db.VersionsAsync());
        Assert.DoesNotContain("\"PlanLimitPercent\":90", stored.Json, StringComparison.Ordinal);
        cut.WaitForAssertion(() => Assert.Contains("Version 1", cut.Find("[data-testid=current-version]").TextContent, StringComparison.Ordinal));

        // Previewing again compares with version 1, and the file can then be applied as version 2.
        cut.Find("[data-testid=import-preview-again]").Click();
        cut.WaitForAssertion(() => Assert.Equal("Apply as version 2", cut.Find("[data-testid=import-apply]").TextContent.Trim()));
    }

    [Fact]
    public async Task An_instruction_preview_shows_its_title_and_changes_and_applying_it_stores_the_next_version()
    {
        const string instruction = """
            instruction_id: INS-7
            title: Earlier plan-limit signals
            requested_by: Head of Customer Success
            changes:
              expansion:
                plan_limit_percent: 80
            """;
        var cut = Render<Configuration>();
        cut.FindAll(".mud-tab").Single(t => t.TextContent.Contains("Apply an instruction", StringComparison.Ordinal)).Click();

        Paste(cut, "instruction", instruction);
        cut.Find("#instruction-id").Change("INS-7");
        Preview(cut, "instruction");

        Assert.Equal("Earlier plan-limit signals", cut.WaitForElement("[data-testid=instruction-title]").TextContent.Trim());
        var line = cut.Find("[data-testid=instruction-preview-result] [data-path='expansion.plan_limit_percent']");
        Assert.Equal(("85", "80"), (line.QuerySelector("[data-before]")!.TextContent.Trim(), line.QuerySelector("[data-after]")!.TextContent.Trim()));
        Assert.Empty(await _db.VersionsAsync());

        cut.Find("[data-testid=instruction-apply]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Applied as version 1.", cut.Find("[data-testid=instruction-applied]").TextContent, StringComparison.Ordinal));
        var stored = Assert.Single(await _db.VersionsAsync());
        Assert.Contains("INS-7", stored.Comment, StringComparison.Ordinal);
        Assert.Contains("Earlier plan-limit signals", stored.Comment, StringComparison.Ordinal);
        Assert.Equal(80, (await Services.GetRequiredService<ICrmConfigurationService>().GetCurrentAsync()).Configuration.Expansion.PlanLimitPercent);
    }

    [Fact]
    public void Text_pasted_on_one_tab_is_still_there_after_a_look_at_the_other()
    {
        var cut = Render<Configuration>();
        Paste(cut, "import", "expansion:\n  plan_limit_percent: 90\n");

        cut.FindAll(".mud-tab").Single(t => t.TextContent.Contains("Apply an instruction", StringComparison.Ordinal)).Click();
        cut.WaitForElement("#instruction-text");
        cut.FindAll(".mud-tab").Single(t => t.TextContent.Contains("Import a configuration", StringComparison.Ordinal)).Click();

        cut.WaitForAssertion(() => Assert.Contains("plan_limit_percent: 90", cut.Find("#import-text").GetAttribute("value") ?? cut.Find("#import-text").TextContent,
            StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_instruction_whose_id_differs_from_the_one_given_is_refused_with_its_line()
    {
        var cut = Render<Configuration>();
        cut.FindAll(".mud-tab").Single(t => t.TextContent.Contains("Apply an instruction", StringComparison.Ordinal)).Click();

        Paste(cut, "instruction", "instruction_id: INS-7\ntitle: Earlier signals\nchanges:\n  expansion:\n    plan_limit_percent: 80\n");
        cut.Find("#instruction-id").Change("INS-8");
        Preview(cut, "instruction");

        var error = cut.WaitForElement("[data-testid=instruction-flow] [data-testid=file-errors] > li");
        Assert.Equal("1", error.GetAttribute("data-error-line"));
        Assert.Contains("INS-8", error.TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=instruction-apply]"));
        Assert.Empty(await _db.VersionsAsync());
    }

    [Fact]
    public async Task Rolling_back_from_the_history_shows_what_changes_and_stores_a_new_version_equal_to_the_old_one()
    {
        await StoreAsync(PlanLimitLine, "plan_limit_percent: 90");
        await StoreAsync("plan_limit_percent: 90", "plan_limit_percent: 95");
        var dialogs = Render<MudDialogProvider>();
        var cut = Render<Configuration>();
        var rows = cut.WaitForElements("[data-testid=history] tbody tr[data-version]");
        Assert.Equal(["2", "1"], rows.Select(r => r.GetAttribute("data-version")));

        // Version 2's own changes, on demand.
        cut.Find("tr[data-version='2'] [data-testid=show-changes]").Click();
        var own = cut.WaitForElement("tr[data-changes-of='2'] [data-path='expansion.plan_limit_percent']");
        Assert.Equal(("90", "95"), (own.QuerySelector("[data-before]")!.TextContent.Trim(), own.QuerySelector("[data-after]")!.TextContent.Trim()));

        cut.Find("tr[data-version='1'] [data-testid=rollback]").Click();
        var change = dialogs.WaitForElement("[data-testid=rollback-dialog] [data-path='expansion.plan_limit_percent']");
        Assert.Equal(("95", "90"), (change.QuerySelector("[data-before]")!.TextContent.Trim(), change.QuerySelector("[data-after]")!.TextContent.Trim()));
        Assert.Equal(2, (await _db.VersionsAsync()).Count);
        dialogs.Find("[data-testid=rollback-confirm]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=history] tr[data-version='3'] [data-testid=in-force]")));
        var versions = await _db.VersionsAsync();
        Assert.Equal([1, 2, 3], versions.Select(v => v.Version));
        Assert.Equal(versions[0].Json, versions[2].Json);
        Assert.Contains("Rolled back to version 1", versions[2].Comment, StringComparison.Ordinal);
        Assert.Contains("Rolled back to version 1", cut.Find("tr[data-version='3'] [data-testid=comment]").TextContent, StringComparison.Ordinal);
        Assert.Empty(dialogs.FindAll("[data-testid=rollback-dialog]"));
    }

    [Fact]
    public async Task An_uploaded_yaml_file_is_read_and_previewed_and_a_file_too_large_or_not_yaml_is_refused_with_a_message()
    {
        var changed = (await Files.ExportAsync()).Yaml.Replace(PlanLimitLine, "plan_limit_percent: 90", StringComparison.Ordinal);
        var cut = Render<Configuration>();
        var upload = cut.FindComponents<InputFile>()[0];

        upload.UploadFiles(InputFileContent.CreateFromBinary(new byte[2 * 1024 * 1024], "crm_configuration.yaml"));
        Assert.Contains("is 2 MB; a file can be at most 1 MB", cut.WaitForElement("[data-testid=import-flow] [data-testid=file-error]").TextContent, StringComparison.Ordinal);

        upload.UploadFiles(InputFileContent.CreateFromText(changed, "notes.txt"));
        Assert.Contains("\u201cnotes.txt\u201d is not a YAML file", cut.WaitForElement("[data-testid=import-flow] [data-testid=file-error]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=import-preview-result]"));

        upload.UploadFiles(InputFileContent.CreateFromBinary(Encoding.UTF8.GetBytes(changed), "crm_configuration.yaml"));
        cut.WaitForElement("[data-testid=import-preview-result] [data-path='expansion.plan_limit_percent']");
        Assert.Equal("crm_configuration.yaml", cut.Find("[data-testid=import-flow] [data-testid=file-name]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=import-flow] [data-testid=file-error]"));
        Assert.Empty(await _db.VersionsAsync());
    }

    [Fact]
    public async Task A_file_longer_than_the_box_takes_is_shown_read_only_and_still_previews_while_a_paste_that_fills_the_box_is_refused()
    {
        // Comment lines make the file longer than can be typed or pasted, without changing what it says.
        var padding = string.Concat(Enumerable.Repeat("# " + new string('-', 76) + "\n", ConfigurationFileFlow.MaxPasteChars / 79 + 10));
        var changed = padding + (await Files.ExportAsync()).Yaml.Replace(PlanLimitLine, "plan_limit_percent: 90", StringComparison.Ordinal);
        Assert.True(changed.Length > ConfigurationFileFlow.MaxPasteChars);
        var cut = Render<Configuration>();

        cut.FindComponents<InputFile>()[0].UploadFiles(InputFileContent.CreateFromText(changed, "crm_configuration.yaml"));

        cut.WaitForElement("[data-testid=import-preview-result] [data-path='expansion.plan_limit_percent']");
        Assert.True(cut.Find("#import-text").HasAttribute("readonly"));
        Assert.Contains("too long to edit here", cut.Find("[data-testid=import-flow]").TextContent, StringComparison.Ordinal);
        cut.Find("[data-testid=import-apply]").Click();
        cut.WaitForElement("[data-testid=import-applied]");
        Assert.Single(await _db.VersionsAsync());

        Paste(cut, "import", changed[..ConfigurationFileFlow.MaxPasteChars]);
        Assert.False(cut.Find("#import-text").HasAttribute("readonly"));
        Preview(cut, "import");
        cut.WaitForAssertion(() => Assert.Contains("may be cut off", cut.Find("[data-testid=import-flow]").TextContent, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-testid=import-preview-result]"));
    }

    [Fact]
    public void Previewing_without_any_text_says_what_to_do()
    {
        var cut = Render<Configuration>();

        Preview(cut, "import");

        cut.WaitForAssertion(() => Assert.Contains("Nothing to preview yet", cut.Find("[data-testid=import-flow]").TextContent, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-testid=import-preview-result]"));
    }

    private static void Paste(IRenderedComponent<Configuration> cut, string flow, string text) =>
        cut.WaitForElement($"#{flow}-text").Change(text);

    private static void Preview(IRenderedComponent<Configuration> cut, string flow) => cut.Find($"[data-testid={flow}-preview]").Click();

    /// <summary>Stores the next version: the configuration in force with one line of its file replaced.</summary>
    private async Task StoreAsync(string line, string replacement)
    {
        var current = await Files.ExportAsync();
        Assert.Contains(line, current.Yaml, StringComparison.Ordinal);
        var result = await Files.ImportAsync(current.Yaml.Replace(line, replacement, StringComparison.Ordinal), current.Version, null);
        Assert.True(result.Outcome == ConfigurationFileOutcome.Applied, result.Message);
    }

    /// <summary>Line and column (from 1) where <paramref name="token"/> first appears in <paramref name="text"/>.</summary>
    private static (int Line, int Column) Place(string text, string token)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var column = lines[i].IndexOf(token, StringComparison.Ordinal);
            if (column >= 0)
            {
                return (i + 1, column + 1);
            }
        }

        throw new InvalidOperationException($"'{token}' is not in the text.");
    }

    private static string NormalizeSpace(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _db.Dispose();
    }
}
