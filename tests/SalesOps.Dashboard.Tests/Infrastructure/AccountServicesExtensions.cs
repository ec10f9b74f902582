using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using SalesOps.Data;
using SalesOps.Services;
using SalesOps.Services.Accounts;
using SalesOps.Services.Analytics;
using SalesOps.Services.Configuration;
using SalesOps.Services.Deals;
using SalesOps.Services.Handoffs;
using SalesOps.Services.Notifications;
using SalesOps.Services.Security;

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
        services.AddSingleton<ICrmConfigurationProvider>(sp => new CrmConfigurationProvider(sp.GetRequiredService<IDbContextFactory<SalesOpsDbContext>>()));
        services.AddScoped<IAnalyticsService>(sp => new AnalyticsService(
            sp.GetRequiredService<IDbContextFactory<SalesOpsDbContext>>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ICrmConfigurationProvider>()));
        // The handoff card and the deals tab, behind their access rules, acting as whoever the test signed in.
        services.TryAddScoped<ICurrentUser, BunitCurrentUser>();
        services.TryAddSingleton<IMailSender, UnsentMail>();
        services.AddAuthorizedScoped<IHandoffService, HandoffService>();
        services.AddAuthorizedScoped<IDealService, DealService>();
        return clock;
    }
}
