namespace SalesOps.Core.Handoffs;

/// <summary>A promised deliverable as the wizard edits it; <see cref="Id"/> is null until the first save.</summary>
public sealed class DeliverableDraft
{
    public long? Id { get; set; }
    public string? Description { get; set; }
    public DateOnly? DueDate { get; set; }
    public bool Delivered { get; set; }
}
