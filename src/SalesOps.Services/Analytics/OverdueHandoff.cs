using SalesOps.Core.Domain;

namespace SalesOps.Services.Analytics;

/// <summary>A handoff in progress past its completion SLA, by whole days.</summary>
public sealed record OverdueHandoff(int HandoffId, int AccountId, string AccountName, string? CsmName, HandoffStage Stage, DateTimeOffset ClosedWonAt, int DaysOverdue);
