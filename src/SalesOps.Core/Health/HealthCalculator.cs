using System.Globalization;
using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;

namespace SalesOps.Core.Health;

/// <summary>
/// The health model: five component scores from named inputs, weighted into a 0–100 score with a band and a
/// confidence. Components without inputs are left out of the weighting (the score is not dragged to zero) and lower
/// the confidence by their weight.
/// </summary>
public static class HealthCalculator
{
    private static readonly CultureInfo Text = CultureInfo.InvariantCulture;

    public static HealthResult Calculate(HealthInputs inputs, HealthModelSettings settings)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(settings);
        ComponentResult[] components =
        [
            ProductAdoption(inputs, settings),
            SupportExperience(inputs, settings),
            Engagement(inputs, settings),
            Sentiment(inputs),
            Commercial(inputs, settings),
        ];

        double weighted = 0, weightUsed = 0, confidence = 0;
        foreach (var c in components)
        {
            var weight = settings.Weight(c.Component);
            confidence += weight * c.Completeness;
            if (c.Score is { } s)
            {
                weighted += weight * s;
                weightUsed += weight;
            }
        }

        int? score = weightUsed > 0 ? (int)Math.Round(weighted / weightUsed, MidpointRounding.AwayFromZero) : null;
        var totalWeight = Enum.GetValues<HealthComponent>().Sum(settings.Weight);
        var confidencePercent = totalWeight > 0 ? (int)Math.Round(100 * confidence / totalWeight, MidpointRounding.AwayFromZero) : 0;
        return new HealthResult(score, score is { } v ? BandOf(v, settings) : null, confidencePercent, components);
    }

    public static HealthBand BandOf(int score, HealthModelSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return score >= settings.HealthyFrom ? HealthBand.Healthy : score >= settings.WatchFrom ? HealthBand.Watch : HealthBand.AtRisk;
    }

    internal static ComponentResult ProductAdoption(HealthInputs i, HealthModelSettings s)
    {
        var parts = new Parts(HealthComponent.ProductAdoption);
        if (i.SeatsUsed is { } used && i.SeatsLicensed is { } licensed && licensed > 0)
        {
            var utilisation = (double)used / licensed;
            parts.Add(0.5, Ratio(utilisation, s.TargetSeatUtilisationPercent / 100.0),
                $"seat utilisation {Percent(utilisation)} of {licensed.ToString("N0", Text)} seats");
        }
        else
        {
            parts.Miss(0.5, "seat utilisation (no usage reported)");
        }

        if (i.ActiveUsers is { } active && i.SeatsUsed is { } seats && seats > 0)
        {
            var share = (double)active / seats;
            parts.Add(0.3, Ratio(share, s.TargetActiveUserPercent / 100.0), $"{Percent(share)} of users with a seat were active");
        }
        else
        {
            parts.Miss(0.3, "active users");
        }

        if (i.AdvancedFeatureUsers is { } advanced && i.ActiveUsers is { } act && act > 0)
        {
            var share = (double)advanced / act;
            parts.Add(0.2, Ratio(share, s.TargetAdvancedFeaturePercent / 100.0), $"advanced features used by {Percent(share)} of active users");
        }
        else
        {
            parts.Miss(0.2, "advanced-feature use");
        }

        return parts.Result();
    }

    internal static ComponentResult SupportExperience(HealthInputs i, HealthModelSettings s)
    {
        var parts = new Parts(HealthComponent.SupportExperience);
        if (i.EscalationsLast90Days is not { } escalations || i.OpenTickets is not { } open)
        {
            parts.Miss(1, "support history (no tickets yet)");
            return parts.Result();
        }

        var score = 100.0;
        score -= Math.Min(60, escalations * s.EscalationPenalty);
        if (i.HasOpenEscalation == true)
        {
            score -= s.OpenEscalationPenalty;
        }

        var allowance = Math.Max(2, (i.SeatsLicensed ?? 0) / 100);
        score -= Math.Min(30, Math.Max(0, open - allowance) * s.OpenTicketPenalty);
        var words = new List<string>
        {
            escalations == 1 ? "1 escalation in 90 days" : $"{escalations} escalations in 90 days",
            open == 1 ? "1 open ticket" : $"{open} open tickets",
        };
        if (i.HasOpenEscalation == true)
        {
            words.Add("an escalation is open");
        }

        parts.Add(1, Math.Max(0, score) / 100, string.Join(", ", words));
        return parts.Result();
    }

    internal static ComponentResult Engagement(HealthInputs i, HealthModelSettings s)
    {
        var parts = new Parts(HealthComponent.Engagement);
        if (i.DaysSinceLastMeeting is { } days)
        {
            var fresh = days <= s.MeetingFreshDays
                ? 1.0
                : Math.Max(0, 1.0 - (double)(days - s.MeetingFreshDays) / (s.MeetingGoneColdDays - s.MeetingFreshDays));
            parts.Add(0.6, fresh, days <= s.MeetingFreshDays ? $"last meeting {days} days ago" : $"no meeting for {days} days");
        }
        else
        {
            parts.Miss(0.6, "meetings (none logged)");
        }

        if (i.ActivitiesLast90Days is { } activities)
        {
            parts.Add(0.4, Ratio(activities, s.TargetActivitiesPer90Days),
                activities == 1 ? "1 activity logged in 90 days" : $"{activities} activities logged in 90 days");
        }
        else
        {
            parts.Miss(0.4, "logged activities");
        }

        return parts.Result();
    }

    internal static ComponentResult Sentiment(HealthInputs i)
    {
        var parts = new Parts(HealthComponent.Sentiment);
        if (i.CsatLast90Days is { } csat)
        {
            parts.Add(0.7, (double)csat / 100, $"CSAT {csat.ToString("0.#", Text)} % good in 90 days");
        }
        else
        {
            parts.Miss(0.7, "CSAT (no ratings in 90 days)");
        }

        if (i.LatestSignalSentiment is { } sentiment)
        {
            var value = sentiment switch
            {
                Domain.Sentiment.Negative => 0.0,
                Domain.Sentiment.Neutral => 0.5,
                Domain.Sentiment.Positive => 0.8,
                _ => 1.0,
            };
            parts.Add(0.3, value, $"latest customer sentiment {sentiment.ToString().ToLowerInvariant()}");
        }
        else
        {
            parts.Miss(0.3, "customer sentiment (no signal logged)");
        }

        return parts.Result();
    }

    internal static ComponentResult Commercial(HealthInputs i, HealthModelSettings s)
    {
        var parts = new Parts(HealthComponent.Commercial);
        if (i.NetArrChange12Months is { } change && i.Arr is { } arr && arr > 0)
        {
            var ratio = (double)(change / arr);
            var full = s.ArrChangeForFullScorePercent / 100.0;
            var value = Math.Clamp(0.5 + ratio / (2 * full), 0, 1);
            var word = change switch { > 0 => "grew", < 0 => "shrank", _ => "did not change" };
            parts.Add(0.6, value, change == 0 ? "ARR did not change in 12 months" : $"ARR {word} {Percent(Math.Abs(ratio))} in 12 months");
        }
        else
        {
            parts.Miss(0.6, "ARR trend");
        }

        if (i.DaysToRenewal is { } days && days <= s.RenewalStageWindowDays)
        {
            if (i.RenewalStage is { } stage)
            {
                var value = stage switch
                {
                    OpportunityStage.ClosedWon => 1.0,
                    OpportunityStage.Negotiation => 0.85,
                    OpportunityStage.Proposal => 0.7,
                    OpportunityStage.Qualification => 0.5,
                    OpportunityStage.Prospecting => 0.35,
                    _ => 0.0,
                };
                parts.Add(0.4, value, $"renewal in {days} days, deal at {stage}");
            }
            else
            {
                parts.Add(0.4, 0.2, $"renewal in {days} days and no renewal deal started");
            }
        }

        // Far from renewal the deal's stage says nothing yet: that part does not apply, and is not missing data.

        return parts.Result();
    }

    private static double Ratio(double value, double target) => target <= 0 ? 1 : Math.Clamp(value / target, 0, 1);

    private static string Percent(double share) => $"{Math.Round(share * 100).ToString("0", Text)} %";

    /// <summary>Collects a component's weighted parts; parts that do not apply are left out of both score and completeness.</summary>
    private sealed class Parts(HealthComponent component)
    {
        private readonly List<string> _used = [];
        private readonly List<string> _missing = [];
        private double _weighted;
        private double _present;
        private double _applicable;

        public void Add(double weight, double value, string words)
        {
            _weighted += weight * Math.Clamp(value, 0, 1);
            _present += weight;
            _applicable += weight;
            _used.Add(words);
        }

        public void Miss(double weight, string input)
        {
            _applicable += weight;
            _missing.Add(input);
        }

        public ComponentResult Result() => new(
            component,
            _present > 0 ? (int)Math.Round(100 * _weighted / _present, MidpointRounding.AwayFromZero) : null,
            _used,
            _missing,
            _applicable > 0 ? _present / _applicable : 0);
    }
}
