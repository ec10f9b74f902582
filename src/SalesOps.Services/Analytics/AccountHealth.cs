using SalesOps.Core.Domain;
using SalesOps.Core.Health;

namespace SalesOps.Services.Analytics;

/// <summary>
/// One account's health explained: the current score, band and confidence, each component with the inputs it used
/// and lacked (from the latest snapshot), the at-risk reasons, the score trend and what moved it most over 30 days.
/// </summary>
public sealed record AccountHealth(
    int AccountId,
    int? Score,
    HealthBand? Band,
    int Confidence,
    bool IsAtRisk,
    decimal ArrAtStake,
    DateTimeOffset? ComputedAt,
    IReadOnlyList<ComponentExplanation> Components,
    IReadOnlyList<AtRiskReason> Reasons,
    IReadOnlyList<HealthTrendPoint> Trend,
    HealthMover? BiggestMover)
{
    public bool IsScored => Score is not null;
}
