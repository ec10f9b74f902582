using System.Text.RegularExpressions;
using SalesOps.Core.Domain;
using SalesOps.Core.Health;

namespace SalesOps.Core.Configuration;

/// <summary>Support tiers (with their SLAs and optional health weights) and the support fields shared with the help desk.</summary>
public sealed partial record SupportSettings
{
    public IReadOnlyList<SupportTierSettings> Tiers { get; init; } =
    [
        new() { Tier = SupportTier.Standard, Label = "Standard", FirstResponseHours = 24, ResolutionHours = 120 },
        new() { Tier = SupportTier.Priority, Label = "Priority", FirstResponseHours = 8, ResolutionHours = 48 },
        new() { Tier = SupportTier.Vip, Label = "VIP", FirstResponseHours = 1, ResolutionHours = 24 },
    ];

    public IReadOnlyList<SupportFieldSettings> Fields { get; init; } =
    [
        new() { Field = SupportField.SupportTier, Label = "Support tier", HelpDeskField = "support_tier" },
        new() { Field = SupportField.PrimarySupportContact, Label = "Primary support contact", HelpDeskField = "primary_support_contact" },
        new() { Field = SupportField.SupportSatisfactionScore, Label = "Support satisfaction (CSAT, 90 days)", HelpDeskField = "support_satisfaction_score" },
        new() { Field = SupportField.OpenTicketCount, Label = "Open tickets", HelpDeskField = "open_ticket_count" },
        new() { Field = SupportField.LastSupportInteractionDate, Label = "Last support interaction", HelpDeskField = "last_support_interaction_date" },
        new() { Field = SupportField.EscalationHistory, Label = "Escalation history", HelpDeskField = "escalation_history" },
    ];

    public SupportTierSettings? Find(SupportTier tier) => Tiers.FirstOrDefault(t => t.Tier == tier);

    public string LabelOf(SupportTier tier) => Find(tier)?.Label is { Length: > 0 } label ? label : tier.ToString();

    public SupportFieldSettings? Find(SupportField field) => Fields.FirstOrDefault(f => f.Field == field);

    public IEnumerable<ConfigurationError> Validate(string path = "support")
    {
        var labels = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Tiers.Count; i++)
        {
            var tier = Tiers[i];
            var at = $"{path}.tiers[{i}]";
            if (Tiers.Take(i).Any(t => t.Tier == tier.Tier))
            {
                yield return new($"{at}.name", $"The tier '{SnakeCase.Of(tier.Tier)}' is listed twice; each tier appears once.");
            }

            if (string.IsNullOrWhiteSpace(tier.Label))
            {
                yield return new($"{at}.label", "The tier needs a label.");
            }
            else if (!labels.Add(tier.Label.Trim()))
            {
                yield return new($"{at}.label", $"The label '{tier.Label}' is used by two tiers.");
            }
            else if (tier.Label.Length > MaxLabelLength)
            {
                yield return new($"{at}.label", $"The label is {tier.Label.Length} characters long; keep it to {MaxLabelLength}.");
            }

            if (tier.FirstResponseHours is < 1 or > MaxSlaHours)
            {
                yield return new($"{at}.first_response_hours", $"first_response_hours is {tier.FirstResponseHours}; it must be between 1 and {MaxSlaHours}.");
            }

            if (tier.ResolutionHours < tier.FirstResponseHours || tier.ResolutionHours > MaxSlaHours)
            {
                yield return new($"{at}.resolution_hours", $"resolution_hours is {tier.ResolutionHours}; it must be at least first_response_hours ({tier.FirstResponseHours}) and at most {MaxSlaHours}.");
            }

            if (tier.HealthWeights is { } weights)
            {
                foreach (var error in HealthModelSettings.ValidateWeights(weights, $"{at}.health_weights"))
                {
                    yield return error;
                }
            }
        }

        foreach (var tier in Enum.GetValues<SupportTier>().Where(t => Find(t) is null))
        {
            yield return new($"{path}.tiers", $"The tier '{SnakeCase.Of(tier)}' is missing; every account has one of {string.Join(", ", SnakeCase.Names<SupportTier>())}.");
        }

        var helpDeskNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Fields.Count; i++)
        {
            var field = Fields[i];
            var at = $"{path}.fields[{i}]";
            if (Fields.Take(i).Any(f => f.Field == field.Field))
            {
                yield return new($"{at}.field", $"The field '{SnakeCase.Of(field.Field)}' is listed twice.");
            }

            if (string.IsNullOrWhiteSpace(field.Label))
            {
                yield return new($"{at}.label", "The field needs a label.");
            }
            else if (field.Label.Length > MaxLabelLength)
            {
                yield return new($"{at}.label", $"The label is {field.Label.Length} characters long; keep it to {MaxLabelLength}.");
            }

            if (!HelpDeskFieldPattern().IsMatch(field.HelpDeskField ?? ""))
            {
                yield return new($"{at}.help_desk_field", $"'{field.HelpDeskField}' is not a usable help-desk field name: letters, digits, '_', '-' and '.', up to 64.");
            }
            else if (!helpDeskNames.Add(field.HelpDeskField!))
            {
                yield return new($"{at}.help_desk_field", $"The help-desk field '{field.HelpDeskField}' is mapped twice.");
            }
        }

        foreach (var field in Enum.GetValues<SupportField>().Where(f => Find(f) is null))
        {
            yield return new($"{path}.fields", $"The field '{SnakeCase.Of(field)}' is missing.");
        }
    }

    public const int MaxLabelLength = 60;
    public const int MaxSlaHours = 24 * 60;

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_.-]{0,63}$")]
    private static partial Regex HelpDeskFieldPattern();
}
