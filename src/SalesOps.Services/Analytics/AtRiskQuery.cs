using SalesOps.Core.Domain;
using SalesOps.Core.Health;

namespace SalesOps.Services.Analytics;

/// <summary>
/// Filters, sort and page of the at-risk list (page is zero-based). <see cref="RenewalWithinDays"/> keeps accounts
/// renewing from today up to that many days ahead; <see cref="Reason"/> keeps accounts whose latest snapshot lists
/// that rule among its reasons.
/// </summary>
public sealed record AtRiskQuery
{
    public Segment? Segment { get; init; }
    public int? CsmId { get; init; }
    public int? OwnerId { get; init; }
    public int? RenewalWithinDays { get; init; }
    public AtRiskRule? Reason { get; init; }
    public AtRiskSort Sort { get; init; } = AtRiskSort.ArrAtStake;
    public bool Descending { get; init; } = true;
    public int Page { get; init; }
    public int PageSize { get; init; } = 25;
}
