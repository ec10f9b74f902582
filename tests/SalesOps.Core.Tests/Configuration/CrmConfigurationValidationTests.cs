using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;
using SalesOps.Core.Health;

namespace SalesOps.Core.Tests.Configuration;

public class CrmConfigurationValidationTests
{
    [Fact]
    public void Default_configuration_is_valid() => Assert.Empty(CrmConfiguration.Default.Validate());

    [Fact]
    public void Weights_that_do_not_add_up_to_100_are_refused_naming_the_sum()
    {
        var config = CrmConfiguration.Default with
        {
            HealthModel = new HealthModelSettings
            {
                Weights = new Dictionary<HealthComponent, int>
                {
                    [HealthComponent.ProductAdoption] = 30, [HealthComponent.SupportExperience] = 30, [HealthComponent.Engagement] = 20,
                    [HealthComponent.Sentiment] = 15, [HealthComponent.Commercial] = 15,
                },
            },
        };

        var error = Assert.Single(config.Validate());
        Assert.Equal("health_model.weights", error.Field);
        Assert.Equal("The weights add up to 110; they must add up to 100.", error.Message);
    }

    [Fact]
    public void A_negative_weight_is_refused_naming_the_component()
    {
        var settings = new HealthModelSettings
        {
            Weights = new Dictionary<HealthComponent, int>
            {
                [HealthComponent.ProductAdoption] = 50, [HealthComponent.SupportExperience] = -10, [HealthComponent.Engagement] = 30,
                [HealthComponent.Sentiment] = 15, [HealthComponent.Commercial] = 15,
            },
        };

        Assert.Contains(settings.Validate(), e => e.Field == "health_model.weights.support_experience");
    }

    [Theory]
    [InlineData(70, 70, "health_model.watch_from")]
    [InlineData(60, 65, "health_model.watch_from")]
    [InlineData(120, 40, "health_model.healthy_from")]
    [InlineData(70, 0, "health_model.watch_from")]
    public void Band_thresholds_out_of_order_or_range_are_refused(int healthy, int watch, string field)
    {
        var settings = new HealthModelSettings { HealthyFrom = healthy, WatchFrom = watch };

        Assert.Contains(settings.Validate(), e => e.Field == field);
    }

    [Fact]
    public void Negative_penalties_and_zero_targets_are_refused()
    {
        var errors = new HealthModelSettings { EscalationPenalty = -5, TargetActivitiesPer90Days = 0 }.Validate().Select(e => e.Field).ToList();

        Assert.Contains("health_model.escalation_penalty", errors);
        Assert.Contains("health_model.target_activities_per_90_days", errors);
    }

    [Fact]
    public void Likelihood_outside_zero_to_hundred_is_refused()
    {
        var settings = new RenewalLikelihoodSettings
        {
            PercentByBand = new Dictionary<HealthBand, int> { [HealthBand.Healthy] = 120, [HealthBand.Watch] = 70, [HealthBand.AtRisk] = 40 },
        };

        var error = Assert.Single(settings.Validate());
        Assert.Equal("renewal_likelihood.healthy", error.Field);
    }

    [Fact]
    public void At_risk_drop_of_zero_points_is_refused() =>
        Assert.Contains(new AtRiskSettings { ScoreDropPoints = 0 }.Validate(), e => e.Field == "at_risk.score_drop_points");
}
