using Microsoft.Extensions.DependencyInjection;

namespace SalesOps.Services.Expansion;

/// <summary>Registers expansion signals and their usage detection.</summary>
public static class ExpansionServicesRegistration
{
    public static IServiceCollection AddExpansionServices(this IServiceCollection services)
    {
        services.AddAuthorizedScoped<IExpansionSignalService, ExpansionSignalService>();
        services.AddSingleton<SignalDetection>();
        services.AddHostedService<SignalDetectionService>();
        return services;
    }
}
