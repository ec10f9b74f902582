using Microsoft.Extensions.DependencyInjection;

namespace SalesOps.Services.Audit;

/// <summary>Registers the services of the audit log and record history.</summary>
public static class AuditServicesRegistration
{
    public static IServiceCollection AddAuditServices(this IServiceCollection services)
    {
        services.AddAuthorizedScoped<IAuditLogService, AuditLogService>();
        return services;
    }
}
