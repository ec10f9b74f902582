using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;
using SalesOps.Core.Expansion;
using SalesOps.Core.Health;

namespace SalesOps.Core.Tests.Configuration;

/// <summary>The sections added for configuration as code: tiers, support fields, data quality, wall rotations, triggers in use.</summary>
public sealed class ConfigurationSectionsTests
{
    private static readonly CrmConfiguration D = CrmConfiguration.Default;

    private static Dictionary<HealthComponent, int> Weights(int adoption, int support, int engagement, int sentiment, int commercial) =>
        new Dictionary<HealthComponent, int>
        {
            [HealthComponent.ProductAdoption] = adoption, [HealthComponent.SupportExperience] = support, [HealthComponent.Engagement] = engagement,
            [HealthComponent.Sentiment] = sentiment, [HealthComponent.Commercial] = commercial,
        };

    private static CrmConfiguration WithTiers(params SupportTierSettings[] tiers) => D with { Support = D.Support with { Tiers = tiers } };

    [Fact]
    public void The_defaults_are_valid_and_name_every_tier_field_standard_panel_and_trigger()
    {
        Assert.Empty(D.Validate());
        Assert.Equal(Enum.GetValues<SupportTier>(), D.Support.Tiers.Select(t => t.Tier));
        Assert.Equal(Enum.GetValues<SupportField>(), D.Support.Fields.Select(f => f.Field));
        Assert.Equal(Enum.GetValues<DataQualityStandard>(), D.DataQuality.Standards);
        Assert.Equal(Enum.GetValues<WallPanel>(), D.WallDisplays.RotationFor(null).Panels);
        Assert.Equal(Enum.GetValues<ExpansionTrigger>(), D.Expansion.Triggers);
        Assert.Equal("VIP", D.Support.LabelOf(SupportTier.Vip));
    }

    [Fact]
    public void A_tier_listed_twice_and_a_missing_tier_are_both_named()
    {
        var standard = D.Support.Find(SupportTier.Standard)!;
        var errors = WithTiers(standard, D.Support.Find(SupportTier.Vip)!, standard with { Label = "Std" }).Validate();

        Assert.Contains(errors, e => e.Field == "support.tiers[2].name" && e.Message == "The tier 'standard' is listed twice; each tier appears once.");
        Assert.Contains(errors, e => e.Field == "support.tiers" && e.Message.StartsWith("The tier 'priority' is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Tier_slas_must_be_in_range_and_resolution_at_least_first_response()
    {
        var vip = D.Support.Find(SupportTier.Vip)! with { FirstResponseHours = 0, ResolutionHours = -1 };
        var errors = WithTiers(D.Support.Find(SupportTier.Standard)!, D.Support.Find(SupportTier.Priority)!, vip).Validate();

        Assert.Equal(["support.tiers[2].first_response_hours", "support.tiers[2].resolution_hours"], errors.Select(e => e.Field));
    }

    [Fact]
    public void Tier_health_weights_are_checked_like_the_models_and_used_for_that_tier_only()
    {
        var vip = D.Support.Find(SupportTier.Vip)!;
        var bad = WithTiers(D.Support.Find(SupportTier.Standard)!, D.Support.Find(SupportTier.Priority)!, vip with { HealthWeights = Weights(25, 30, 20, 15, 5) });
        var good = WithTiers(D.Support.Find(SupportTier.Standard)!, D.Support.Find(SupportTier.Priority)!, vip with { HealthWeights = Weights(25, 30, 20, 15, 10) });

        var error = Assert.Single(bad.Validate());
        Assert.Equal(("support.tiers[2].health_weights", "The weights add up to 95; they must add up to 100."), (error.Field, error.Message));
        Assert.Empty(good.Validate());
        Assert.Equal(30, good.HealthModelFor(SupportTier.Vip).Weight(HealthComponent.SupportExperience));
        Assert.Equal(20, good.HealthModelFor(SupportTier.Priority).Weight(HealthComponent.SupportExperience));
        Assert.Equal(good.HealthModel.HealthyFrom, good.HealthModelFor(SupportTier.Vip).HealthyFrom);
    }

    [Fact]
    public void Support_fields_need_a_label_and_a_distinct_usable_help_desk_name()
    {
        var fields = D.Support.Fields.ToList();
        fields[1] = fields[1] with { HelpDeskField = "support_tier" };
        fields[2] = fields[2] with { Label = " ", HelpDeskField = "csat score" };

        var errors = (D with { Support = D.Support with { Fields = fields } }).Validate();

        Assert.Equal(["support.fields[1].help_desk_field", "support.fields[2].label", "support.fields[2].help_desk_field"], errors.Select(e => e.Field));
    }

    [Fact]
    public void Wall_rotations_need_unique_names_panels_a_sane_interval_and_an_existing_default()
    {
        var wall = D.WallDisplays with
        {
            Rotations =
            [
                new WallRotation { Name = "Floor", Panels = [WallPanel.ArrAtRisk, WallPanel.ArrAtRisk], IntervalSeconds = 4 },
                new WallRotation { Name = "floor", Panels = [], IntervalSeconds = 20 },
            ],
            DefaultRotation = "Lobby",
        };

        var errors = (D with { WallDisplays = wall }).Validate();

        Assert.Equal(
            ["wall_displays.rotations[0].panels[1]", "wall_displays.rotations[0].interval_seconds", "wall_displays.rotations[1].name",
             "wall_displays.rotations[1].panels", "wall_displays.default_rotation"],
            errors.Select(e => e.Field));
        Assert.Equal("Floor", wall.RotationFor("FLOOR").Name);
        Assert.Equal("Floor", wall.RotationFor("gone").Name);
    }

    [Fact]
    public void Data_quality_thresholds_and_duplicate_standards_are_refused()
    {
        var dq = D.DataQuality with
        {
            Standards = [DataQualityStandard.AccountsProperlySegmented, DataQualityStandard.AccountsProperlySegmented],
            TargetPercent = 101,
            StaleStageDays = 0,
        };

        var errors = (D with { DataQuality = dq }).Validate();

        Assert.Equal(["data_quality.standards[1]", "data_quality.stale_stage_days", "data_quality.target_percent"], errors.Select(e => e.Field));
    }

    [Fact]
    public void A_trigger_switched_off_is_not_detected()
    {
        var usage = new UsageFacts(95, 100, 0, 0, 0m, 0, 0, 0, 5, 0);
        var settings = D.Expansion with { Triggers = [ExpansionTrigger.MultipleDepartments] };

        Assert.Equal([ExpansionTrigger.ApproachingPlanLimits, ExpansionTrigger.MultipleDepartments], TriggerDetector.Detect(usage, D.Expansion).Select(t => t.Trigger));
        Assert.Equal([ExpansionTrigger.MultipleDepartments], TriggerDetector.Detect(usage, settings).Select(t => t.Trigger));
    }

    [Theory]
    [InlineData("SupportExperience", "support_experience")]
    [InlineData("AtRisk", "at_risk")]
    [InlineData("Vip", "vip")]
    [InlineData("ArrAtRisk", "arr_at_risk")]
    public void Snake_case_names_read_back_to_the_same_member(string member, string snake)
    {
        Assert.Equal(snake, SnakeCase.Of(member));
        Assert.True(SnakeCase.TryParse<HealthComponent>("support experience", out var c) && c == HealthComponent.SupportExperience);
        Assert.True(SnakeCase.TryParse<SupportTier>("VIP", out var t) && t == SupportTier.Vip);
        Assert.False(SnakeCase.TryParse<SupportTier>("gold", out _));
        Assert.All(Enum.GetValues<WallPanel>(), p => Assert.True(SnakeCase.TryParse<WallPanel>(SnakeCase.Of(p), out var back) && back == p));
    }
}
