using SalesOps.Services.Health;

namespace SalesOps.Services.Tests.Configuration;

/// <summary>A recompute queue that only counts requests, for tests of the configuration service that do not recompute.</summary>
internal sealed class RecordingRecomputeQueue : IHealthRecomputeQueue
{
    private int _requests;

    public int Requests => _requests;

    public HealthRecomputeStatus Status => HealthRecomputeStatus.None;

    public Task RequestRecomputeAllAsync()
    {
        Interlocked.Increment(ref _requests);
        return Task.CompletedTask;
    }
}
