namespace SalesOps.Services.Health;

/// <summary>
/// Where the background recompute of every account's health stands on this app instance (the one a configuration
/// save starts).
/// </summary>
/// <param name="InProgress">A recompute is waiting to start or running.</param>
/// <param name="RequestedAt">When the latest recompute was asked for; null when none was asked for since start-up.</param>
/// <param name="FinishedAt">When the latest recompute ended; null while none has ended yet.</param>
/// <param name="Accounts">How many accounts the latest finished recompute scored.</param>
/// <param name="Failed">The latest recompute failed (it is logged; the daily job tries again).</param>
public sealed record HealthRecomputeStatus(bool InProgress, DateTimeOffset? RequestedAt, DateTimeOffset? FinishedAt, int? Accounts, bool Failed)
{
    public static HealthRecomputeStatus None { get; } = new(false, null, null, null, false);
}
