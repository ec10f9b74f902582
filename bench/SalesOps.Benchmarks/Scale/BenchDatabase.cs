using System.Security.Claims;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SalesOps.Core.Security;
using SalesOps.Data;
using SalesOps.Data.Startup;
using SalesOps.Services;
using SalesOps.Services.Analytics;
using SalesOps.Services.Health;
using SalesOps.Services.Security;

namespace SalesOps.Benchmarks.Scale;

/// <summary>
/// One SQLite file behind the app's own service registrations (AddSalesOpsData, AddSalesOpsServices), so what is
/// measured is what the app runs. The host is built but never started: no hosted service (migrate-and-seed, the health
/// schedule) runs behind the measurements.
/// </summary>
internal sealed class BenchDatabase : IDisposable
{
    private readonly IHost _host;

    private BenchDatabase(IHost host) => _host = host;

    /// <summary>The connection string the app uses for the file.</summary>
    public string ConnectionString => Services.GetRequiredService<DatabaseConnection>().ConnectionString;

    public IServiceProvider Services => _host.Services;

    public IHealthSnapshotService Health => Services.GetRequiredService<IHealthSnapshotService>();

    public static BenchDatabase Open(string file)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = Path.GetDirectoryName(file) });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:SalesOps"] = $"Data Source={file}",
            ["Seed:Demo"] = "false",
        });
        builder.AddSalesOpsData(migrateOnStart: false);
        builder.AddSalesOpsServices();
        return new BenchDatabase(builder.Build());
    }

    public Task MigrateAsync() => Services.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);

    /// <summary>A scope signed in as an ops manager, as a dashboard page's circuit is.</summary>
    public AsyncServiceScope SignIn()
    {
        var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "bench@salesops.example"), new Claim(ClaimTypes.Role, AppRoles.OpsManager)], "bench")));
        return scope;
    }

    public static IAnalyticsService Analytics(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<IAnalyticsService>();

    public void Dispose() => _host.Dispose();
}
