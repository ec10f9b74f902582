using SalesOps.Core.Domain;

namespace SalesOps.Core.Handoffs;

/// <summary>One item of a handoff template.</summary>
public sealed record ChecklistItemDefinition(
    HandoffStage Stage,
    string Key,
    string Label,
    ChecklistItemKind Kind,
    bool Required,
    int? DueOffsetDays = null);
