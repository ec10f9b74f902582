using SalesOps.Core.Domain;
using SalesOps.Core.Renewals;

namespace SalesOps.Core.Tests.Renewals;

public sealed class RenewalStatusesTests
{
    [Theory]
    [InlineData(null, RenewalStatus.NotStarted)]
    [InlineData(OpportunityStage.Prospecting, RenewalStatus.InProgress)]
    [InlineData(OpportunityStage.Qualification, RenewalStatus.InProgress)]
    [InlineData(OpportunityStage.Proposal, RenewalStatus.InProgress)]
    [InlineData(OpportunityStage.Negotiation, RenewalStatus.Committed)]
    [InlineData(OpportunityStage.ClosedWon, RenewalStatus.Renewed)]
    [InlineData(OpportunityStage.ClosedLost, RenewalStatus.Churned)]
    public void Stage_maps_to_status(OpportunityStage? stage, RenewalStatus expected) =>
        Assert.Equal(expected, RenewalStatuses.FromStage(stage));

    [Fact]
    public void Every_stage_has_a_status_with_words()
    {
        foreach (var stage in Enum.GetValues<OpportunityStage>())
        {
            Assert.False(string.IsNullOrEmpty(RenewalStatuses.Text(RenewalStatuses.FromStage(stage))));
        }

        Assert.Equal("Not started", RenewalStatuses.Text(RenewalStatus.NotStarted));
    }
}
