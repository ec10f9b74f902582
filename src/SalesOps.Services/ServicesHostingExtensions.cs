using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SalesOps.Services.Accounts;
using SalesOps.Services.Analytics;
using SalesOps.Services.ApiKeys;
using SalesOps.Services.Audit;
using SalesOps.Services.Configuration;
using SalesOps.Services.Events;
using SalesOps.Services.Expansion;
using SalesOps.Services.Handoffs;
using SalesOps.Services.Health;
using SalesOps.Services.Notifications;
using SalesOps.Services.Users;
using SalesOps.Services.WallDisplays;
using SalesOps.Services.Security;

namespace SalesOps.Services;

/// <summary>Registers the use-case services.</summary>
public static class ServicesHostingExtensions
{
    public static IHostApplicationBuilder AddSalesOpsServices(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddEventServices();
        builder.Services.AddSingleton<ICrmConfigurationProvider, CrmConfigurationProvider>();
        builder.Services.AddScoped<CurrentUser>();
        builder.Services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        builder.Services.AddAuthorizedScoped<ICrmConfigurationService, CrmConfigurationService>();
        builder.Services.AddAuthorizedScoped<IConfigurationFileService, ConfigurationFileService>();
        builder.Services.AddAuthorizedScoped<IAccountService, AccountService>();
        builder.Services.AddScoped<ISupportFieldsService, SupportFieldsService>();
        builder.Services.AddHostedService<SupportFieldsRefreshService>();
        builder.Services.AddUserServices();
        builder.Services.AddAuditServices();
        builder.Services.AddWallDisplayServices();
        builder.Services.AddApiKeyServices();
        builder.Services.AddAnalyticsServices();
        builder.Services.AddNotificationServices();
        builder.Services.AddHandoffServices();
        builder.Services.AddExpansionServices();
        // After AddSalesOpsData's migrate-and-seed hosted service (hosted services start in registration order).
        builder.Services.AddHealthServices();
        return builder;
    }

    /// <summary>
    /// Registers a service behind <see cref="AuthorizingProxy{TService}"/>: pages and endpoints get the checked
    /// interface; the implementation itself is not resolvable on its own.
    /// </summary>
    public static IServiceCollection AddAuthorizedScoped<TService, TImplementation>(this IServiceCollection services)
        where TService : class
        where TImplementation : class, TService
    {
        services.AddScoped<TImplementation>();
        services.AddScoped(sp => ServiceAccess.Wrap<TService>(sp.GetRequiredService<TImplementation>(), sp.GetRequiredService<ICurrentUser>()));
        return services;
    }
}
