using SalesOps.Core.Domain;

namespace SalesOps.Services.Audit;

/// <summary>
/// Filters of the audit log; all optional. <see cref="From"/> is inclusive, <see cref="To"/> exclusive. User and text
/// match case-insensitively anywhere in the user name and in the changes.
/// </summary>
public sealed record AuditQuery
{
    public string? EntityType { get; init; }
    public string? EntityId { get; init; }
    public string? UserName { get; init; }
    public AuditAction? Action { get; init; }
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }
    public string? Text { get; init; }
    public int Page { get; init; }
    public int PageSize { get; init; } = 50;
}
