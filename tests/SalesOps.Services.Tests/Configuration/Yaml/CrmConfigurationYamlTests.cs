using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;
using SalesOps.Core.Handoffs;
using SalesOps.Core.Health;
using SalesOps.Services.Configuration;
using SalesOps.Services.Configuration.Yaml;

namespace SalesOps.Services.Tests.Configuration.Yaml;

/// <summary>crm_configuration.yaml written and read back; every kind of bad input named with its line and column.</summary>
public sealed class CrmConfigurationYamlTests
{
    private static readonly DateTimeOffset ExportedAt = new(2026, 11, 26, 9, 30, 0, TimeSpan.Zero);

    private static CrmConfiguration Customised() => CrmConfiguration.Default with
    {
        Support = CrmConfiguration.Default.Support with
        {
            Tiers =
            [
                .. CrmConfiguration.Default.Support.Tiers.Where(t => t.Tier != SupportTier.Vip),
                new SupportTierSettings
                {
                    Tier = SupportTier.Vip, Label = "VIP: \"white glove\"", FirstResponseHours = 2, ResolutionHours = 12,
                    HealthWeights = new Dictionary<HealthComponent, int>
                    {
                        [HealthComponent.ProductAdoption] = 25, [HealthComponent.SupportExperience] = 30, [HealthComponent.Engagement] = 20,
                        [HealthComponent.Sentiment] = 15, [HealthComponent.Commercial] = 10,
                    },
                },
            ],
        },
        Expansion = CrmConfiguration.Default.Expansion with { PlanLimitPercent = 90, Triggers = [ExpansionTrigger.ApproachingPlanLimits, ExpansionTrigger.HighSatisfaction] },
        Handoffs = CrmConfiguration.Default.Handoffs with
        {
            Templates =
            [
                .. CrmConfiguration.Default.Handoffs.Templates,
                new HandoffTemplate
                {
                    Name = "123", Version = 4,
                    Items = [new(HandoffStage.PreHandoff, "deal_closed", "true", ChecklistItemKind.Check, false), new(HandoffStage.PostHandoff, "kickoff", "Kickoff: agenda # 1", ChecklistItemKind.Date, true, 3)],
                },
            ],
        },
        DataQuality = CrmConfiguration.Default.DataQuality with { Standards = [DataQualityStandard.TicketsLinkedToAccounts], TargetPercent = 90 },
        WallDisplays = CrmConfiguration.Default.WallDisplays with
        {
            Rotations = [.. CrmConfiguration.Default.WallDisplays.Rotations, new WallRotation { Name = "Lobby", Panels = [WallPanel.OverviewKpis], IntervalSeconds = 45, HideCustomerNames = true }],
            StaleAfterSeconds = 600,
        },
    };

    [Fact]
    public void Export_starts_with_comments_naming_version_and_time_and_uses_snake_case_without_type_tags()
    {
        var yaml = CrmConfigurationYaml.Write(CrmConfiguration.Default, 7, ExportedAt, "ops@example.test");

        var lines = yaml.Split('\n');
        Assert.StartsWith("# SalesOps Dashboard CRM configuration", lines[0], StringComparison.Ordinal);
        Assert.Contains("# Configuration version 7", lines);
        Assert.Contains("# Exported 2026-11-26 09:30:00 UTC by ops@example.test", lines);
        Assert.All(lines.Where(l => !l.StartsWith('#')), l => Assert.DoesNotMatch(@"(^|\s)[!&*][\w!]", l));
        Assert.Contains("\nhealth_model:\n  weights:\n    product_adoption: 30\n", yaml, StringComparison.Ordinal);
        Assert.Contains("    - name: vip\n      label: VIP\n      first_response_hours: 1\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("HealthModel", yaml, StringComparison.Ordinal);
        var sections = lines.Where(l => l.Length > 0 && char.IsLetter(l[0])).Select(l => l.TrimEnd(':')).ToList();
        Assert.Equal(CrmConfigurationYaml.Sections, sections);
    }

    [Fact]
    public void Export_then_read_gives_back_the_same_configuration_defaults_and_customised()
    {
        foreach (var configuration in new[] { CrmConfiguration.Default, Customised() })
        {
            var read = CrmConfigurationYaml.Read(CrmConfigurationYaml.Write(configuration, 3, ExportedAt));

            Assert.True(read.IsValid, string.Join("\n", read.Errors));
            Assert.Empty(ConfigurationDiff.Between(configuration, read.Configuration!));
            Assert.Empty(read.DefaultedSections);
        }

        var customised = CrmConfigurationYaml.Read(CrmConfigurationYaml.Write(Customised(), 3, ExportedAt)).Configuration!;
        Assert.Equal("VIP: \"white glove\"", customised.Support.Find(SupportTier.Vip)!.Label);
        Assert.Equal(30, customised.HealthModelFor(SupportTier.Vip).Weight(HealthComponent.SupportExperience));
        Assert.Equal("true", customised.Handoffs.Find("123")!.Items[0].Label);
        Assert.Equal([ExpansionTrigger.ApproachingPlanLimits, ExpansionTrigger.HighSatisfaction], customised.Expansion.Triggers);
    }

    [Fact]
    public void A_changed_value_shows_in_the_diff_with_before_and_after()
    {
        var read = CrmConfigurationYaml.Read(CrmConfigurationYaml.Write(CrmConfiguration.Default, 1, ExportedAt)
            .Replace("plan_limit_percent: 85", "plan_limit_percent: 90", StringComparison.Ordinal));

        var change = Assert.Single(ConfigurationDiff.Between(CrmConfiguration.Default, read.Configuration!));
        Assert.Equal(new ConfigurationChange("expansion.plan_limit_percent", "85", "90"), change);
    }

    [Fact]
    public void Malformed_yaml_is_refused_with_its_line_and_column()
    {
        var read = CrmConfigurationYaml.Read("health_model:\n  weights:\n    engagement: 20\n  healthy_from: [70\n");

        var error = Assert.Single(read.Errors);
        Assert.Null(read.Configuration);
        Assert.Equal(4, error.Line);
        Assert.StartsWith("This is not valid YAML", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("expansion:\n  plan_limit_percent: [90\n", 2, "This is not valid YAML: a '[' or '{' on this line is not closed.")]
    [InlineData("expansion:\n  plan_limit_percent: [90", 2, "This is not valid YAML")]
    [InlineData("plan_limit_percent: [90", 1, "This is not valid YAML")]
    [InlineData("expansion:\n  triggers: [a, b\nat_risk: {x: 1\n", 2, "This is not valid YAML")]
    [InlineData("expansion:\n  plan_limit_percent: \"90\n", 2, "This is not valid YAML")]
    [InlineData("expansion:\n\tplan_limit_percent: 90\n", 2, "This line is indented with a tab; YAML indents with spaces only.")]
    public void Unclosed_brackets_quotes_and_tabs_are_refused_with_a_line_never_an_exception(string yaml, int line, string message)
    {
        var read = CrmConfigurationYaml.Read(yaml);

        var error = Assert.Single(read.Errors);
        Assert.Equal(line, error.Line);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_is_named_with_its_place_and_the_nearest_known_key()
    {
        var read = CrmConfigurationYaml.Read("expansion:\n  plan_limit_percnt: 90\nhealth_modle:\n  healthy_from: 70\n");

        Assert.Null(read.Configuration);
        Assert.Collection(read.Errors,
            e =>
            {
                Assert.Equal((2, 3), (e.Line, e.Column));
                Assert.Equal("expansion.plan_limit_percnt", e.Path);
                Assert.Contains("Did you mean 'plan_limit_percent'?", e.Message, StringComparison.Ordinal);
            },
            e =>
            {
                Assert.Equal((3, 1), (e.Line, e.Column));
                Assert.Contains("Unknown key 'health_modle'", e.Message, StringComparison.Ordinal);
                Assert.Contains("Did you mean 'health_model'?", e.Message, StringComparison.Ordinal);
            });
    }

    [Fact]
    public void A_wrong_type_names_the_field_the_value_and_where_it_is()
    {
        var read = CrmConfigurationYaml.Read("at_risk:\n  score_drop_points: fifteen\n  open_escalation: maybe\n");

        Assert.Collection(read.Errors,
            e => Assert.Equal((2, 22, "at_risk.score_drop_points", "score_drop_points must be a whole number, not 'fifteen'."), (e.Line, e.Column, e.Path, e.Message)),
            e => Assert.Equal((3, 20, "at_risk.open_escalation", "open_escalation must be true or false, not 'maybe'."), (e.Line, e.Column, e.Path, e.Message)));
    }

    [Fact]
    public void Weights_that_do_not_add_up_are_refused_at_the_weights_line()
    {
        var yaml = "health_model:\n  weights:\n    product_adoption: 30\n    support_experience: 20\n    engagement: 20\n    sentiment: 15\n    commercial: 10\n";

        var read = CrmConfigurationYaml.Read(yaml);

        var error = Assert.Single(read.Errors);
        Assert.Equal((2, 3, "health_model.weights"), (error.Line, error.Column, error.Path));
        Assert.Equal("The weights add up to 95; they must add up to 100.", error.Message);
    }

    [Fact]
    public void A_tier_listed_twice_is_refused_at_the_second_one_and_the_missing_tier_is_named()
    {
        var yaml = "support:\n  tiers:\n    - name: standard\n      label: Standard\n    - name: VIP\n      label: VIP\n    - name: vip\n      label: Very important\n";

        var read = CrmConfigurationYaml.Read(yaml);

        Assert.Contains(read.Errors, e => (e.Line, e.Path) == (7, "support.tiers[2].name") && e.Message.Contains("listed twice", StringComparison.Ordinal));
        Assert.Contains(read.Errors, e => e.Path == "support.tiers" && e.Line == 2 && e.Message.Contains("'priority' is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void A_key_given_twice_type_tags_and_aliases_are_refused_with_their_places()
    {
        var read = CrmConfigurationYaml.Read("at_risk:\n  score_drop_points: 10\n  score_drop_points: 12\nexpansion:\n  plan_limit_percent: !!int 90\n  min_departments: &three 3\n  power_users_at_limit: *three\n");

        Assert.Contains(read.Errors, e => e.Line == 3 && e.Message.Contains("given twice", StringComparison.Ordinal) && e.Message.Contains("line 2", StringComparison.Ordinal));
        Assert.Contains(read.Errors, e => e.Line == 5 && e.Message.StartsWith("Type tags", StringComparison.Ordinal));
        Assert.Contains(read.Errors, e => e.Line == 6 && e.Message.StartsWith("Anchors", StringComparison.Ordinal));
        Assert.Contains(read.Errors, e => e.Line == 7 && e.Message.StartsWith("Aliases", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_enum_value_suggests_the_nearest_and_lists_the_choices()
    {
        var read = CrmConfigurationYaml.Read("wall_displays:\n  default_rotation: Lobby\n  rotations:\n    - name: Lobby\n      panels: [overview_kpi, arr_at_risk]\n");

        var error = Assert.Single(read.Errors);
        Assert.Equal("wall_displays.rotations[0].panels[0]", error.Path);
        Assert.Equal(5, error.Line);
        Assert.Contains("'overview_kpi' is not a wall panel. Did you mean 'overview_kpis'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_read_reports_unreadable_values_and_broken_rules_together_in_file_order()
    {
        var yaml = CrmConfigurationYaml.Write(CrmConfiguration.Default, 0, ExportedAt)
            .Replace("commercial: 15", "commercial: 25", StringComparison.Ordinal)
            .Replace("plan_limit_percent: 85", "plan_limit_percnt: 85", StringComparison.Ordinal)
            .Replace("score_drop_points: 15", "score_drop_points: fifteen", StringComparison.Ordinal);

        var read = CrmConfigurationYaml.Read(yaml);

        Assert.Equal(["health_model.weights", "at_risk.score_drop_points", "expansion.plan_limit_percnt"], read.Errors.Select(e => e.Path));
        Assert.Equal(read.Errors.Select(e => e.Line).Order(), read.Errors.Select(e => e.Line));
    }

    [Fact]
    public void Sections_left_out_take_the_defaults_and_are_reported()
    {
        var read = CrmConfigurationYaml.Read("expansion:\n  plan_limit_percent: 90\n");

        Assert.True(read.IsValid);
        Assert.Equal(["support", "health_model", "at_risk", "renewal_likelihood", "handoffs", "data_quality", "wall_displays"], read.DefaultedSections);
        Assert.Equal(CrmConfiguration.Default.HealthModel.HealthyFrom, read.Configuration!.HealthModel.HealthyFrom);
    }

    [Fact]
    public void Empty_and_comment_only_files_and_a_list_at_the_top_are_refused()
    {
        Assert.Equal("The file is empty.", Assert.Single(CrmConfigurationYaml.Read("  \n").Errors).Message);
        Assert.Contains("only comments", Assert.Single(CrmConfigurationYaml.Read("# nothing\n").Errors).Message, StringComparison.Ordinal);
        Assert.Contains("must be a mapping", Assert.Single(CrmConfigurationYaml.Read("- a\n- b\n").Errors).Message, StringComparison.Ordinal);
    }
}
