using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;
using SalesOps.Core.Handoffs;
using SalesOps.Core.Health;
using SalesOps.Services.Configuration.Yaml;

namespace SalesOps.Services.Tests.Configuration.Yaml;

/// <summary>instruction.yaml: what changes merges into the configuration in force; problems are named at their line.</summary>
public sealed class InstructionYamlTests
{
    [Fact]
    public void The_documented_examples_raise_vip_support_weight_add_a_handoff_item_and_set_the_plan_limit_trigger()
    {
        const string yaml = """
            instruction_id: q4-support-focus
            title: VIP support matters more; security review in every handoff; plan limit at 90 %
            requested_by: Dana Reyes
            changes:
              support:
                tiers:
                  - name: VIP
                    health_weights: {product_adoption: 25, support_experience: 30, engagement: 20, sentiment: 15, commercial: 10}
              handoffs:
                templates:
                  - name: New customer onboarding
                    items:
                      - key: security_review
                        stage: information_transfer
                        label: Security review booked
                        kind: date
              expansion:
                plan_limit_percent: 90
            """;

        var read = InstructionYaml.Apply(yaml, CrmConfiguration.Default, "q4-support-focus");

        Assert.True(read.IsValid, string.Join("\n", read.Errors));
        var c = read.Configuration!;
        Assert.Equal(30, c.HealthModelFor(SupportTier.Vip).Weight(HealthComponent.SupportExperience));
        Assert.Equal(20, c.HealthModelFor(SupportTier.Standard).Weight(HealthComponent.SupportExperience));
        Assert.Equal("VIP", c.Support.Find(SupportTier.Vip)!.Label);
        var template = c.Handoffs.Find(DefaultHandoffTemplate.Name)!;
        Assert.Equal(14, template.Items.Count);
        Assert.Equal(new ChecklistItemDefinition(HandoffStage.InformationTransfer, "security_review", "Security review booked", ChecklistItemKind.Date, true), template.Items[^1]);
        Assert.Equal(90, c.Expansion.PlanLimitPercent);
        Assert.Equal(CrmConfiguration.Default.Expansion.MinDepartments, c.Expansion.MinDepartments);
        Assert.Equal("Dana Reyes", read.RequestedBy);
        Assert.StartsWith("VIP support matters more", read.Title, StringComparison.Ordinal);
        Assert.Equal(3, ConfigurationDiff.Between(CrmConfiguration.Default, c).Count);
    }

    [Fact]
    public void Remove_true_takes_a_named_entry_out_and_an_unknown_name_is_refused()
    {
        const string removeReception = "changes:\n  wall_displays:\n    rotations:\n      - name: reception\n        remove: true\n";
        const string removeLobby = "changes:\n  wall_displays:\n    rotations:\n      - name: Lobby\n        remove: true\n";

        var removed = InstructionYaml.Apply(removeReception, CrmConfiguration.Default);
        var refused = InstructionYaml.Apply(removeLobby, CrmConfiguration.Default);

        Assert.True(removed.IsValid, string.Join("\n", removed.Errors));
        Assert.Equal([WallDisplaySettings.DefaultRotationName], removed.Configuration!.WallDisplays.Rotations.Select(r => r.Name));
        var error = Assert.Single(refused.Errors);
        Assert.Equal((4, 15), (error.Line, error.Column));
        Assert.StartsWith("There is no 'Lobby' in wall_displays.rotations to remove.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_key_under_changes_is_named_at_its_line_in_the_instruction()
    {
        var read = InstructionYaml.Apply("title: Tighter\nchanges:\n  at_risk:\n    score_drop_pionts: 10\n", CrmConfiguration.Default);

        var error = Assert.Single(read.Errors);
        Assert.Equal((4, 5, "at_risk.score_drop_pionts"), (error.Line, error.Column, error.Path));
        Assert.Contains("Did you mean 'score_drop_points'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_that_breaks_the_model_is_refused_at_the_changed_line()
    {
        var read = InstructionYaml.Apply("changes:\n  health_model:\n    weights:\n      commercial: 25\n", CrmConfiguration.Default);

        var error = Assert.Single(read.Errors);
        Assert.Equal("health_model.weights", error.Path);
        Assert.Equal("The weights add up to 110; they must add up to 100.", error.Message);
        Assert.Equal(3, error.Line);
    }

    [Theory]
    [InlineData("title: Nothing\n", "asks for nothing")]
    [InlineData("support:\n  tiers: []\nhealth_model:\n  healthy_from: 70\n", "whole configuration file")]
    [InlineData("instruction_id: other\nchanges:\n  expansion:\n    min_departments: 4\n", "must match")]
    [InlineData("chanegs:\n  expansion:\n    min_departments: 4\n", "Did you mean 'changes'?")]
    [InlineData("changes: 42\n", "changes must be a mapping")]
    public void Instructions_that_cannot_be_applied_say_why(string yaml, string expected)
    {
        var read = InstructionYaml.Apply(yaml, CrmConfiguration.Default, "mine");

        Assert.Null(read.Configuration);
        Assert.Contains(read.Errors, e => e.Message.Contains(expected, StringComparison.Ordinal));
    }
}
