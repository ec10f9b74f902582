using Microsoft.Extensions.DependencyInjection;

namespace SalesOps.Services.Health;

/// <summary>
/// For command-line runs, where no background worker runs: recompute every account's health now and wait for it (the
/// app does the same in the background after a configuration save).
/// </summary>
public static class HealthMaintenance
{
    public static Task<int> RecomputeAllNowAsync(IServiceProvider services, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var clock = services.GetRequiredService<TimeProvider>();
        return services.GetRequiredService<IHealthSnapshotService>().RecomputeAllAsync(clock.GetUtcNow(), ct);
    }
}
