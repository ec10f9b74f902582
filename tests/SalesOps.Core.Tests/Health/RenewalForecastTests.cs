using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;
using SalesOps.Core.Health;

namespace SalesOps.Core.Tests.Health;

public class RenewalForecastTests
{
    [Theory]
    [InlineData(HealthBand.Healthy, 90_000)]
    [InlineData(HealthBand.Watch, 70_000)]
    [InlineData(HealthBand.AtRisk, 40_000)]
    public void Forecast_is_arr_times_the_bands_likelihood(HealthBand band, int expected) =>
        Assert.Equal(expected, RenewalForecast.Forecast(100_000m, band, new RenewalLikelihoodSettings()));

    [Fact]
    public void At_stake_is_what_the_forecast_does_not_keep() =>
        Assert.Equal(60_000m, RenewalForecast.AtStake(100_000m, HealthBand.AtRisk, new RenewalLikelihoodSettings()));

    [Fact]
    public void Forecast_follows_configured_likelihoods()
    {
        var settings = new RenewalLikelihoodSettings
        {
            PercentByBand = new Dictionary<HealthBand, int> { [HealthBand.Healthy] = 95, [HealthBand.Watch] = 50, [HealthBand.AtRisk] = 10 },
        };

        Assert.Equal(5_000m, RenewalForecast.Forecast(50_000m, HealthBand.AtRisk, settings));
    }
}
