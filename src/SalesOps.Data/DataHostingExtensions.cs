using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SalesOps.Data.Seeding;
using SalesOps.Data.Startup;

namespace SalesOps.Data;

/// <summary>Registers the database, its start-up migration and seeding, and the database health check.</summary>
public static class DataHostingExtensions
{
    public static IHostApplicationBuilder AddSalesOpsData(this IHostApplicationBuilder builder, bool migrateOnStart = true)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var contentRoot = builder.Environment.ContentRootPath;

        // An unknown provider stops start-up before anything else runs, with a message that lists the valid ones.
        var configured = builder.Configuration[$"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.Provider)}"];
        if (configured is not null && !DatabaseOptions.TryParseProvider(configured, out _))
        {
            throw new DatabaseStartupException(DatabaseOptions.UnknownProviderMessage(configured));
        }

        services.TryAddTimeProvider();
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName).ValidateOnStart();
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.SectionName);
        services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.SectionName)
            .Validate(o => o.Accounts > 0, "Seed:Accounts must be a positive number.")
            .ValidateOnStart();

        services.AddSingleton(sp => DatabaseConnection.Resolve(
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value,
            sp.GetRequiredService<IConfiguration>().GetConnectionString(DatabaseOptions.ConnectionStringName),
            contentRoot));
        services.AddDbContextFactory<SalesOpsDbContext>((sp, options) =>
        {
            var connection = sp.GetRequiredService<DatabaseConnection>();
            options.UseSalesOpsDatabase(connection.Provider, connection.ConnectionString);
        });

        services.AddSingleton<DemoDataGenerator>();
        services.AddSingleton<DatabaseInitializer>();
        if (migrateOnStart)
        {
            services.AddHostedService<MigrateAndSeedHostedService>();
        }

        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return builder;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
