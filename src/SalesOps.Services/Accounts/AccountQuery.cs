using SalesOps.Core.Domain;

namespace SalesOps.Services.Accounts;

/// <summary>Filters, sort and page of the accounts list. Page is zero-based.</summary>
public sealed record AccountQuery
{
    public string? Search { get; init; }
    public Segment? Segment { get; init; }
    public SupportTier? SupportTier { get; init; }
    public Lifecycle? Lifecycle { get; init; }
    public int? CsmId { get; init; }
    public int? OwnerId { get; init; }
    public AccountSort Sort { get; init; } = AccountSort.Name;
    public bool Descending { get; init; }
    public int Page { get; init; }
    public int PageSize { get; init; } = 25;
}
