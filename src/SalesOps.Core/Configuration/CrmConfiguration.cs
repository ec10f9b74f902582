namespace SalesOps.Core.Configuration;

/// <summary>
/// Everything an ops manager configures, as one object (stored with a version; exported as YAML in a later issue).
/// Sections are added as features arrive; each validates itself and names the field that is wrong.
/// </summary>
public sealed record CrmConfiguration
{
    public HealthModelSettings HealthModel { get; init; } = new();
    public AtRiskSettings AtRisk { get; init; } = new();
    public RenewalLikelihoodSettings RenewalLikelihood { get; init; } = new();
    public HandoffSettings Handoffs { get; init; } = new();
    public ExpansionSettings Expansion { get; init; } = new();

    public static CrmConfiguration Default { get; } = new();

    public IReadOnlyList<ConfigurationError> Validate() =>
        [.. HealthModel.Validate(), .. AtRisk.Validate(), .. RenewalLikelihood.Validate(), .. Handoffs.Validate(), .. Expansion.Validate()];
}
