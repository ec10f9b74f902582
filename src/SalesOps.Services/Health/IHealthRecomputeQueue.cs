namespace SalesOps.Services.Health;

/// <summary>
/// Recomputes every account's health in the background, so that a change of the health model shows in today's health
/// without the change itself waiting for it. Requests made while one is waiting are merged into it. System-only.
/// </summary>
internal interface IHealthRecomputeQueue
{
    /// <summary>
    /// Asks for a recompute of every account as of the moment it starts. The task completes when a recompute that started
    /// after this request has ended (successfully or not; see <see cref="Status"/>); callers that need not wait discard it.
    /// </summary>
    Task RequestRecomputeAllAsync();

    HealthRecomputeStatus Status { get; }
}
