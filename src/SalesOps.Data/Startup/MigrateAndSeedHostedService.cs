using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SalesOps.Data.Startup;

/// <summary>
/// Runs before the app takes traffic: migrations first, then demo data into an empty database, then the roles, the
/// first ops manager and (with demo data) the demo users.
/// </summary>
public sealed class MigrateAndSeedHostedService(DatabaseInitializer initializer, IServiceScopeFactory scopes) : IHostedService
{
    private readonly DatabaseInitializer _initializer = initializer;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _initializer.MigrateAsync(cancellationToken);
        var demo = await _initializer.SeedDemoIfEmptyAsync(cancellationToken);

        await using var scope = scopes.CreateAsyncScope();
        if (scope.ServiceProvider.GetService<IdentitySeeder>() is { } identity)
        {
            await identity.EnsureRolesAsync();
            await identity.EnsureAdminAsync();
            if (demo is not null)
            {
                await identity.EnsureDemoUsersAsync();
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
