using SalesOps.Core.Security;
using SalesOps.Services.Common;
using SalesOps.Services.Security;

namespace SalesOps.Services.Audit;

/// <summary>Reads the audit trail: the filtered log for ops managers and the history of one customer record.</summary>
public interface IAuditLogService
{
    /// <summary>One page of audit entries matching the filters, newest first; filtering and paging run in the database.</summary>
    [RequiresPolicy(Policies.ViewAuditLog)]
    Task<PagedResult<AuditLogItem>> SearchAsync(AuditQuery query, CancellationToken ct = default);

    /// <summary>
    /// One page of the changes to one customer record (<see cref="AuditedRecords.CustomerRecords"/>), newest first.
    /// Other record types throw <see cref="AccessDeniedException"/>: their history is in the audit log.
    /// </summary>
    [RequiresPolicy(Policies.ViewCustomers)]
    Task<PagedResult<AuditLogItem>> GetHistoryAsync(string entityType, string entityId, int page = 0, int pageSize = 50, CancellationToken ct = default);
}
