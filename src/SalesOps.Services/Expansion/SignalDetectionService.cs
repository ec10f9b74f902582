using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SalesOps.Services.Expansion;

/// <summary>
/// Runs usage detection over every account at start-up and once a day (usage written later is also checked as it
/// arrives, by the change worker).
/// </summary>
internal sealed class SignalDetectionService(SignalDetection detection, TimeProvider clock, ILogger<SignalDetectionService> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                var created = await detection.DetectAllAsync(stoppingToken);
                logger.LogInformation("Usage detection: {Count} new expansion signals", created);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Usage detection failed; the next run tries again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
