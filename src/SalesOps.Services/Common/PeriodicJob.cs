using Microsoft.Extensions.Logging;

namespace SalesOps.Services.Common;

/// <summary>
/// The loop of a background job that runs at start-up and then every <c>interval</c> on the app's clock: a failed run
/// is logged and the next one tries again; stopping the host ends it.
/// </summary>
internal static class PeriodicJob
{
    public static async Task RunAsync(TimeSpan interval, TimeProvider clock, Func<CancellationToken, Task> run, Action<Exception> logFailure, CancellationToken stoppingToken)
    {
        // Leave the host's start-up path at once.
        await Task.Yield();
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                await run(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logFailure(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
