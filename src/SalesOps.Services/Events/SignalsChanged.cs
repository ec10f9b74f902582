namespace SalesOps.Services.Events;

/// <summary>An expansion signal was logged, detected or moved along its process.</summary>
public sealed record SignalsChanged(int AccountId, int SignalId, DateTimeOffset At) : IDashboardChange;
