using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;

namespace SalesOps.Core.Health;

/// <summary>Forecast renewal ARR: ARR × the renewal likelihood of the account's band.</summary>
public static class RenewalForecast
{
    public static decimal Forecast(decimal arr, HealthBand band, RenewalLikelihoodSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Math.Round(arr * settings.Percent(band) / 100m, 2);
    }

    /// <summary>ARR that the forecast does not expect to keep.</summary>
    public static decimal AtStake(decimal arr, HealthBand band, RenewalLikelihoodSettings settings) =>
        arr - Forecast(arr, band, settings);
}
