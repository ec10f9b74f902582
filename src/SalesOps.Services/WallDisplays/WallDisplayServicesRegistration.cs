using Microsoft.Extensions.DependencyInjection;

namespace SalesOps.Services.WallDisplays;

/// <summary>Registers the services of wall-display tokens.</summary>
public static class WallDisplayServicesRegistration
{
    public static IServiceCollection AddWallDisplayServices(this IServiceCollection services)
    {
        services.AddAuthorizedScoped<IWallDisplayService, WallDisplayService>();
        // Deliberately a plain registration: the gate serves walls, which have no user (see IWallDisplayGate).
        services.AddScoped<IWallDisplayGate, WallDisplayGate>();
        return services;
    }
}
