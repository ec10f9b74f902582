using Microsoft.Extensions.DependencyInjection;

namespace SalesOps.Services.Users;

/// <summary>Registers the services of user administration (Users page).</summary>
public static class UserServicesRegistration
{
    public static IServiceCollection AddUserServices(this IServiceCollection services)
    {
        services.AddAuthorizedScoped<IUserAdminService, UserAdminService>();
        return services;
    }
}
