using MudBlazor;
using SalesOps.Core.Domain;
using SalesOps.Core.Health;

namespace SalesOps.Dashboard.Components.Shared;

/// <summary>The words and colours people read for health bands, components and at-risk rules.</summary>
public static class HealthLabels
{
    public static string Of(HealthBand? band) => band switch
    {
        HealthBand.Healthy => "Healthy",
        HealthBand.Watch => "Watch",
        HealthBand.AtRisk => "At risk",
        _ => "Not scored",
    };

    public static Color ColorOf(HealthBand? band) => band switch
    {
        HealthBand.Healthy => Color.Success,
        HealthBand.Watch => Color.Warning,
        HealthBand.AtRisk => Color.Error,
        _ => Color.Default,
    };

    /// <summary>A band's colour in charts (the light theme's; <c>ChartTheme</c> derives the dark one), matching <see cref="ColorOf"/>.</summary>
    public static string ChartColorOf(HealthBand? band) => band switch
    {
        HealthBand.Healthy => "#43a047",
        HealthBand.Watch => "#fb8c00",
        HealthBand.AtRisk => "#e53935",
        _ => "#9e9e9e",
    };

    public static string Of(HealthComponent component) => component switch
    {
        HealthComponent.ProductAdoption => "Product adoption",
        HealthComponent.SupportExperience => "Support experience",
        HealthComponent.Engagement => "Engagement",
        HealthComponent.Sentiment => "Sentiment",
        _ => "Commercial",
    };

    public static string Of(AtRiskRule rule) => rule switch
    {
        AtRiskRule.AtRiskBand => "At risk band",
        AtRiskRule.ScoreDrop => "Score drop",
        AtRiskRule.RenewalSoonNotHealthy => "Renewal soon, not healthy",
        _ => "Open escalation",
    };
}
