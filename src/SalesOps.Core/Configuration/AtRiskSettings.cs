namespace SalesOps.Core.Configuration;

/// <summary>When an account counts as at risk besides being in the At risk band (DESIGN.md defaults).</summary>
public sealed record AtRiskSettings
{
    /// <summary>A fall of at least this many points ...</summary>
    public int ScoreDropPoints { get; init; } = 15;

    /// <summary>... within this many days.</summary>
    public int ScoreDropWindowDays { get; init; } = 30;

    /// <summary>Renewal within this many days while not Healthy.</summary>
    public int RenewalWindowDays { get; init; } = 90;

    /// <summary>An open escalation makes an account at risk.</summary>
    public bool OpenEscalation { get; init; } = true;

    public IEnumerable<ConfigurationError> Validate(string path = "at_risk")
    {
        if (ScoreDropPoints is < 1 or > 100)
        {
            yield return new($"{path}.score_drop_points", $"score_drop_points is {ScoreDropPoints}; it must be between 1 and 100.");
        }

        if (ScoreDropWindowDays < 1)
        {
            yield return new($"{path}.score_drop_window_days", $"score_drop_window_days is {ScoreDropWindowDays}; it must be at least 1.");
        }

        if (RenewalWindowDays < 0)
        {
            yield return new($"{path}.renewal_window_days", $"renewal_window_days is {RenewalWindowDays}; it cannot be negative.");
        }
    }
}
