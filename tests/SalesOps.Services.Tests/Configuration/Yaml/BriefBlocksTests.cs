using System.Text.RegularExpressions;
using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;
using SalesOps.Core.Handoffs;
using SalesOps.Services.Configuration.Yaml;

namespace SalesOps.Services.Tests.Configuration.Yaml;

/// <summary>
/// The brief's own YAML blocks (docs/brief/sales-operations-manager.md, a copy of the seed brief), taken out of the
/// Markdown as written and applied as instructions.
/// </summary>
public sealed partial class BriefBlocksTests
{
    private static readonly IReadOnlyList<string> Blocks = ReadBlocks();

    private static string Block(string key) => Blocks.Single(b => b.StartsWith(key + ":", StringComparison.Ordinal));

    [Fact]
    public void The_brief_holds_the_handoff_checklist_and_expansion_triggers_blocks()
    {
        Assert.Contains(Blocks, b => b.StartsWith("handoff_checklist:", StringComparison.Ordinal));
        Assert.Contains(Blocks, b => b.StartsWith("expansion_triggers:", StringComparison.Ordinal));
    }

    [Fact]
    public void The_handoff_checklist_block_gives_the_default_template_item_for_item()
    {
        var changed = CrmConfiguration.Default with
        {
            Handoffs = CrmConfiguration.Default.Handoffs with
            {
                Templates = [new HandoffTemplate { Name = DefaultHandoffTemplate.Name, Version = 3, Items = DefaultHandoffTemplate.Items.Take(5).ToList() }],
            },
        };

        var onDefaults = InstructionYaml.Apply(Block("handoff_checklist"), CrmConfiguration.Default);
        var onChanged = InstructionYaml.Apply(Block("handoff_checklist"), changed);

        Assert.True(onDefaults.IsValid, string.Join("\n", onDefaults.Errors));
        Assert.Empty(ConfigurationDiff.Between(CrmConfiguration.Default, onDefaults.Configuration!));
        Assert.True(onChanged.IsValid, string.Join("\n", onChanged.Errors));
        var template = onChanged.Configuration!.Handoffs.Find(DefaultHandoffTemplate.Name)!;
        Assert.Equal(13, template.Items.Count);
        Assert.Equal(["deal_closed", "contract_signed", "csm_assigned", "kickoff_scheduled", "goals_use_case", "promised_deliverables",
            "stakeholders", "technical_requirements", "special_terms", "introduction_email", "sales_involved_30_days", "transition_meeting", "next_steps"],
            template.Ordered().Select(i => i.Key));
        Assert.Equal("Clear next steps for customer", template.Items[^1].Label);
        Assert.All(template.Items.Skip(4), i => Assert.NotEqual(HandoffStage.PreHandoff, i.Stage));
    }

    [Fact]
    public void The_checklist_block_for_a_new_template_name_creates_that_template_with_check_items()
    {
        var yaml = "handoff_template: Enterprise onboarding\n" + Block("handoff_checklist").Replace("    - Technical requirements\n", "    - Technical requirements\n    - Security questionnaire returned\n", StringComparison.Ordinal);

        var read = InstructionYaml.Apply(yaml, CrmConfiguration.Default);

        Assert.True(read.IsValid, string.Join("\n", read.Errors));
        var template = read.Configuration!.Handoffs.Find("Enterprise onboarding")!;
        var added = template.Items.Single(i => i.Label == "Security questionnaire returned");
        Assert.Equal(new ChecklistItemDefinition(HandoffStage.InformationTransfer, "security_questionnaire_returned", "Security questionnaire returned", ChecklistItemKind.Check, true), added);
        Assert.Equal(14, template.Items.Count);
        Assert.Equal(DefaultHandoffTemplate.Name, read.Configuration.Handoffs.DefaultTemplate);
    }

    [Fact]
    public void The_expansion_triggers_block_turns_on_exactly_the_triggers_it_lists()
    {
        var all = InstructionYaml.Apply(Block("expansion_triggers"), CrmConfiguration.Default with
        {
            Expansion = CrmConfiguration.Default.Expansion with { Triggers = [ExpansionTrigger.HighSatisfaction] },
        });
        var fewer = InstructionYaml.Apply(Block("expansion_triggers").Replace("    - Power users maxed out\n", "", StringComparison.Ordinal), CrmConfiguration.Default);

        Assert.True(all.IsValid, string.Join("\n", all.Errors));
        Assert.Equal(Enum.GetValues<ExpansionTrigger>(), all.Configuration!.Expansion.Triggers);
        Assert.True(fewer.IsValid, string.Join("\n", fewer.Errors));
        Assert.DoesNotContain(ExpansionTrigger.PowerUsersMaxedOut, fewer.Configuration!.Expansion.Triggers);
        Assert.Equal(7, fewer.Configuration.Expansion.Triggers.Count);
    }

    [Fact]
    public void An_unknown_trigger_or_process_step_is_refused_with_its_line_and_a_suggestion()
    {
        var yaml = Block("expansion_triggers")
            .Replace("Power users maxed out", "Power user maxed out", StringComparison.Ordinal)
            .Replace("Documents in CRM", "Sends a fax", StringComparison.Ordinal);
        var line = yaml.Split('\n').ToList().FindIndex(l => l.Contains("Power user maxed", StringComparison.Ordinal)) + 1;

        var read = InstructionYaml.Apply(yaml, CrmConfiguration.Default);

        Assert.Null(read.Configuration);
        Assert.Contains(read.Errors, e => e.Line == line && e.Message.Contains("Did you mean 'Power users maxed out'?", StringComparison.Ordinal));
        Assert.Contains(read.Errors, e => e.Message.StartsWith("'Sends a fax' is not a step", StringComparison.Ordinal));
    }

    private static List<string> ReadBlocks()
    {
        var brief = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "brief", "sales-operations-manager.md"));
        return [.. YamlFence().Matches(brief).Select(m => m.Groups[1].Value)];
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SalesOps.Dashboard.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SalesOps.Dashboard.sln not found above the test assembly.");
    }

    [GeneratedRegex("```yaml\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlFence();
}
