namespace SalesOps.Services.Health;

/// <summary>
/// Computes accounts' health and stores it as snapshots (one per account and day) and, for today, on the account row.
/// System-only: called by the scheduled job and by the write paths whose changes move health, never by a person.
/// </summary>
internal interface IHealthSnapshotService
{
    /// <summary>Snapshots every account as of <paramref name="asOf"/> (replacing that day's); returns how many were written.</summary>
    Task<int> RecomputeAllAsync(DateTimeOffset asOf, CancellationToken ct = default);

    /// <summary>Recomputes today's health of the given accounts (after their tickets, usage, activities or signals changed).</summary>
    Task<int> RecomputeAccountsAsync(IReadOnlyCollection<int> accountIds, CancellationToken ct = default);

    /// <summary>Snapshots every <paramref name="weeks"/> weeks back from today, oldest first, then today.</summary>
    Task<int> BackfillHistoryAsync(int weeks = 12, CancellationToken ct = default);
}
