using SalesOps.Data.Auditing;

namespace SalesOps.Services.Audit;

/// <summary>The record types that appear in the audit trail, and which of them are customer records.</summary>
public static class AuditedRecords
{
    /// <summary>Every entity type name the audit trail writes, alphabetically (the audit log's type filter).</summary>
    public static IReadOnlyList<string> Types { get; } =
        AuditRecorder.AuditedTypes.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Types whose history anybody who sees customers may read on the record's page; the others (users, display
    /// tokens, team) only appear in the ops managers' audit log.
    /// </summary>
    public static IReadOnlySet<string> CustomerRecords { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "Account", "Contact", "Opportunity", "SupportTicket", "Handoff", "HandoffItem", "HandoffDeliverable", "HandoffStakeholder",
        "ExpansionSignal",
    };
}
