using SalesOps.Core.Domain;

namespace SalesOps.Core.Handoffs;

/// <summary>Everything a person can fill in on a handoff, as the wizard sends it on every save.</summary>
public sealed record HandoffInput
{
    public int? CsmId { get; init; }
    public DateTimeOffset? KickoffAt { get; init; }
    public string? GoalsAndUseCase { get; init; }
    public string? TechnicalRequirements { get; init; }
    public string? SpecialTerms { get; init; }
    public string? NextSteps { get; init; }
    public DateTimeOffset? TransitionMeetingAt { get; init; }
    public DateOnly? SalesInvolvedUntil { get; init; }
    public IReadOnlyList<DeliverableInput> Deliverables { get; init; } = [];
    public IReadOnlyList<StakeholderInput> Stakeholders { get; init; } = [];

    /// <summary>Ticks and values of the items not bound to structured data, by item key.</summary>
    public IReadOnlyDictionary<string, ItemInput> Items { get; init; } = new Dictionary<string, ItemInput>();
}

/// <summary>A promised deliverable; <see cref="Id"/> is null for a new one.</summary>
public sealed record DeliverableInput(long? Id, string? Description, DateOnly? DueDate, bool Delivered = false);

/// <summary>A customer contact named as a stakeholder, with the part they play.</summary>
public sealed record StakeholderInput(int ContactId, ContactRole Role, bool IsDecisionMaker);

/// <summary>A checklist item's tick (check items) or value (date, person, text, list items).</summary>
public sealed record ItemInput(bool Done, string? Value = null);
