using SalesOps.Core.Domain;

namespace SalesOps.Core.Handoffs;

/// <summary>
/// A checklist item as the wizard edits it. Bound items (<see cref="HandoffFields"/>) are done when the draft's data
/// is there; the others carry their own tick (<see cref="Done"/>, check items) or <see cref="Value"/>.
/// </summary>
public sealed class HandoffDraftItem
{
    public required string Key { get; init; }
    public required string Label { get; init; }
    public required HandoffStage Stage { get; init; }
    public required ChecklistItemKind Kind { get; init; }
    public bool Required { get; init; }

    public bool Bound => HandoffFields.IsBound(Key);

    /// <summary>The tick of a check item that is not bound.</summary>
    public bool Done { get; set; }

    /// <summary>The value of a date (yyyy-MM-dd), person, text or list item that is not bound.</summary>
    public string? Value { get; set; }
}
