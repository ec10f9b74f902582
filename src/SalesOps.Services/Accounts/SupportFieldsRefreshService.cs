using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SalesOps.Services.Accounts;

/// <summary>
/// Once a day, moves the stored support fields' 90-day window forward (CSAT and recent escalations age out even
/// when no ticket changes). Ticket writes refresh their account immediately; this only catches the passing of time.
/// </summary>
public sealed class SupportFieldsRefreshService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SupportFieldsRefreshService> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromDays(1);
    private readonly IServiceScopeFactory _scopes = scopes;
    private readonly TimeProvider _clock = clock;
    private readonly ILogger<SupportFieldsRefreshService> _logger = logger;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, _clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = _scopes.CreateAsyncScope();
                var count = await scope.ServiceProvider.GetRequiredService<ISupportFieldsService>().RefreshAllAsync(stoppingToken);
                _logger.LogInformation("Support fields refreshed for {Count} accounts", count);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _logger.LogError(ex, "Refreshing support fields failed; the next run tries again");
            }
        }
    }
}
