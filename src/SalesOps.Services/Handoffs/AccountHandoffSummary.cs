using SalesOps.Core.Domain;

namespace SalesOps.Services.Handoffs;

/// <summary>
/// What support and success need to know from an account's latest handoff: goals, promises and their dates, who is
/// who, special terms, and whether sales is still co-owner.
/// </summary>
public sealed record AccountHandoffSummary(
    int HandoffId,
    string DealName,
    HandoffStage Stage,
    HandoffStatus Status,
    DateTimeOffset ClosedWonAt,
    string? OwnerName,
    string? CsmName,
    string? GoalsAndUseCase,
    string? TechnicalRequirements,
    string? SpecialTerms,
    string? NextSteps,
    IReadOnlyList<HandoffDeliverableView> Deliverables,
    IReadOnlyList<HandoffStakeholderView> Stakeholders,
    string? SalesCoOwner,
    DateOnly? SalesInvolvedUntil,
    int OtherHandoffs)
{
    public int OverdueDeliverables => Deliverables.Count(d => d.IsOverdue);
}
