using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SalesOps.Services.Events;

namespace SalesOps.Services.Health;

/// <summary>
/// The background worker behind <see cref="IHealthRecomputeQueue"/>: one recompute of every account at a time. Requests
/// that arrive while one waits are merged into it (it reads the configuration in force when it starts); a request that
/// arrives during a run gets one more run after it. Publishes <see cref="HealthRecomputed"/> for all accounts, so open
/// dashboards refresh.
/// </summary>
internal sealed class HealthRecomputeQueue(
    IHealthSnapshotService snapshots,
    IEventBus events,
    TimeProvider clock,
    ILogger<HealthRecomputeQueue> logger) : BackgroundService, IHealthRecomputeQueue
{
    // A single pending signal is enough: the worker looks at the request counter, not at the signals.
    private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    private readonly Lock _lock = new();
    private readonly List<(long Request, TaskCompletionSource Done)> _waiting = [];
    private long _requested;
    private long _covered;
    private HealthRecomputeStatus _status = HealthRecomputeStatus.None;

    public HealthRecomputeStatus Status
    {
        get
        {
            lock (_lock)
            {
                return _status;
            }
        }
    }

    public Task RequestRecomputeAllAsync()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            _requested++;
            _waiting.Add((_requested, done));
            _status = _status with { InProgress = true, RequestedAt = clock.GetUtcNow() };
        }

        _signal.Writer.TryWrite(true);
        return done.Task;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var _ in _signal.Reader.ReadAllAsync(stoppingToken))
            {
                long covers;
                lock (_lock)
                {
                    covers = _requested;
                }

                // A request that came in just before the previous run started was covered by it already.
                if (covers > _covered)
                {
                    await RunAsync(covers, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            lock (_lock)
            {
                foreach (var (_, done) in _waiting)
                {
                    done.TrySetCanceled(CancellationToken.None);
                }

                _waiting.Clear();
            }
        }
    }

    private async Task RunAsync(long covers, CancellationToken ct)
    {
        int? count = null;
        try
        {
            count = await snapshots.RecomputeAllAsync(clock.GetUtcNow(), ct);
            logger.LogInformation("Health recomputed for {Count} accounts after a configuration change", count);
            events.Publish(new HealthRecomputed([], AllAccounts: true, clock.GetUtcNow()));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Recomputing health after a configuration change failed; the scheduled run tries again");
        }

        var finished = new List<TaskCompletionSource>();
        lock (_lock)
        {
            _covered = covers;
            finished.AddRange(_waiting.Where(w => w.Request <= covers).Select(w => w.Done));
            _waiting.RemoveAll(w => w.Request <= covers);
            _status = new HealthRecomputeStatus(_requested > covers, _status.RequestedAt, clock.GetUtcNow(), count, count is null);
        }

        foreach (var done in finished)
        {
            done.TrySetResult();
        }
    }
}
