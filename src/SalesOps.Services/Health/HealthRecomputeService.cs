using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesOps.Data;
using SalesOps.Services.Events;

namespace SalesOps.Services.Health;

/// <summary>
/// Keeps health snapshots current. Registered after the migrate-and-seed hosted service, so it starts once the schema
/// and demo data exist; the work itself runs in the background and never stops the app. At start: with no snapshots
/// at all it writes the history (so trends show on a first start), otherwise today's snapshots if they are missing;
/// then every <see cref="HealthOptions.RecomputeInterval"/>.
/// </summary>
internal sealed class HealthRecomputeService(
    IHealthSnapshotService snapshots,
    IDbContextFactory<SalesOpsDbContext> contextFactory,
    IOptions<HealthOptions> options,
    IEventBus events,
    TimeProvider clock,
    ILogger<HealthRecomputeService> logger) : BackgroundService
{
    internal const int HistoryWeeks = 12;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Leave the host's start-up path at once: the first run can take a while on a large database.
        await Task.Yield();
        await RunSafelyAsync(CatchUpAsync, stoppingToken);

        using var timer = new PeriodicTimer(options.Value.RecomputeInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RunSafelyAsync(async ct =>
                {
                    var count = await snapshots.RecomputeAllAsync(clock.GetUtcNow(), ct);
                    logger.LogInformation("Health recomputed for {Count} accounts", count);
                    PublishAll();
                }, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>The start-up step: history on an empty snapshot table, else today's snapshots when they are missing.</summary>
    internal async Task CatchUpAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        bool any, anyToday;
        await using (var db = await contextFactory.CreateDbContextAsync(ct))
        {
            any = await db.HealthSnapshots.AnyAsync(ct);
            anyToday = any && await db.HealthSnapshots.AnyAsync(s => s.Date == today, ct);
        }

        if (!any)
        {
            logger.LogInformation("No health snapshots yet: writing {Weeks} weeks of history", HistoryWeeks);
            var count = await snapshots.BackfillHistoryAsync(HistoryWeeks, ct);
            logger.LogInformation("Health history written: {Count} snapshots", count);
            PublishAll();
        }
        else if (!anyToday)
        {
            var count = await snapshots.RecomputeAllAsync(clock.GetUtcNow(), ct);
            logger.LogInformation("Health recomputed for {Count} accounts (no snapshots for {Today:yyyy-MM-dd} yet)", count, today.ToDateTime(TimeOnly.MinValue));
            PublishAll();
        }
    }

    private void PublishAll() => events.Publish(new HealthRecomputed([], AllAccounts: true, clock.GetUtcNow()));

    private async Task RunSafelyAsync(Func<CancellationToken, Task> work, CancellationToken ct)
    {
        try
        {
            await work(ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Recomputing health failed; the next scheduled run tries again");
        }
    }
}
