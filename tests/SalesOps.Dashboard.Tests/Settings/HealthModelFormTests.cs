using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;
using SalesOps.Core.Health;
using SalesOps.Dashboard.Components.Pages.Settings;

namespace SalesOps.Dashboard.Tests.Settings;

/// <summary>The Health model page's form against the configuration it edits: no value lost, every error on its input.</summary>
public sealed class HealthModelFormTests
{
    [Fact]
    public void Every_input_of_the_page_gets_the_errors_the_configuration_names_it_by()
    {
        var missing = new List<string>();
        foreach (var field in HealthModelFields.All)
        {
            var form = HealthModelForm.From(CrmConfiguration.Default);
            field.Set(form, -1);

            var errors = form.ApplyTo(CrmConfiguration.Default).Validate();

            if (!errors.Any(e => e.Field == field.Path))
            {
                missing.Add($"{field.Label} ({field.Path}): {string.Join("; ", errors.Select(e => e.Field))}");
            }
        }

        Assert.True(missing.Count == 0, "Inputs whose errors would not show on them: " + string.Join(Environment.NewLine, missing));
        // Every number the form holds has an input (the open-escalation switch is the one yes/no).
        Assert.Equal(typeof(HealthModelForm).GetProperties().Count(p => p.PropertyType == typeof(int) && p.CanWrite), HealthModelFields.All.Count());
    }

    [Fact]
    public void A_configuration_goes_through_the_form_unchanged_and_other_sections_are_kept()
    {
        var weights = new Dictionary<HealthComponent, int>
        {
            [HealthComponent.ProductAdoption] = 11, [HealthComponent.SupportExperience] = 22, [HealthComponent.Engagement] = 33,
            [HealthComponent.Sentiment] = 4, [HealthComponent.Commercial] = 30,
        };
        var original = CrmConfiguration.Default with
        {
            HealthModel = new HealthModelSettings
            {
                Weights = weights, HealthyFrom = 81, WatchFrom = 51, TargetSeatUtilisationPercent = 61, TargetActiveUserPercent = 62,
                TargetAdvancedFeaturePercent = 23, EscalationPenalty = 14, OpenEscalationPenalty = 26, OpenTicketPenalty = 7,
                MeetingFreshDays = 21, MeetingGoneColdDays = 71, TargetActivitiesPer90Days = 9, ArrChangeForFullScorePercent = 17,
                RenewalStageWindowDays = 101,
            },
            AtRisk = new AtRiskSettings { ScoreDropPoints = 12, ScoreDropWindowDays = 45, RenewalWindowDays = 60, OpenEscalation = false },
            RenewalLikelihood = new RenewalLikelihoodSettings
            {
                PercentByBand = new Dictionary<HealthBand, int> { [HealthBand.Healthy] = 95, [HealthBand.Watch] = 65, [HealthBand.AtRisk] = 35 },
            },
        };

        var form = HealthModelForm.From(original);
        var back = form.ApplyTo(original);

        Assert.Equal(form, HealthModelForm.From(back));
        Assert.Equal(original.HealthModel with { Weights = back.HealthModel.Weights }, back.HealthModel);
        Assert.Equal(weights.OrderBy(w => w.Key), back.HealthModel.Weights.OrderBy(w => w.Key));
        Assert.Equal(original.AtRisk, back.AtRisk);
        Assert.Equal(original.RenewalLikelihood.PercentByBand.OrderBy(p => p.Key), back.RenewalLikelihood.PercentByBand.OrderBy(p => p.Key));
        Assert.Same(original.Handoffs, back.Handoffs);
        Assert.Empty(back.Validate());
        Assert.NotEqual(form, HealthModelForm.From(CrmConfiguration.Default));
    }
}
