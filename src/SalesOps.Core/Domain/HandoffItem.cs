namespace SalesOps.Core.Domain;

/// <summary>One checklist item of a handoff, as the template defined it when the handoff started.</summary>
public class HandoffItem
{
    public long Id { get; set; }
    public int HandoffId { get; set; }
    public HandoffStage Stage { get; set; }
    public int Order { get; set; }
    /// <summary>Stable key from the template (e.g. <c>contract_signed</c>).</summary>
    public string Key { get; set; } = "";
    public string Label { get; set; } = "";
    public ChecklistItemKind Kind { get; set; }
    public bool Required { get; set; }
    public int? DueOffsetDays { get; set; }
    /// <summary>The captured value for date, person, text and list items (list values one per line).</summary>
    public string? Value { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public int? CompletedById { get; set; }
    public TeamMember? CompletedBy { get; set; }

    public bool IsDone => CompletedAt is not null;
}
