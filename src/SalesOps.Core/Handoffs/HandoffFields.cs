using SalesOps.Core.Domain;

namespace SalesOps.Core.Handoffs;

/// <summary>
/// Checklist items whose key names a piece of structured handoff data: they are done when that data is there (a CSM is
/// set, a deliverable with its date is listed, ...), not when someone ticks a box. Other items are ticked (check) or
/// hold their own value (date, person, text, list).
/// </summary>
public static class HandoffFields
{
    private sealed record Binding(ChecklistItemKind Kind, string Description, Func<Handoff, bool> IsFilled);

    private static readonly Dictionary<string, Binding> Bindings = new(StringComparer.Ordinal)
    {
        ["csm_assigned"] = new(ChecklistItemKind.Person, "CSM", h => h.CsmId is not null),
        ["kickoff_scheduled"] = new(ChecklistItemKind.Date, "kickoff date", h => h.KickoffAt is not null),
        ["goals_use_case"] = new(ChecklistItemKind.Text, "goals and use case", h => !string.IsNullOrWhiteSpace(h.GoalsAndUseCase)),
        ["promised_deliverables"] = new(ChecklistItemKind.List, "promised deliverables", h => h.Deliverables.Count > 0),
        ["stakeholders"] = new(ChecklistItemKind.List, "key stakeholders (one decision maker at least)",
            h => h.Stakeholders.Any(s => s.IsDecisionMaker)),
        ["technical_requirements"] = new(ChecklistItemKind.Text, "technical requirements", h => !string.IsNullOrWhiteSpace(h.TechnicalRequirements)),
        ["special_terms"] = new(ChecklistItemKind.Text, "special terms", h => !string.IsNullOrWhiteSpace(h.SpecialTerms)),
        ["introduction_email"] = new(ChecklistItemKind.Check, "introduction email sent", h => h.IntroductionEmailSentAt is not null),
        ["sales_involved_30_days"] = new(ChecklistItemKind.Date, "date until which sales stays involved", h => h.SalesInvolvedUntil is not null),
        ["transition_meeting"] = new(ChecklistItemKind.Date, "transition meeting date", h => h.TransitionMeetingAt is not null),
        ["next_steps"] = new(ChecklistItemKind.Text, "next steps for the customer", h => !string.IsNullOrWhiteSpace(h.NextSteps)),
    };

    /// <summary>The kind a bound key must have, or null when the key is not bound to handoff data.</summary>
    public static ChecklistItemKind? BoundKind(string key) => Bindings.TryGetValue(key, out var b) ? b.Kind : null;

    public static bool IsBound(string key) => Bindings.ContainsKey(key);

    public static string Describe(string key) => Bindings.TryGetValue(key, out var b) ? b.Description : key;

    /// <summary>Whether <paramref name="item"/> is done on <paramref name="handoff"/>.</summary>
    public static bool IsSatisfied(Handoff handoff, HandoffItem item)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        ArgumentNullException.ThrowIfNull(item);
        if (Bindings.TryGetValue(item.Key, out var binding))
        {
            return binding.IsFilled(handoff);
        }

        return item.Kind == ChecklistItemKind.Check ? item.CompletedAt is not null : !string.IsNullOrWhiteSpace(item.Value);
    }
}
