using SalesOps.Core.Domain;

namespace SalesOps.Core.Health;

/// <summary>What the at-risk rules look at for one account.</summary>
public sealed record AtRiskFacts(
    int? Score,
    HealthBand? Band,
    int? ScoreWindowAgo,
    int? DaysToRenewal,
    bool HasOpenEscalation,
    DateTimeOffset? OpenEscalationSince = null);
