using Microsoft.Extensions.DependencyInjection;
using SalesOps.Data.Changes;

namespace SalesOps.Services.Health;

/// <summary>Registers the health snapshot job and its schedule.</summary>
public static class HealthServicesRegistration
{
    // The longest period a timer accepts is about 49.7 days.
    private static readonly TimeSpan MaxInterval = TimeSpan.FromDays(49);

    public static IServiceCollection AddHealthServices(this IServiceCollection services)
    {
        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.SectionName)
            .Validate(o => o.RecomputeInterval > TimeSpan.Zero && o.RecomputeInterval <= MaxInterval,
                $"Health:RecomputeInterval must be a positive time span of at most {MaxInterval.TotalDays} days, e.g. 1.00:00:00 for a day.")
            .ValidateOnStart();
        // Singleton: the job and the write paths share it; it opens a short-lived context per batch.
        services.AddSingleton<IHealthSnapshotService, HealthSnapshotService>();
        services.AddHostedService<HealthRecomputeService>();
        // Recomputes after a configuration change: one singleton, both the queue services use and a hosted worker.
        services.AddSingleton<HealthRecomputeQueue>().AddSingleton<IHealthRecomputeQueue>(sp => sp.GetRequiredService<HealthRecomputeQueue>())
            .AddHostedService(sp => sp.GetRequiredService<HealthRecomputeQueue>());
        // Every committed change to tickets, usage, activities or signals recomputes the accounts it touched.
        services.AddSingleton<AccountFactsRecomputeWorker>();
        services.AddSingleton<IAccountFactsListener>(sp => sp.GetRequiredService<AccountFactsRecomputeWorker>());
        services.AddHostedService(sp => sp.GetRequiredService<AccountFactsRecomputeWorker>());
        return services;
    }
}
