using SalesOps.Core.Domain;

namespace SalesOps.Core.Configuration;

/// <summary>
/// When usage says an account is outgrowing its plan (DESIGN.md defaults), and how quickly someone must pick a signal up.
/// </summary>
public sealed record ExpansionSettings
{
    /// <summary>A plan limit (seats, API calls, storage) counts as approached from this share of it, in percent.</summary>
    public int PlanLimitPercent { get; init; } = 85;

    /// <summary>High engagement with advanced features: this share of active users uses them, in percent ...</summary>
    public int AdvancedFeatureUsersPercent { get; init; } = 40;

    /// <summary>... and at least this many people do.</summary>
    public int AdvancedFeatureMinUsers { get; init; } = 10;

    /// <summary>Multiple departments: at least this many use the product.</summary>
    public int MinDepartments { get; init; } = 3;

    /// <summary>Power users maxed out: at least this many users are at their per-user limit ...</summary>
    public int PowerUsersAtLimit { get; init; } = 5;

    /// <summary>... or this share of active users, in percent, whichever is reached first.</summary>
    public int PowerUsersAtLimitPercent { get; init; } = 10;

    /// <summary>A signal nobody has acknowledged within this many business days is flagged.</summary>
    public int AcknowledgementSlaBusinessDays { get; init; } = 2;

    /// <summary>
    /// The triggers in use: usage-based ones are detected, feedback-based ones are offered to support reps. A trigger left
    /// out is neither detected nor offered (signals already logged with it keep it).
    /// </summary>
    public IReadOnlyList<ExpansionTrigger> Triggers { get; init; } = Enum.GetValues<ExpansionTrigger>();

    public bool Uses(ExpansionTrigger trigger) => Triggers.Contains(trigger);

    public IEnumerable<ConfigurationError> Validate(string path = "expansion")
    {
        for (var i = 0; i < Triggers.Count; i++)
        {
            if (Triggers.Take(i).Contains(Triggers[i]))
            {
                yield return new($"{path}.triggers[{i}]", $"The trigger '{SnakeCase.Of(Triggers[i])}' is listed twice.");
            }
            else if (!Enum.IsDefined(Triggers[i]))
            {
                yield return new($"{path}.triggers[{i}]", $"'{Triggers[i]}' is not an expansion trigger.");
            }
        }

        foreach (var (name, value) in new (string, int)[]
        {
            ("plan_limit_percent", PlanLimitPercent), ("advanced_feature_users_percent", AdvancedFeatureUsersPercent),
            ("power_users_at_limit_percent", PowerUsersAtLimitPercent),
        })
        {
            if (value is < 1 or > 100)
            {
                yield return new($"{path}.{name}", $"{name} is {value}; it must be between 1 and 100.");
            }
        }

        foreach (var (name, value) in new (string, int)[]
        {
            ("advanced_feature_min_users", AdvancedFeatureMinUsers), ("min_departments", MinDepartments), ("power_users_at_limit", PowerUsersAtLimit),
        })
        {
            if (value < 1)
            {
                yield return new($"{path}.{name}", $"{name} is {value}; it must be at least 1.");
            }
        }

        if (AcknowledgementSlaBusinessDays is < 1 or > 30)
        {
            yield return new($"{path}.acknowledgement_sla_business_days", $"acknowledgement_sla_business_days is {AcknowledgementSlaBusinessDays}; it must be between 1 and 30.");
        }
    }
}
