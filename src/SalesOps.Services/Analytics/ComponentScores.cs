using SalesOps.Core.Health;

namespace SalesOps.Services.Analytics;

/// <summary>A snapshot's five component scores (null = the component had no inputs).</summary>
internal sealed record ComponentScores(int? ProductAdoption, int? SupportExperience, int? Engagement, int? Sentiment, int? Commercial)
{
    public int? Of(HealthComponent component) => component switch
    {
        HealthComponent.ProductAdoption => ProductAdoption,
        HealthComponent.SupportExperience => SupportExperience,
        HealthComponent.Engagement => Engagement,
        HealthComponent.Sentiment => Sentiment,
        _ => Commercial,
    };
}
