using Microsoft.Extensions.Options;
using SalesOps.Dashboard;
using SalesOps.Dashboard.Auth;
using SalesOps.Dashboard.Cli;
using SalesOps.Data;
using SalesOps.Data.Startup;
using SalesOps.Services;

try
{
    if (args.Length > 0 && args[0] == SeedCommand.Name)
    {
        return await SeedCommand.RunAsync(args[1..]);
    }

    if (args.Length > 0 && args[0] == ConfigureCommand.Name)
    {
        return await ConfigureCommand.RunAsync(args[1..]);
    }

    if (args.Length > 0 && args[0] == ExportConfigurationCommand.Name)
    {
        return await ExportConfigurationCommand.RunAsync(args[1..]);
    }

    var builder = WebApplication.CreateBuilder(args);
    builder.AddSalesOpsData();
    builder.AddSalesOpsServices();
    builder.AddSalesOpsAuth();
    builder.AddSalesOpsDashboard();

    var app = builder.Build();
    app.UseSalesOpsDashboard();
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is DatabaseStartupException or OptionsValidationException)
{
    // Configuration and database problems a person can fix: say what is wrong in one paragraph, no stack trace.
    Console.Error.WriteLine($"SalesOps Dashboard cannot start: {ex.Message}");
    return 1;
}

/// <summary>Entry point; public so that tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
