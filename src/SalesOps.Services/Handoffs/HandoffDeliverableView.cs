namespace SalesOps.Services.Handoffs;

/// <summary>A promised deliverable; overdue when its date has passed and it is not delivered.</summary>
public sealed record HandoffDeliverableView(long Id, string Description, DateOnly DueDate, DateTimeOffset? DeliveredAt, bool IsOverdue);
