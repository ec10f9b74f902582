namespace SalesOps.Core.Domain;

/// <summary>Something sales promised the customer, with the date it is due.</summary>
public class HandoffDeliverable
{
    public long Id { get; set; }
    public int HandoffId { get; set; }
    public string Description { get; set; } = "";
    public DateOnly DueDate { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
}
