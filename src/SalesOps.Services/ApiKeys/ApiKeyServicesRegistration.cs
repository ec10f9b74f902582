using Microsoft.Extensions.DependencyInjection;

namespace SalesOps.Services.ApiKeys;

/// <summary>Registers the services of API keys.</summary>
public static class ApiKeyServicesRegistration
{
    public static IServiceCollection AddApiKeyServices(this IServiceCollection services)
    {
        services.AddAuthorizedScoped<IApiKeyService, ApiKeyService>();
        // Deliberately a plain registration: the gate serves integrations, which have no user (see IApiKeyGate).
        services.AddScoped<IApiKeyGate, ApiKeyGate>();
        return services;
    }
}
