using SalesOps.Core.Domain;

namespace SalesOps.Core.Health;

/// <summary>
/// An account's health: score 0–100 and band (null only when no input at all was known), confidence 0–100, and each
/// component with its explanation.
/// </summary>
public sealed record HealthResult(int? Score, HealthBand? Band, int Confidence, IReadOnlyList<ComponentResult> Components)
{
    public ComponentResult this[HealthComponent component] => Components.First(c => c.Component == component);
}
