using Microsoft.Extensions.Hosting;

namespace SalesOps.Data.Startup;

/// <summary>Runs before the app takes traffic: migrations first, then demo data into an empty database.</summary>
public sealed class MigrateAndSeedHostedService(DatabaseInitializer initializer) : IHostedService
{
    private readonly DatabaseInitializer _initializer = initializer;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _initializer.MigrateAsync(cancellationToken);
        await _initializer.SeedDemoIfEmptyAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
