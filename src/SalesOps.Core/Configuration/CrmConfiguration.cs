using SalesOps.Core.Domain;

namespace SalesOps.Core.Configuration;

/// <summary>
/// Everything an ops manager configures, as one object: stored with a version, exported and imported as
/// <c>crm_configuration.yaml</c>. Each section validates itself and names the field that is wrong by its path in that
/// file (<c>support.tiers[2].first_response_hours</c>).
/// </summary>
public sealed record CrmConfiguration
{
    public SupportSettings Support { get; init; } = new();
    public HealthModelSettings HealthModel { get; init; } = new();
    public AtRiskSettings AtRisk { get; init; } = new();
    public RenewalLikelihoodSettings RenewalLikelihood { get; init; } = new();
    public ExpansionSettings Expansion { get; init; } = new();
    public HandoffSettings Handoffs { get; init; } = new();
    public DataQualitySettings DataQuality { get; init; } = new();
    public WallDisplaySettings WallDisplays { get; init; } = new();

    public static CrmConfiguration Default { get; } = new();

    /// <summary>The health model an account on <paramref name="tier"/> is scored with: the tier's own weights when it has them.</summary>
    public HealthModelSettings HealthModelFor(SupportTier tier) =>
        Support.Find(tier)?.HealthWeights is { } weights ? HealthModel with { Weights = weights } : HealthModel;

    public IReadOnlyList<ConfigurationError> Validate() =>
    [
        .. Support.Validate(), .. HealthModel.Validate(), .. AtRisk.Validate(), .. RenewalLikelihood.Validate(),
        .. Expansion.Validate(), .. Handoffs.Validate(), .. DataQuality.Validate(), .. WallDisplays.Validate(),
    ];
}
