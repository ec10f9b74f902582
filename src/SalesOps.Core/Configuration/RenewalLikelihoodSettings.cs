using SalesOps.Core.Domain;

namespace SalesOps.Core.Configuration;

/// <summary>How likely an account in each band is to renew, in percent; the renewal forecast is ARR × likelihood.</summary>
public sealed record RenewalLikelihoodSettings
{
    public IReadOnlyDictionary<HealthBand, int> PercentByBand { get; init; } = new Dictionary<HealthBand, int>
    {
        [HealthBand.Healthy] = 90,
        [HealthBand.Watch] = 70,
        [HealthBand.AtRisk] = 40,
    };

    public int Percent(HealthBand band) => PercentByBand.TryGetValue(band, out var p) ? p : 0;

    public IEnumerable<ConfigurationError> Validate(string path = "renewal_likelihood")
    {
        foreach (var band in Enum.GetValues<HealthBand>())
        {
            if (!PercentByBand.TryGetValue(band, out var p))
            {
                yield return new($"{path}.{SnakeCase.Of(band)}", $"The renewal likelihood of {SnakeCase.Of(band)} is missing.");
            }
            else if (p is < 0 or > 100)
            {
                yield return new($"{path}.{SnakeCase.Of(band)}", $"The renewal likelihood of {SnakeCase.Of(band)} is {p}%; it must be between 0 and 100.");
            }
        }
    }
}
