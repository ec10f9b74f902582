using Microsoft.Extensions.DependencyInjection;

namespace SalesOps.Services.Analytics;

/// <summary>Registers the services of the shared analytics service.</summary>
public static class AnalyticsServicesRegistration
{
    public static IServiceCollection AddAnalyticsServices(this IServiceCollection services)
    {
        services.AddAuthorizedScoped<IAnalyticsService, AnalyticsService>();
        return services;
    }
}
