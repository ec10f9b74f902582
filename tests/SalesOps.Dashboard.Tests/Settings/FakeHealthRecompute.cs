using SalesOps.Services.Health;

namespace SalesOps.Dashboard.Tests.Settings;

/// <summary>A recompute queue the test drives: it counts requests and reports whatever status the test sets.</summary>
public sealed class FakeHealthRecompute : IHealthRecomputeQueue
{
    private int _requests;

    public int Requests => _requests;

    public HealthRecomputeStatus Status { get; set; } = HealthRecomputeStatus.None;

    /// <summary>When set, a request reports this status from then on (e.g. in progress).</summary>
    public HealthRecomputeStatus? StatusAfterRequest { get; set; }

    public Task RequestRecomputeAllAsync()
    {
        Interlocked.Increment(ref _requests);
        Status = StatusAfterRequest ?? Status;
        return Task.CompletedTask;
    }
}
