using System.Security.Claims;
using SalesOps.Core.Security;
using SalesOps.Data;
using SalesOps.Data.Auditing;
using SalesOps.Data.Startup;
using SalesOps.Services;
using SalesOps.Services.Security;

namespace SalesOps.Dashboard.Cli;

/// <summary>
/// The app's services for a command-line run: the configured database (migrated, not seeded) and the use-case services,
/// acting as a named operator with the ops-manager role, so every change is checked, versioned and audited under that name.
/// </summary>
internal sealed class CommandLineHost : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly AsyncServiceScope _scope;
    private readonly IDisposable _actor;

    private CommandLineHost(IHost host, string operatorName)
    {
        _host = host;
        _scope = host.Services.CreateAsyncScope();
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, operatorName), new Claim(ClaimTypes.Role, AppRoles.OpsManager)], authenticationType: "CommandLine"));
        _scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(principal);
        _actor = AuditActor.Begin(operatorName);
    }

    public IServiceProvider Services => _scope.ServiceProvider;

    public static async Task<CommandLineHost> StartAsync(IReadOnlyList<string> configurationArgs, string operatorName)
    {
        var builder = Host.CreateApplicationBuilder([.. configurationArgs]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddSalesOpsData(migrateOnStart: false);
        builder.AddSalesOpsServices();
        var host = builder.Build();
        await host.Services.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
        return new CommandLineHost(host, operatorName);
    }

    public async ValueTask DisposeAsync()
    {
        _actor.Dispose();
        await _scope.DisposeAsync();
        _host.Dispose();
    }
}
