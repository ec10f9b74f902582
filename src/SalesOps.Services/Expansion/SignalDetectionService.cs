using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SalesOps.Services.Common;

namespace SalesOps.Services.Expansion;

/// <summary>
/// Runs usage detection over every account at start-up and once a day (usage written later is also checked as it
/// arrives, by the change worker).
/// </summary>
internal sealed class SignalDetectionService(SignalDetection detection, TimeProvider clock, ILogger<SignalDetectionService> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => PeriodicJob.RunAsync(Interval, clock, async ct =>
    {
        var created = await detection.DetectAllAsync(ct);
        logger.LogInformation("Usage detection: {Count} new expansion signals", created);
    }, ex => logger.LogError(ex, "Usage detection failed; the next run tries again"), stoppingToken);
}
