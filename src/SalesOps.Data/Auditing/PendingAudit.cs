using Microsoft.EntityFrameworkCore.ChangeTracking;
using SalesOps.Core.Domain;

namespace SalesOps.Data.Auditing;

/// <summary>An audit entry captured before saving; new records get their id once the save has assigned it.</summary>
public sealed record PendingAudit(EntityEntry Entry, AuditEntry Audit, bool IdAfterSave);
