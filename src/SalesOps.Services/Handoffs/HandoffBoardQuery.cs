using SalesOps.Core.Domain;

namespace SalesOps.Services.Handoffs;

/// <summary>Which handoffs the board shows. By default the ones in progress, most overdue first.</summary>
public sealed record HandoffBoardQuery
{
    public int? OwnerId { get; init; }
    public int? CsmId { get; init; }
    public Segment? Segment { get; init; }
    public HandoffStage? Stage { get; init; }

    /// <summary>In progress (the default), completed, or every status when null.</summary>
    public HandoffStatus? Status { get; init; } = HandoffStatus.InProgress;

    public bool OverdueOnly { get; init; }
    public int Page { get; init; }
    public int PageSize { get; init; } = 50;
}
