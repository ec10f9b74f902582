using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;
using SalesOps.Core.Health;
using SalesOps.Core.Security;
using SalesOps.Data.Auditing;
using SalesOps.Services.Configuration;
using SalesOps.Services.Events;
using SalesOps.Services.Security;
using SalesOps.Services.Tests.Infrastructure;
using SalesOps.Services.Tests.WallDisplays;

namespace SalesOps.Services.Tests.Configuration;

/// <summary>Import, instructions, versions, rollback and audit on a real database; run on SQLite and PostgreSQL.</summary>
internal static class ConfigurationFileChecks
{
    public const string Ops = "ops@example.test";

    private const string PlanLimit90 = "title: Plan limit at 90 %\nchanges:\n  expansion:\n    plan_limit_percent: 90\n";

    public static IConfigurationFileService Service(TestDatabase database, string role = AppRoles.OpsManager, string name = Ops)
    {
        var user = TestUsers.WithRole(role, name);
        var configurations = ServiceAccess.Wrap<ICrmConfigurationService>(new CrmConfigurationService(
            database.Factory, new CrmConfigurationProvider(database.Factory), user, new RecordingRecomputeQueue(),
            new InProcessEventBus(NullLogger<InProcessEventBus>.Instance), database.Clock), user);
        return ServiceAccess.Wrap<IConfigurationFileService>(new ConfigurationFileService(database.Factory, configurations, user, database.Clock), user);
    }

    public static async Task Import_export_rollback_make_versions_and_audit_entries(TestDatabase database)
    {
        var files = Service(database);
        var edited = (await files.ExportAsync()).Yaml
            .Replace("plan_limit_percent: 85", "plan_limit_percent: 90", StringComparison.Ordinal)
            .Replace("    - name: vip\n      label: VIP\n", "    - name: vip\n      label: VIP plus\n", StringComparison.Ordinal);

        var preview = await files.PreviewImportAsync(edited);
        ConfigurationFileResult imported;
        using (AuditActor.Begin(Ops))
        {
            imported = await files.ImportAsync(edited, preview.BaseVersion, "Quarterly review");
        }

        Assert.Equal(0, preview.BaseVersion);
        Assert.Equal(["support.tiers[vip].label", "expansion.plan_limit_percent"], preview.Changes.Select(c => c.Path));
        Assert.Equal((ConfigurationFileOutcome.Applied, 1), (imported.Outcome, imported.Version));
        Assert.Equal("Saved as configuration version 1 (2 changes).", imported.Message);

        ConfigurationFileResult instructed, rolledBack;
        using (AuditActor.Begin(Ops))
        {
            instructed = await files.ApplyInstructionAsync(PlanLimit90.Replace("90", "95", StringComparison.Ordinal), "raise-limit", 1);
            rolledBack = await files.RollbackAsync(1, 2);
        }

        Assert.Equal(2, instructed.Version);
        Assert.Equal(3, rolledBack.Version);
        Assert.Equal([new ConfigurationChange("expansion.plan_limit_percent", "95", "90")], rolledBack.Changes);
        Assert.Equal([new ConfigurationChange("expansion.plan_limit_percent", "90", "95")], await files.CompareAsync(1, 2));
        Assert.Empty(await files.CompareAsync(1, 3));

        await using var db = database.CreateContext();
        var versions = await db.ConfigurationVersions.OrderBy(v => v.Version).ToListAsync();
        Assert.Equal([1, 2, 3], versions.Select(v => v.Version));
        Assert.Equal(
            ["Imported crm_configuration.yaml (2 changes): Quarterly review", "Instruction raise-limit: Plan limit at 95 % (1 change)", "Rolled back to version 1 (1 change)"],
            versions.Select(v => v.Comment));
        Assert.All(versions, v => Assert.Equal(Ops, v.CreatedBy));
        var audit = await db.AuditEntries.Where(a => a.EntityType == "Configuration").OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(3, audit.Count);
        Assert.All(audit, a => Assert.Equal((AuditAction.Created, Ops), (a.Action, a.UserName)));
        var current = (await files.ExportAsync()).Yaml;
        Assert.Contains("# Configuration version 3", current, StringComparison.Ordinal);
        Assert.Contains("label: VIP plus", current, StringComparison.Ordinal);
    }

    public static async Task Importing_the_export_again_changes_nothing_and_says_so(TestDatabase database)
    {
        var files = Service(database);
        await files.ApplyInstructionAsync(PlanLimit90, null, null);
        var export = await files.ExportAsync();

        var preview = await files.PreviewImportAsync(export.Yaml);
        var result = await files.ImportAsync(export.Yaml, preview.BaseVersion, null);

        Assert.True(preview.ChangesNothing);
        Assert.Equal(ConfigurationFileOutcome.NoChange, result.Outcome);
        Assert.Equal("No changes: this matches configuration version 1, so nothing was saved.", result.Message);
        await using var db = database.CreateContext();
        Assert.Equal(1, await db.ConfigurationVersions.CountAsync());
    }

    public static async Task Bad_files_and_stale_versions_store_nothing(TestDatabase database)
    {
        var files = Service(database);
        var bad = (await files.ExportAsync()).Yaml.Replace("commercial: 15", "commercial: 25", StringComparison.Ordinal);

        var refused = await files.ImportAsync(bad, 0, null);
        await files.ApplyInstructionAsync(PlanLimit90, null, 0);
        var stale = await files.ImportAsync((await files.ExportAsync(0)).Yaml, 0, null);
        var staleInstruction = await files.ApplyInstructionAsync(PlanLimit90.Replace("90", "80", StringComparison.Ordinal), null, 0);
        var noSuchVersion = await files.RollbackAsync(9, 1);

        Assert.Equal(ConfigurationFileOutcome.Refused, refused.Outcome);
        var error = Assert.Single(refused.Errors);
        Assert.Equal(("health_model.weights", "The weights add up to 110; they must add up to 100."), (error.Path, error.Message));
        Assert.True(error.Line > 0);
        Assert.True(stale.IsVersionConflict);
        Assert.StartsWith("Version 1 was saved by ops@example.test after you started from version 0.", stale.Message, StringComparison.Ordinal);
        Assert.True(staleInstruction.IsVersionConflict);
        Assert.Equal("There is no configuration version 9.", noSuchVersion.Message);
        await using var db = database.CreateContext();
        Assert.Equal(1, await db.ConfigurationVersions.CountAsync());
        Assert.Equal(90, (await files.ExportAsync()).Yaml.Split('\n').Where(l => l.Contains("plan_limit_percent", StringComparison.Ordinal))
            .Select(l => int.Parse(l.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture)).Single());
    }

    public static async Task Only_ops_managers_may_export_import_or_roll_back(TestDatabase database)
    {
        foreach (var role in new[] { AppRoles.Sales, AppRoles.Success, AppRoles.Support, AppRoles.Viewer })
        {
            var files = Service(database, role, $"{role}@example.test");
            await Assert.ThrowsAsync<AccessDeniedException>(() => files.ExportAsync());
            await Assert.ThrowsAsync<AccessDeniedException>(() => files.ImportAsync("expansion: {}", 0, null));
            await Assert.ThrowsAsync<AccessDeniedException>(() => files.ApplyInstructionAsync(PlanLimit90, null, null));
            await Assert.ThrowsAsync<AccessDeniedException>(() => files.RollbackAsync(0, 0));
        }

        await using var db = database.CreateContext();
        Assert.Equal(0, await db.ConfigurationVersions.CountAsync());
    }

    public static async Task A_tier_weight_instruction_changes_vip_health_only(TestDatabase database)
    {
        var files = Service(database);
        var result = await files.ApplyInstructionAsync(
            "changes:\n  support:\n    tiers:\n      - name: vip\n        health_weights: {product_adoption: 10, support_experience: 60, engagement: 10, sentiment: 10, commercial: 10}\n",
            null, 0);

        Assert.True(result.HealthRecomputeStarted);
        var provider = new CrmConfigurationProvider(database.Factory);
        var (configuration, version) = await provider.GetCurrentAsync();
        Assert.Equal(1, version);
        Assert.Equal(60, configuration.HealthModelFor(SupportTier.Vip).Weight(HealthComponent.SupportExperience));
        Assert.Equal(CrmConfiguration.Default.HealthModel.Weights, configuration.HealthModelFor(SupportTier.Priority).Weights);
    }

    public static async Task A_trigger_switched_off_is_neither_offered_nor_accepted(TestDatabase database)
    {
        var files = Service(database);
        var result = await files.ApplyInstructionAsync(
            "changes:\n  expansion:\n    triggers: [approaching_plan_limits, asking_about_higher_tier_features]\n", null, 0);
        var signals = new SalesOps.Services.Expansion.ExpansionSignalService(database.Factory, new CrmConfigurationProvider(database.Factory), new Handoffs.RecordingMailSender(),
            new InProcessEventBus(NullLogger<InProcessEventBus>.Instance), TestUsers.WithRole(AppRoles.Support), database.Clock);

        var inUse = await signals.GetTriggersInUseAsync();
        var logged = await signals.LogAsync(new Core.Expansion.SignalInput(1, ExpansionTrigger.HighSatisfaction, "Loves the new reports", null, Sentiment.Enthusiastic, null, null));

        Assert.Contains(new ConfigurationChange("expansion.triggers",
            "[approaching_plan_limits, high_advanced_feature_engagement, multiple_departments, power_users_maxed_out, asking_about_higher_tier_features, premium_feature_requests, need_for_more_capacity, high_satisfaction]",
            "[approaching_plan_limits, asking_about_higher_tier_features]"), result.Changes);
        Assert.Equal(ConfigurationFileOutcome.Applied, result.Outcome);
        Assert.Equal([ExpansionTrigger.ApproachingPlanLimits, ExpansionTrigger.AskingAboutHigherTierFeatures], inUse);
        var error = Assert.Single(logged.Errors, e => e.Field == "trigger");
        Assert.Equal("The trigger 'Praising product, high satisfaction' is switched off in the CRM configuration; choose one in use.", error.Message);
    }
}
