namespace SalesOps.Services.Events;

/// <summary>
/// Health was recomputed and stored (snapshots and the accounts' current health): for the listed accounts, or for
/// every account when <see cref="AllAccounts"/> is set (the scheduled job, a new health model).
/// </summary>
public sealed record HealthRecomputed(IReadOnlyCollection<int> AccountIds, bool AllAccounts, DateTimeOffset At) : IDashboardChange;
