using SalesOps.Core.Domain;

namespace SalesOps.Core.Handoffs;

/// <summary>A customer contact named as a stakeholder, as the wizard edits it.</summary>
public sealed class StakeholderDraft
{
    public required int ContactId { get; init; }
    public ContactRole Role { get; set; }
    public bool IsDecisionMaker { get; set; }
}
