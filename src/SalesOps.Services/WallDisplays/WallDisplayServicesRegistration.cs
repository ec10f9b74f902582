using Microsoft.Extensions.DependencyInjection;

namespace SalesOps.Services.WallDisplays;

/// <summary>Registers the services of wall-display tokens.</summary>
public static class WallDisplayServicesRegistration
{
    public static IServiceCollection AddWallDisplayServices(this IServiceCollection services)
    {
        return services;
    }
}
