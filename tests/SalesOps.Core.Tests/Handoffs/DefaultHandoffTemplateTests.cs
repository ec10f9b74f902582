using SalesOps.Core.Domain;
using SalesOps.Core.Handoffs;

namespace SalesOps.Core.Tests.Handoffs;

public class DefaultHandoffTemplateTests
{
    [Fact]
    public void Default_template_holds_every_item_of_the_brief_in_its_stage()
    {
        var byStage = DefaultHandoffTemplate.Items.GroupBy(i => i.Stage).ToDictionary(g => g.Key, g => g.Select(i => i.Label).ToList());

        Assert.Equal(["Deal closed in CRM", "Contract signed and processed", "Customer success manager assigned", "Onboarding kickoff scheduled"],
            byStage[HandoffStage.PreHandoff]);
        Assert.Equal(["Customer goals and use case", "Promised deliverables and timeline", "Key stakeholders and decision makers",
            "Technical requirements", "Any special terms or commitments"], byStage[HandoffStage.InformationTransfer]);
        Assert.Equal(["Introduction email (sales, CSM, customer)", "Sales stays involved first 30 days", "Transition meeting scheduled",
            "Clear next steps for customer"], byStage[HandoffStage.PostHandoff]);
    }

    [Fact]
    public void Template_item_keys_are_unique()
    {
        var keys = DefaultHandoffTemplate.Items.Select(i => i.Key).ToList();

        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
    }
}
