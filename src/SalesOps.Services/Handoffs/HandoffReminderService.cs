using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SalesOps.Services.Handoffs;

/// <summary>Sends the day-30 reminders at start-up and every hour after (a reminder is written once per handoff).</summary>
internal sealed class HandoffReminderService(HandoffReminders reminders, TimeProvider clock, ILogger<HandoffReminderService> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                var count = await reminders.SendDueAsync(stoppingToken);
                if (count > 0)
                {
                    logger.LogInformation("Handoff reminders sent: {Count}", count);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Sending handoff reminders failed; the next run tries again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
