using SalesOps.Core.Domain;

namespace SalesOps.Core.Handoffs;

/// <summary>
/// The brief's "New Customer Onboarding Handoff" checklist, item for item. It is the default template until the
/// stored CRM configuration holds templates of its own.
/// </summary>
public static class DefaultHandoffTemplate
{
    public const string Name = "New customer onboarding";
    public const int Version = 1;

    public static IReadOnlyList<ChecklistItemDefinition> Items { get; } =
    [
        new(HandoffStage.PreHandoff, "deal_closed", "Deal closed in CRM", ChecklistItemKind.Check, true, 0),
        new(HandoffStage.PreHandoff, "contract_signed", "Contract signed and processed", ChecklistItemKind.Check, true, 2),
        new(HandoffStage.PreHandoff, "csm_assigned", "Customer success manager assigned", ChecklistItemKind.Person, true, 2),
        new(HandoffStage.PreHandoff, "kickoff_scheduled", "Onboarding kickoff scheduled", ChecklistItemKind.Date, true, 5),
        new(HandoffStage.InformationTransfer, "goals_use_case", "Customer goals and use case", ChecklistItemKind.Text, true, 7),
        new(HandoffStage.InformationTransfer, "promised_deliverables", "Promised deliverables and timeline", ChecklistItemKind.List, true, 7),
        new(HandoffStage.InformationTransfer, "stakeholders", "Key stakeholders and decision makers", ChecklistItemKind.List, true, 7),
        new(HandoffStage.InformationTransfer, "technical_requirements", "Technical requirements", ChecklistItemKind.Text, true, 7),
        new(HandoffStage.InformationTransfer, "special_terms", "Any special terms or commitments", ChecklistItemKind.Text, false, 7),
        new(HandoffStage.PostHandoff, "introduction_email", "Introduction email (sales, CSM, customer)", ChecklistItemKind.Check, true, 10),
        new(HandoffStage.PostHandoff, "sales_involved_30_days", "Sales stays involved first 30 days", ChecklistItemKind.Date, true, 10),
        new(HandoffStage.PostHandoff, "transition_meeting", "Transition meeting scheduled", ChecklistItemKind.Date, true, 14),
        new(HandoffStage.PostHandoff, "next_steps", "Clear next steps for customer", ChecklistItemKind.Text, true, 14),
    ];
}
