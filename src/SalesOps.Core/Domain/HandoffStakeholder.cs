namespace SalesOps.Core.Domain;

/// <summary>A customer contact named in a handoff with the part they play.</summary>
public class HandoffStakeholder
{
    public long Id { get; set; }
    public int HandoffId { get; set; }
    public int ContactId { get; set; }
    public Contact? Contact { get; set; }
    public ContactRole Role { get; set; }
    public bool IsDecisionMaker { get; set; }
}
