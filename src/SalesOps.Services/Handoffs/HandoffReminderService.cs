using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SalesOps.Services.Common;

namespace SalesOps.Services.Handoffs;

/// <summary>Sends the day-30 reminders at start-up and every hour after (a reminder is written once per handoff).</summary>
internal sealed class HandoffReminderService(HandoffReminders reminders, TimeProvider clock, ILogger<HandoffReminderService> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => PeriodicJob.RunAsync(Interval, clock, async ct =>
    {
        var count = await reminders.SendDueAsync(ct);
        if (count > 0)
        {
            logger.LogInformation("Handoff reminders sent: {Count}", count);
        }
    }, ex => logger.LogError(ex, "Sending handoff reminders failed; the next run tries again"), stoppingToken);
}
