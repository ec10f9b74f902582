namespace SalesOps.Services.Events;

/// <summary>A handoff started, moved along its checklist, was completed or cancelled.</summary>
public sealed record HandoffsChanged(int AccountId, int HandoffId, DateTimeOffset At) : IDashboardChange;
