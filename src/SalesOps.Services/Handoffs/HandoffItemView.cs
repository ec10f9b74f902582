using SalesOps.Core.Domain;

namespace SalesOps.Services.Handoffs;

/// <summary>A checklist item as the wizard shows it. Bound items are filled from the handoff's data, not ticked.</summary>
public sealed record HandoffItemView(
    string Key,
    string Label,
    HandoffStage Stage,
    ChecklistItemKind Kind,
    bool Required,
    bool Bound,
    bool Done,
    string? Value,
    DateOnly? DueOn,
    DateTimeOffset? CompletedAt,
    string? CompletedBy);
