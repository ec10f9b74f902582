using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SalesOps.Services.Accounts;

namespace SalesOps.Services;

/// <summary>Registers the use-case services.</summary>
public static class ServicesHostingExtensions
{
    public static IHostApplicationBuilder AddSalesOpsServices(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<IAccountService, AccountService>();
        builder.Services.AddScoped<ISupportFieldsService, SupportFieldsService>();
        builder.Services.AddHostedService<SupportFieldsRefreshService>();
        return builder;
    }
}
