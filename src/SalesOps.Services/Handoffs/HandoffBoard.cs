using SalesOps.Services.Common;

namespace SalesOps.Services.Handoffs;

/// <summary>The board: one page of handoffs, and how many in progress sit in each stage and are overdue (same filters).</summary>
public sealed record HandoffBoard(
    PagedResult<HandoffBoardRow> Rows,
    int PreHandoff,
    int InformationTransfer,
    int PostHandoff,
    int Overdue,
    int SlaDays);
