using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;
using SalesOps.Core.Health;

namespace SalesOps.Dashboard.Components.Pages.Settings;

/// <summary>
/// The Health model page's editable copy of the configuration, one plain property per input. A record, so "changed
/// since loaded" is value equality; <see cref="ApplyTo"/> builds the configuration to validate, preview and save.
/// </summary>
public sealed record HealthModelForm
{
    public int ProductAdoptionWeight { get; set; }
    public int SupportExperienceWeight { get; set; }
    public int EngagementWeight { get; set; }
    public int SentimentWeight { get; set; }
    public int CommercialWeight { get; set; }

    public int HealthyFrom { get; set; }
    public int WatchFrom { get; set; }

    public int TargetSeatUtilisationPercent { get; set; }
    public int TargetActiveUserPercent { get; set; }
    public int TargetAdvancedFeaturePercent { get; set; }
    public int EscalationPenalty { get; set; }
    public int OpenEscalationPenalty { get; set; }
    public int OpenTicketPenalty { get; set; }
    public int MeetingFreshDays { get; set; }
    public int MeetingGoneColdDays { get; set; }
    public int TargetActivitiesPer90Days { get; set; }
    public int ArrChangeForFullScorePercent { get; set; }
    public int RenewalStageWindowDays { get; set; }

    public int ScoreDropPoints { get; set; }
    public int ScoreDropWindowDays { get; set; }
    public int RenewalWindowDays { get; set; }
    public bool OpenEscalationMakesAtRisk { get; set; }

    public int HealthyRenewalPercent { get; set; }
    public int WatchRenewalPercent { get; set; }
    public int AtRiskRenewalPercent { get; set; }

    public int WeightSum => ProductAdoptionWeight + SupportExperienceWeight + EngagementWeight + SentimentWeight + CommercialWeight;

    public static HealthModelForm From(CrmConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var h = configuration.HealthModel;
        var r = configuration.AtRisk;
        var l = configuration.RenewalLikelihood;
        return new HealthModelForm
        {
            ProductAdoptionWeight = h.Weight(HealthComponent.ProductAdoption),
            SupportExperienceWeight = h.Weight(HealthComponent.SupportExperience),
            EngagementWeight = h.Weight(HealthComponent.Engagement),
            SentimentWeight = h.Weight(HealthComponent.Sentiment),
            CommercialWeight = h.Weight(HealthComponent.Commercial),
            HealthyFrom = h.HealthyFrom,
            WatchFrom = h.WatchFrom,
            TargetSeatUtilisationPercent = h.TargetSeatUtilisationPercent,
            TargetActiveUserPercent = h.TargetActiveUserPercent,
            TargetAdvancedFeaturePercent = h.TargetAdvancedFeaturePercent,
            EscalationPenalty = h.EscalationPenalty,
            OpenEscalationPenalty = h.OpenEscalationPenalty,
            OpenTicketPenalty = h.OpenTicketPenalty,
            MeetingFreshDays = h.MeetingFreshDays,
            MeetingGoneColdDays = h.MeetingGoneColdDays,
            TargetActivitiesPer90Days = h.TargetActivitiesPer90Days,
            ArrChangeForFullScorePercent = h.ArrChangeForFullScorePercent,
            RenewalStageWindowDays = h.RenewalStageWindowDays,
            ScoreDropPoints = r.ScoreDropPoints,
            ScoreDropWindowDays = r.ScoreDropWindowDays,
            RenewalWindowDays = r.RenewalWindowDays,
            OpenEscalationMakesAtRisk = r.OpenEscalation,
            HealthyRenewalPercent = l.Percent(HealthBand.Healthy),
            WatchRenewalPercent = l.Percent(HealthBand.Watch),
            AtRiskRenewalPercent = l.Percent(HealthBand.AtRisk),
        };
    }

    /// <summary>
    /// <paramref name="baseline"/> with this form's values; whatever else the configuration holds (sections other pages
    /// edit) is kept as it is.
    /// </summary>
    public CrmConfiguration ApplyTo(CrmConfiguration baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        return baseline with
        {
            HealthModel = baseline.HealthModel with
            {
                Weights = new Dictionary<HealthComponent, int>
                {
                    [HealthComponent.ProductAdoption] = ProductAdoptionWeight,
                    [HealthComponent.SupportExperience] = SupportExperienceWeight,
                    [HealthComponent.Engagement] = EngagementWeight,
                    [HealthComponent.Sentiment] = SentimentWeight,
                    [HealthComponent.Commercial] = CommercialWeight,
                },
                HealthyFrom = HealthyFrom,
                WatchFrom = WatchFrom,
                TargetSeatUtilisationPercent = TargetSeatUtilisationPercent,
                TargetActiveUserPercent = TargetActiveUserPercent,
                TargetAdvancedFeaturePercent = TargetAdvancedFeaturePercent,
                EscalationPenalty = EscalationPenalty,
                OpenEscalationPenalty = OpenEscalationPenalty,
                OpenTicketPenalty = OpenTicketPenalty,
                MeetingFreshDays = MeetingFreshDays,
                MeetingGoneColdDays = MeetingGoneColdDays,
                TargetActivitiesPer90Days = TargetActivitiesPer90Days,
                ArrChangeForFullScorePercent = ArrChangeForFullScorePercent,
                RenewalStageWindowDays = RenewalStageWindowDays,
            },
            AtRisk = baseline.AtRisk with
            {
                ScoreDropPoints = ScoreDropPoints,
                ScoreDropWindowDays = ScoreDropWindowDays,
                RenewalWindowDays = RenewalWindowDays,
                OpenEscalation = OpenEscalationMakesAtRisk,
            },
            RenewalLikelihood = baseline.RenewalLikelihood with
            {
                PercentByBand = new Dictionary<HealthBand, int>
                {
                    [HealthBand.Healthy] = HealthyRenewalPercent,
                    [HealthBand.Watch] = WatchRenewalPercent,
                    [HealthBand.AtRisk] = AtRiskRenewalPercent,
                },
            },
        };
    }
}
