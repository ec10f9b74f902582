using SalesOps.Core.Domain;

namespace SalesOps.Services.Analytics;

/// <summary>Filters of the renewal pipeline and the page of its renewals list (page is zero-based).</summary>
public sealed record RenewalPipelineQuery
{
    public Segment? Segment { get; init; }
    public int? OwnerId { get; init; }
    public int? CsmId { get; init; }
    public int Page { get; init; }
    public int PageSize { get; init; } = 25;
}
