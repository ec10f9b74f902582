using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;
using SalesOps.Core.Handoffs;

namespace SalesOps.Core.Tests.Handoffs;

public class HandoffSettingsTests
{
    private static readonly HandoffSettings Defaults = new();

    private static HandoffTemplate DefaultTemplate => Defaults.Find(DefaultHandoffTemplate.Name)!;

    private static HandoffSettings With(params HandoffTemplate[] templates) => Defaults with { Templates = templates };

    [Fact]
    public void The_defaults_are_valid_and_start_from_the_briefs_template()
    {
        Assert.Empty(Defaults.Validate());
        Assert.Equal(DefaultHandoffTemplate.Items, DefaultTemplate.Items);
        Assert.Empty(CrmConfiguration.Default.Validate());
    }

    [Fact]
    public void A_changed_template_gets_the_next_version_and_an_unchanged_one_keeps_its_own()
    {
        var security = new ChecklistItemDefinition(HandoffStage.PreHandoff, "security_review", "Security review done", ChecklistItemKind.Check, true, 3);
        var changed = DefaultTemplate with { Items = [.. DefaultTemplate.Items, security] };
        var other = new HandoffTemplate { Name = "Expansion", Items = [security] };

        var saved = With(changed, other).WithVersionsAfter(Defaults);
        var again = saved.WithVersionsAfter(saved);

        Assert.Equal(2, saved.Find(DefaultHandoffTemplate.Name)!.Version);
        Assert.Equal(1, saved.Find("Expansion")!.Version);
        Assert.Equal(2, again.Find(DefaultHandoffTemplate.Name)!.Version);
    }

    [Fact]
    public void Reordering_items_is_a_change_too()
    {
        var reordered = DefaultTemplate with { Items = [.. DefaultTemplate.Items.Reverse()] };

        Assert.Equal(2, With(reordered).WithVersionsAfter(Defaults).Templates[0].Version);
    }

    [Fact]
    public void Duplicate_keys_bad_keys_empty_labels_and_bad_offsets_are_named()
    {
        var template = new HandoffTemplate
        {
            Name = "Custom",
            Items =
            [
                new(HandoffStage.PreHandoff, "contract_signed", "Contract signed", ChecklistItemKind.Check, true),
                new(HandoffStage.PreHandoff, "contract_signed", "Again", ChecklistItemKind.Check, true),
                new(HandoffStage.PreHandoff, "Bad Key", "Bad key", ChecklistItemKind.Check, true),
                new(HandoffStage.PostHandoff, "wrap_up", " ", ChecklistItemKind.Text, false, -1),
            ],
        };

        var errors = With(template).Validate().ToList();

        Assert.Contains(errors, e => e.Field == "handoffs.templates[0].items[1].key" && e.Message.Contains("used twice", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Field == "handoffs.templates[0].items[2].key");
        Assert.Contains(errors, e => e.Field == "handoffs.templates[0].items[3].label");
        Assert.Contains(errors, e => e.Field == "handoffs.templates[0].items[3].due_offset_days");
        Assert.Contains(errors, e => e.Field == "handoffs.default_template");
    }

    [Fact]
    public void A_bound_key_must_keep_the_kind_of_the_data_it_reads()
    {
        var template = DefaultTemplate with
        {
            Items = [.. DefaultTemplate.Items.Select(i => i.Key == "kickoff_scheduled" ? i with { Kind = ChecklistItemKind.Check } : i)],
        };

        var error = Assert.Single(With(template).Validate());

        Assert.Equal("handoffs.templates[0].items[3].kind", error.Field);
        Assert.Contains("kickoff date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_names_are_unique_ignoring_case_and_the_sla_is_bounded()
    {
        var settings = With(DefaultTemplate, DefaultTemplate with { Name = DefaultTemplate.Name.ToUpperInvariant() }) with { CompletionSlaDays = 0 };

        var errors = settings.Validate().ToList();

        Assert.Contains(errors, e => e.Field == "handoffs.templates[1].name");
        Assert.Contains(errors, e => e.Field == "handoffs.completion_sla_days");
    }
}
