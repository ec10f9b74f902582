using SalesOps.Core.Domain;

namespace SalesOps.Services.Handoffs;

/// <summary>One handoff on the board.</summary>
public sealed record HandoffBoardRow(
    int Id,
    int AccountId,
    string AccountName,
    Segment Segment,
    string DealName,
    decimal DealAmount,
    HandoffStage Stage,
    HandoffStatus Status,
    DateTimeOffset ClosedWonAt,
    DateTimeOffset? CompletedAt,
    DateTimeOffset DueAt,
    int AgeDays,
    bool IsOverdue,
    string? OwnerName,
    string? CsmName,
    int ItemsDone,
    int ItemsTotal,
    int OverdueDeliverables);
