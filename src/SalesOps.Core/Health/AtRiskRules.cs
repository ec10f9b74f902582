using System.Globalization;
using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;

namespace SalesOps.Core.Health;

/// <summary>
/// DESIGN.md's at-risk rules: band At risk; or a fall of 15+ points over 30 days; or renewal within 90 days while not
/// Healthy; or an open escalation (thresholds from the configuration). An account is at risk when any reason applies.
/// </summary>
public static class AtRiskRules
{
    public static IReadOnlyList<AtRiskReason> Evaluate(AtRiskFacts facts, AtRiskSettings settings)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(settings);
        var reasons = new List<AtRiskReason>();

        if (facts.Band == HealthBand.AtRisk)
        {
            reasons.Add(new(AtRiskRule.AtRiskBand, $"Health score {facts.Score} is in the At risk band"));
        }

        if (facts.Score is { } now && facts.ScoreWindowAgo is { } before && before - now >= settings.ScoreDropPoints)
        {
            reasons.Add(new(AtRiskRule.ScoreDrop,
                $"Health fell {before - now} points in {settings.ScoreDropWindowDays} days (from {before} to {now})"));
        }

        if (facts.DaysToRenewal is { } days && days >= 0 && days <= settings.RenewalWindowDays
            && facts.Band is { } band && band != HealthBand.Healthy)
        {
            var when = days switch { 0 => "today", 1 => "tomorrow", _ => $"in {days} days" };
            reasons.Add(new(AtRiskRule.RenewalSoonNotHealthy, $"Renews {when} while {(band == HealthBand.Watch ? "on Watch" : "At risk")}"));
        }

        if (settings.OpenEscalation && facts.HasOpenEscalation)
        {
            reasons.Add(new(AtRiskRule.OpenEscalation, facts.OpenEscalationSince is { } since
                ? $"Escalation open since {since.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}"
                : "An escalation is open"));
        }

        return reasons;
    }
}
