namespace SalesOps.Core.Health;

/// <summary>The five parts of the health score (DESIGN.md).</summary>
public enum HealthComponent
{
    ProductAdoption,
    SupportExperience,
    Engagement,
    Sentiment,
    Commercial,
}
