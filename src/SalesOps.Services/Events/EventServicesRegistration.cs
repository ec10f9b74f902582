using Microsoft.Extensions.DependencyInjection;

namespace SalesOps.Services.Events;

/// <summary>Registers the in-process event bus (one per app instance).</summary>
public static class EventServicesRegistration
{
    public static IServiceCollection AddEventServices(this IServiceCollection services)
    {
        services.AddSingleton<InProcessEventBus>();
        services.AddSingleton<IEventBus>(sp => sp.GetRequiredService<InProcessEventBus>());
        return services;
    }
}
