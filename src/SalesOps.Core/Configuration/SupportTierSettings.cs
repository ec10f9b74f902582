using SalesOps.Core.Domain;
using SalesOps.Core.Health;

namespace SalesOps.Core.Configuration;

/// <summary>
/// One support tier: what the customer is promised (response and resolution times) and, optionally, its own health
/// weights (a VIP's support experience may matter more than a standard customer's).
/// </summary>
public sealed record SupportTierSettings
{
    public SupportTier Tier { get; init; }

    /// <summary>How the tier is written on screens and in the file ("VIP").</summary>
    public string Label { get; init; } = "";

    /// <summary>SLA: first response within this many business hours.</summary>
    public int FirstResponseHours { get; init; }

    /// <summary>SLA: solved within this many business hours.</summary>
    public int ResolutionHours { get; init; }

    /// <summary>Health weights for accounts on this tier (percent, add up to 100); null means the health model's.</summary>
    public IReadOnlyDictionary<HealthComponent, int>? HealthWeights { get; init; }

}
