namespace SalesOps.Core.Domain;

/// <summary>One change to one record: who, when, and each changed field's old and new value. Append-only.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string UserName { get; set; } = "";
    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";
    public AuditAction Action { get; set; }
    /// <summary>JSON object: field name → { "old": ..., "new": ... }.</summary>
    public string Changes { get; set; } = "{}";
}
