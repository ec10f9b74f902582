using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Data;
using SalesOps.Services.Configuration;
using SalesOps.Services.Events;
using SalesOps.Services.Security;

namespace SalesOps.Services.WallDisplays;

/// <summary>Registers the services of wall-display tokens.</summary>
public static class WallDisplayServicesRegistration
{
    public static IServiceCollection AddWallDisplayServices(this IServiceCollection services)
    {
        // Built by hand: its constructor takes the internal configuration provider, which the container cannot see.
        services.AddScoped(sp => new WallDisplayService(
            sp.GetRequiredService<IDbContextFactory<SalesOpsDbContext>>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ICurrentUser>(),
            sp.GetRequiredService<ICrmConfigurationProvider>(), sp.GetService<IEventBus>()));
        services.AddScoped(sp => ServiceAccess.Wrap<IWallDisplayService>(sp.GetRequiredService<WallDisplayService>(), sp.GetRequiredService<ICurrentUser>()));
        // Deliberately a plain registration: the gate serves walls, which have no user (see IWallDisplayGate).
        services.AddScoped<IWallDisplayGate, WallDisplayGate>();
        return services;
    }
}
