using SalesOps.Core.Configuration;

namespace SalesOps.Services.Configuration;

/// <summary>
/// What a candidate configuration would do to today's health, worked out from the same inputs under the configuration in
/// force ("before") and the candidate ("after"), over the accounts the health job scores that have not churned. When the
/// candidate is not valid, only <see cref="Errors"/> is set.
/// </summary>
public sealed record HealthModelPreview
{
    /// <summary>Every field that is wrong; empty for a valid candidate.</summary>
    public IReadOnlyList<ConfigurationError> Errors { get; init; } = [];

    public bool IsValid => Errors.Count == 0;

    /// <summary>The instant both sides were computed for.</summary>
    public DateTimeOffset AsOf { get; init; }

    /// <summary>The stored version "before" is (0 for the built-in defaults).</summary>
    public int CurrentVersion { get; init; }

    /// <summary>Accounts compared.</summary>
    public int Accounts { get; init; }

    /// <summary>Accounts per band before and after: Healthy, Watch, At risk, then not scored (null), always all four.</summary>
    public IReadOnlyList<HealthBandCount> Bands { get; init; } = [];

    /// <summary>The band change matrix: accounts per (band before, band after) pair that has any, staying put included.</summary>
    public IReadOnlyList<HealthBandMove> Moves { get; init; } = [];

    /// <summary>Accounts whose band would change.</summary>
    public int BandChanges { get; init; }

    /// <summary>Accounts whose score would change (whether or not their band does).</summary>
    public int ScoreChanges { get; init; }

    public int AtRiskBefore { get; init; }

    public int AtRiskAfter { get; init; }

    /// <summary>Accounts not at risk before and at risk after.</summary>
    public int NewlyAtRisk { get; init; }

    /// <summary>Accounts at risk before and not after.</summary>
    public int NoLongerAtRisk { get; init; }

    /// <summary>ARR at risk (ARR at stake summed over the at-risk accounts, as the overview counts it) before.</summary>
    public decimal ArrAtRiskBefore { get; init; }

    public decimal ArrAtRiskAfter { get; init; }

    /// <summary>A few accounts that would move, those changing band first, largest ARR first.</summary>
    public IReadOnlyList<HealthPreviewAccount> Examples { get; init; } = [];

    public static HealthModelPreview Invalid(IReadOnlyList<ConfigurationError> errors) => new() { Errors = errors };
}
