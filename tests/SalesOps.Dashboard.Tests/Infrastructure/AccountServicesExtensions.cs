using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesOps.Data;
using SalesOps.Services.Accounts;
using SalesOps.Services.Analytics;

namespace SalesOps.Dashboard.Tests.Infrastructure;

public static class AccountServicesExtensions
{
    /// <summary>The real account service over the seeded database, with a fake clock standing at the seed's "now".</summary>
    public static FakeTimeProvider AddRealAccountService(this IServiceCollection services, SeededDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var clock = new FakeTimeProvider(SeededDatabase.Now);
        services.AddDbContextFactory<SalesOpsDbContext>(database.Configure);
        services.AddSingleton<TimeProvider>(clock);
        services.AddScoped<IAccountService, AccountService>();
        // The account page's health card reads the analytics service.
        services.AddScoped<IAnalyticsService, AnalyticsService>();
        return clock;
    }
}
