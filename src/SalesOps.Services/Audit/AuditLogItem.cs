using SalesOps.Core.Domain;

namespace SalesOps.Services.Audit;

/// <summary>One audit entry as the log and the History tab show it.</summary>
public sealed record AuditLogItem(
    long Id,
    DateTimeOffset At,
    string UserName,
    string EntityType,
    string EntityId,
    AuditAction Action,
    IReadOnlyList<AuditFieldChange> Changes);
