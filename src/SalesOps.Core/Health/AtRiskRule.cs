namespace SalesOps.Core.Health;

/// <summary>The at-risk rules of DESIGN.md.</summary>
public enum AtRiskRule
{
    AtRiskBand,
    ScoreDrop,
    RenewalSoonNotHealthy,
    OpenEscalation,
}
