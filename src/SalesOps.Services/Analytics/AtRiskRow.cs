using SalesOps.Core.Domain;
using SalesOps.Core.Health;

namespace SalesOps.Services.Analytics;

/// <summary>One at-risk account with the reasons of its latest health snapshot, in words.</summary>
public sealed record AtRiskRow(
    int AccountId,
    string Name,
    Segment Segment,
    decimal Arr,
    decimal ArrAtStake,
    DateOnly RenewalDate,
    string? CsmName,
    string? OwnerName,
    int? Score,
    HealthBand? Band,
    IReadOnlyList<AtRiskReason> Reasons);
