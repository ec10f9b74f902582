namespace SalesOps.Core.Domain;

/// <summary>One move of an opportunity from one stage to another.</summary>
public class OpportunityStageChange
{
    public long Id { get; set; }
    public int OpportunityId { get; set; }
    public OpportunityStage? FromStage { get; set; }
    public OpportunityStage ToStage { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public int? ChangedById { get; set; }
    public TeamMember? ChangedBy { get; set; }
}
