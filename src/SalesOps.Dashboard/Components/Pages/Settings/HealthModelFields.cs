using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;
using SalesOps.Core.Health;
using SalesOps.Dashboard.Components.Shared;
using SalesOps.Services.Configuration;

namespace SalesOps.Dashboard.Components.Pages.Settings;

/// <summary>
/// Every number of the Health model page, with the configuration path its errors name, so that each
/// <see cref="ConfigurationError"/> lands on the input it is about; and the errors' messages in the page's words.
/// </summary>
public static class HealthModelFields
{
    public const string WeightsPath = "health_model.weights";
    public const string OpenEscalationPath = "at_risk.open_escalation";

    public static IReadOnlyList<HealthModelField> Weights { get; } =
    [
        Weight(HealthComponent.ProductAdoption, "Seat utilisation, active users, advanced-feature use", f => f.ProductAdoptionWeight, (f, v) => f.ProductAdoptionWeight = v),
        Weight(HealthComponent.SupportExperience, "Escalations and open tickets", f => f.SupportExperienceWeight, (f, v) => f.SupportExperienceWeight = v),
        Weight(HealthComponent.Engagement, "Meetings and logged activities", f => f.EngagementWeight, (f, v) => f.EngagementWeight = v),
        Weight(HealthComponent.Sentiment, "CSAT and the latest customer sentiment", f => f.SentimentWeight, (f, v) => f.SentimentWeight = v),
        Weight(HealthComponent.Commercial, "ARR trend and the renewal deal's stage", f => f.CommercialWeight, (f, v) => f.CommercialWeight = v),
    ];

    public static IReadOnlyList<HealthModelField> Bands { get; } =
    [
        new("health_model.healthy_from", "Healthy from", "Scores from this up are Healthy.", "points",
            f => f.HealthyFrom, (f, v) => f.HealthyFrom = v, "Healthy threshold"),
        new("health_model.watch_from", "Watch from", "Scores from this up to Healthy are Watch; below it is At risk.", "points",
            f => f.WatchFrom, (f, v) => f.WatchFrom = v, "Watch threshold"),
    ];

    public static IReadOnlyList<HealthModelFieldGroup> Inputs { get; } =
    [
        new(HealthLabels.Of(HealthComponent.ProductAdoption), "From the latest usage week.",
        [
            Input("target_seat_utilisation_percent", "Seat utilisation target", "Share of licensed seats in use that earns the full utilisation part (half of adoption).", "%",
                f => f.TargetSeatUtilisationPercent, (f, v) => f.TargetSeatUtilisationPercent = v),
            Input("target_active_user_percent", "Active users target", "Share of seat holders active in the period that earns the full activity part (30 % of adoption).", "%",
                f => f.TargetActiveUserPercent, (f, v) => f.TargetActiveUserPercent = v),
            Input("target_advanced_feature_percent", "Advanced-feature target", "Share of active users on advanced features that earns the full depth part (20 % of adoption).", "%",
                f => f.TargetAdvancedFeaturePercent, (f, v) => f.TargetAdvancedFeaturePercent = v),
        ]),
        new(HealthLabels.Of(HealthComponent.SupportExperience), "Starts at 100 and loses points.",
        [
            Input("escalation_penalty", "Per escalation in 90 days", "Points off for each escalation in the last 90 days (at most 60 in all).", "points",
                f => f.EscalationPenalty, (f, v) => f.EscalationPenalty = v),
            Input("open_escalation_penalty", "While an escalation is open", "Points off while an escalation is still open.", "points",
                f => f.OpenEscalationPenalty, (f, v) => f.OpenEscalationPenalty = v),
            Input("open_ticket_penalty", "Per extra open ticket", "Points off per open ticket beyond 2 (or 1 per 100 seats), at most 30 in all.", "points",
                f => f.OpenTicketPenalty, (f, v) => f.OpenTicketPenalty = v),
        ]),
        new(HealthLabels.Of(HealthComponent.Engagement), "Meetings count 60 %, logged activities 40 %.",
        [
            Input("meeting_fresh_days", "Last meeting still fresh for", "Days since the last meeting that still earn the full meeting score.", "days",
                f => f.MeetingFreshDays, (f, v) => f.MeetingFreshDays = v),
            Input("meeting_gone_cold_days", "Meeting score is zero after", "Days without a meeting at which the meeting score reaches zero; it falls evenly from the fresh limit.", "days",
                f => f.MeetingGoneColdDays, (f, v) => f.MeetingGoneColdDays = v),
            Input("target_activities_per_90_days", "Activities target", "Calls, e-mails, meetings and notes logged in 90 days that earn the full activity score.", "in 90 days",
                f => f.TargetActivitiesPer90Days, (f, v) => f.TargetActivitiesPer90Days = v),
        ]),
        new(HealthLabels.Of(HealthComponent.Commercial), "The ARR trend counts 60 %, the renewal deal 40 % when it applies.",
        [
            Input("arr_change_for_full_score_percent", "ARR growth target", "Net ARR change over 12 months that scores full marks; the same fall scores zero, no change scores half.", "%",
                f => f.ArrChangeForFullScorePercent, (f, v) => f.ArrChangeForFullScorePercent = v),
            Input("renewal_stage_window_days", "Renewal deal counts within", "Within this many days of renewal, the renewal deal's stage counts (no deal started scores low).", "days",
                f => f.RenewalStageWindowDays, (f, v) => f.RenewalStageWindowDays = v),
        ]),
    ];

    public static IReadOnlyList<HealthModelField> AtRisk { get; } =
    [
        new("at_risk.score_drop_points", "Score drop of at least", "An account whose score fell this many points ...", "points",
            f => f.ScoreDropPoints, (f, v) => f.ScoreDropPoints = v, "score_drop_points"),
        new("at_risk.score_drop_window_days", "Drop measured over", "... within this many days is at risk.", "days",
            f => f.ScoreDropWindowDays, (f, v) => f.ScoreDropWindowDays = v, "score_drop_window_days"),
        new("at_risk.renewal_window_days", "Renewal within", "An account renewing within this many days while not Healthy is at risk.", "days",
            f => f.RenewalWindowDays, (f, v) => f.RenewalWindowDays = v, "renewal_window_days"),
    ];

    public static IReadOnlyList<HealthModelField> RenewalLikelihood { get; } =
    [
        Likelihood(HealthBand.Healthy, f => f.HealthyRenewalPercent, (f, v) => f.HealthyRenewalPercent = v),
        Likelihood(HealthBand.Watch, f => f.WatchRenewalPercent, (f, v) => f.WatchRenewalPercent = v),
        Likelihood(HealthBand.AtRisk, f => f.AtRiskRenewalPercent, (f, v) => f.AtRiskRenewalPercent = v),
    ];

    public static IEnumerable<HealthModelField> All =>
        Weights.Concat(Bands).Concat(Inputs.SelectMany(g => g.Fields)).Concat(AtRisk).Concat(RenewalLikelihood);

    /// <summary>The label of the input an error path belongs to; the weights' sum and unknown paths get a readable name too.</summary>
    public static string LabelOf(string path) => path switch
    {
        WeightsPath => "Weights",
        "comment" => "Comment",
        ConfigurationSaveResult.VersionConflictField => "Version in force",
        _ => All.FirstOrDefault(f => f.Path == path)?.Label ?? path,
    };

    /// <summary>
    /// An error's message in the page's words: the configuration's names for fields (<c>meeting_fresh_days</c>,
    /// <c>ProductAdoption</c>) become the labels people see next to the inputs.
    /// </summary>
    public static string Message(ConfigurationError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var message = error.Message;
        foreach (var field in All.Where(f => f.MessageName.Contains('_', StringComparison.Ordinal)).OrderByDescending(f => f.MessageName.Length))
        {
            message = message.Replace(field.MessageName, $"\u201c{field.Label}\u201d", StringComparison.Ordinal);
        }

        foreach (var component in Enum.GetValues<HealthComponent>())
        {
            message = message.Replace($"of {SnakeCase.Of(component)} ", $"of {HealthLabels.Of(component)} ", StringComparison.Ordinal);
        }

        foreach (var band in Enum.GetValues<HealthBand>())
        {
            message = message.Replace($"of {SnakeCase.Of(band)} is", $"of {HealthLabels.Of(band)} is", StringComparison.Ordinal);
        }

        return message;
    }

    /// <summary>The label to put before an error's message in the summary, or null when the message names the field already.</summary>
    public static string? SummaryLabel(ConfigurationError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var label = LabelOf(error.Field);
        return Message(error).Contains(label, StringComparison.OrdinalIgnoreCase) ? null : label;
    }

    private static HealthModelField Weight(HealthComponent component, string hint, Func<HealthModelForm, int> get, Action<HealthModelForm, int> set) =>
        new($"{WeightsPath}.{SnakeCase.Of(component)}", HealthLabels.Of(component), hint, "%", get, set, SnakeCase.Of(component));

    private static HealthModelField Input(string name, string label, string hint, string unit, Func<HealthModelForm, int> get, Action<HealthModelForm, int> set) =>
        new($"health_model.{name}", label, hint, unit, get, set, name);

    private static HealthModelField Likelihood(HealthBand band, Func<HealthModelForm, int> get, Action<HealthModelForm, int> set) =>
        new($"renewal_likelihood.{SnakeCase.Of(band)}", HealthLabels.Of(band), $"Share of ARR the forecast expects an account in {HealthLabels.Of(band)} to renew; the rest is ARR at stake.", "%",
            get, set, SnakeCase.Of(band));
}
