namespace SalesOps.Services.Events;

/// <summary>A deal moved to another stage (won, lost or along the pipeline): renewal and expansion figures may move with it.</summary>
public sealed record DealsChanged(int AccountId, int DealId, DateTimeOffset At) : IDashboardChange;
