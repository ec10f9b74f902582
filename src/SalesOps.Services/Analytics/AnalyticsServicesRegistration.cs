using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Data;
using SalesOps.Services.Configuration;
using SalesOps.Services.Security;

namespace SalesOps.Services.Analytics;

/// <summary>Registers the services of the shared analytics service.</summary>
public static class AnalyticsServicesRegistration
{
    public static IServiceCollection AddAnalyticsServices(this IServiceCollection services)
    {
        // Built by hand: its constructor takes the internal configuration provider, which the container cannot see.
        services.AddScoped(sp => new AnalyticsService(
            sp.GetRequiredService<IDbContextFactory<SalesOpsDbContext>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ICrmConfigurationProvider>()));
        services.AddScoped(sp => ServiceAccess.Wrap<IAnalyticsService>(sp.GetRequiredService<AnalyticsService>(), sp.GetRequiredService<ICurrentUser>()));
        return services;
    }
}
