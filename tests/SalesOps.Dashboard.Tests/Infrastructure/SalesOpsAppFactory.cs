using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SalesOps.Dashboard.Tests.Infrastructure;

/// <summary>
/// The app in-process (Development environment) over its own temporary SQLite file, migrated and seeded with a
/// small demo company by the app's own start-up.
/// </summary>
public sealed class SalesOpsAppFactory : WebApplicationFactory<Program>
{
    public const int SeedAccounts = 20;
    private readonly TempDirectory _directory = new();

    public string DatabasePath => _directory.File("salesops.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:SalesOps", $"Data Source={DatabasePath}");
        builder.UseSetting("Seed:Demo", "true");
        builder.UseSetting("Seed:Accounts", SeedAccounts.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _directory.Dispose();
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _directory.Dispose();
    }
}
