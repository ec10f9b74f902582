namespace SalesOps.Core.Configuration;

/// <summary>
/// Which data-quality standards are checked and where the lines are: when a contact counts as out of date, how long an
/// account may go without a logged activity, when an open deal's stage counts as stale, and the share of records that
/// must pass for a standard to count as met.
/// </summary>
public sealed record DataQualitySettings
{
    /// <summary>The standards checked; a standard left out is not checked.</summary>
    public IReadOnlyList<DataQualityStandard> Standards { get; init; } = Enum.GetValues<DataQualityStandard>();

    /// <summary>A contact not confirmed or updated for this many days counts as not current.</summary>
    public int ContactStaleAfterDays { get; init; } = 365;

    /// <summary>An active account with no activity logged for this many days breaks "activities logged consistently".</summary>
    public int MaxDaysWithoutActivity { get; init; } = 45;

    /// <summary>An open deal whose stage has not moved for this many days is stale.</summary>
    public int StaleStageDays { get; init; } = 90;

    /// <summary>A standard is met when at least this share of its records passes, in percent.</summary>
    public int TargetPercent { get; init; } = 95;

    public bool Checks(DataQualityStandard standard) => Standards.Contains(standard);

    public IEnumerable<ConfigurationError> Validate(string path = "data_quality")
    {
        for (var i = 0; i < Standards.Count; i++)
        {
            if (Standards.Take(i).Contains(Standards[i]))
            {
                yield return new($"{path}.standards[{i}]", $"The standard '{SnakeCase.Of(Standards[i])}' is listed twice.");
            }
        }

        foreach (var (name, value, max) in new (string, int, int)[]
        {
            ("contact_stale_after_days", ContactStaleAfterDays, 3650), ("max_days_without_activity", MaxDaysWithoutActivity, 3650),
            ("stale_stage_days", StaleStageDays, 3650), ("target_percent", TargetPercent, 100),
        })
        {
            if (value < 1 || value > max)
            {
                yield return new($"{path}.{name}", $"{name} is {value}; it must be between 1 and {max}.");
            }
        }
    }
}
