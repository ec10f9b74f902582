using SalesOps.Core.Health;

namespace SalesOps.Core.Configuration;

/// <summary>
/// The health model's weights, bands and input targets. Defaults are DESIGN.md's; ops managers change them in the
/// stored CRM configuration.
/// </summary>
public sealed record HealthModelSettings
{
    /// <summary>Weight of each component in percent; they add up to 100.</summary>
    public IReadOnlyDictionary<HealthComponent, int> Weights { get; init; } = new Dictionary<HealthComponent, int>
    {
        [HealthComponent.ProductAdoption] = 30,
        [HealthComponent.SupportExperience] = 20,
        [HealthComponent.Engagement] = 20,
        [HealthComponent.Sentiment] = 15,
        [HealthComponent.Commercial] = 15,
    };

    /// <summary>Scores from here up are Healthy.</summary>
    public int HealthyFrom { get; init; } = 70;

    /// <summary>Scores from here up to <see cref="HealthyFrom"/> are Watch; below is At risk.</summary>
    public int WatchFrom { get; init; } = 40;

    /// <summary>Seat utilisation (percent) that earns the full adoption score for utilisation.</summary>
    public int TargetSeatUtilisationPercent { get; init; } = 80;

    /// <summary>Share of used seats active in the period (percent) that earns the full score for activity.</summary>
    public int TargetActiveUserPercent { get; init; } = 70;

    /// <summary>Share of active users on advanced features (percent) that earns the full score for depth.</summary>
    public int TargetAdvancedFeaturePercent { get; init; } = 30;

    /// <summary>Points the support score loses per escalation in the last 90 days.</summary>
    public int EscalationPenalty { get; init; } = 20;

    /// <summary>Points the support score loses while an escalation is open.</summary>
    public int OpenEscalationPenalty { get; init; } = 25;

    /// <summary>Points lost per open ticket beyond the allowance (2, or 1 per 100 licensed seats).</summary>
    public int OpenTicketPenalty { get; init; } = 5;

    /// <summary>Days without a meeting that still earn the full meeting score; the score reaches zero at <see cref="MeetingGoneColdDays"/>.</summary>
    public int MeetingFreshDays { get; init; } = 30;

    public int MeetingGoneColdDays { get; init; } = 90;

    /// <summary>Logged activities in 90 days that earn the full activity score.</summary>
    public int TargetActivitiesPer90Days { get; init; } = 6;

    /// <summary>Net ARR change over 12 months (percent) that earns the full commercial score; the negative of it scores zero.</summary>
    public int ArrChangeForFullScorePercent { get; init; } = 20;

    /// <summary>Within this many days of renewal, the renewal deal's stage counts in the commercial score.</summary>
    public int RenewalStageWindowDays { get; init; } = 120;

    /// <summary>Every component has a weight, none is negative, and they add up to 100.</summary>
    public static IEnumerable<ConfigurationError> ValidateWeights(IReadOnlyDictionary<HealthComponent, int> weights, string path)
    {
        ArgumentNullException.ThrowIfNull(weights);
        foreach (var component in Enum.GetValues<HealthComponent>())
        {
            if (!weights.TryGetValue(component, out var weight))
            {
                yield return new($"{path}.{SnakeCase.Of(component)}", $"The weight of {SnakeCase.Of(component)} is missing.");
            }
            else if (weight < 0)
            {
                yield return new($"{path}.{SnakeCase.Of(component)}", $"The weight of {SnakeCase.Of(component)} is {weight}; weights cannot be negative.");
            }
        }

        var sum = weights.Values.Sum();
        if (sum != 100)
        {
            yield return new(path, $"The weights add up to {sum}; they must add up to 100.");
        }
    }

    public int Weight(HealthComponent component) => Weights.TryGetValue(component, out var w) ? w : 0;

    public IEnumerable<ConfigurationError> Validate(string path = "health_model")
    {
        foreach (var error in ValidateWeights(Weights, $"{path}.weights"))
        {
            yield return error;
        }

        if (HealthyFrom is < 1 or > 100)
        {
            yield return new($"{path}.healthy_from", $"The Healthy threshold is {HealthyFrom}; it must be between 1 and 100.");
        }

        if (WatchFrom < 1 || WatchFrom >= HealthyFrom)
        {
            yield return new($"{path}.watch_from", $"The Watch threshold is {WatchFrom}; it must be at least 1 and below the Healthy threshold ({HealthyFrom}).");
        }

        foreach (var (name, value) in new (string, int)[]
        {
            ("target_seat_utilisation_percent", TargetSeatUtilisationPercent), ("target_active_user_percent", TargetActiveUserPercent),
            ("target_advanced_feature_percent", TargetAdvancedFeaturePercent), ("target_activities_per_90_days", TargetActivitiesPer90Days),
            ("arr_change_for_full_score_percent", ArrChangeForFullScorePercent), ("meeting_fresh_days", MeetingFreshDays),
        })
        {
            if (value <= 0)
            {
                yield return new($"{path}.{name}", $"{name} is {value}; it must be greater than zero.");
            }
        }

        foreach (var (name, value) in new (string, int)[]
        {
            ("escalation_penalty", EscalationPenalty), ("open_escalation_penalty", OpenEscalationPenalty),
            ("open_ticket_penalty", OpenTicketPenalty), ("renewal_stage_window_days", RenewalStageWindowDays),
        })
        {
            if (value < 0)
            {
                yield return new($"{path}.{name}", $"{name} is {value}; it cannot be negative.");
            }
        }

        if (MeetingGoneColdDays <= MeetingFreshDays)
        {
            yield return new($"{path}.meeting_gone_cold_days", $"meeting_gone_cold_days ({MeetingGoneColdDays}) must be greater than meeting_fresh_days ({MeetingFreshDays}).");
        }
    }
}
