using SalesOps.Core.Domain;

namespace SalesOps.Services.Configuration;

/// <summary>One account in a preview, with its health under the configuration in force and under the candidate.</summary>
public sealed record HealthPreviewAccount(
    int AccountId,
    string Name,
    decimal Arr,
    int? ScoreBefore,
    HealthBand? BandBefore,
    bool AtRiskBefore,
    int? ScoreAfter,
    HealthBand? BandAfter,
    bool AtRiskAfter);
