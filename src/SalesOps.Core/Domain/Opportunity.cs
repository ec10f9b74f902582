namespace SalesOps.Core.Domain;

/// <summary>A deal: new business, expansion or renewal. Every stage change is kept in <see cref="StageHistory"/>.</summary>
public class Opportunity : IVersioned
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public Account? Account { get; set; }
    public string Name { get; set; } = "";
    public OpportunityType Type { get; set; }
    public OpportunityStage Stage { get; set; }
    public decimal Amount { get; set; }
    public DateOnly CloseDate { get; set; }
    public int? OwnerId { get; set; }
    public TeamMember? Owner { get; set; }
    public string? NextStep { get; set; }
    public string? CrmId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public Guid Version { get; set; }
    public List<OpportunityStageChange> StageHistory { get; set; } = [];

    public bool IsClosed => Stage is OpportunityStage.ClosedWon or OpportunityStage.ClosedLost;
}
