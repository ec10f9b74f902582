using SalesOps.Core.Domain;

namespace SalesOps.Services.Deals;

/// <summary>A deal of an account, with its handoff when it has one.</summary>
public sealed record DealListItem(
    int Id, string Name, OpportunityType Type, OpportunityStage Stage, decimal Amount, DateOnly CloseDate, string? OwnerName, Guid Version, int? HandoffId);
