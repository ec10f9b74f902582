using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SalesOps.Browser.Tests.Infrastructure;

/// <summary>
/// The app with its own SQLite file and a small demo company. A subclass rather than <c>WithWebHostBuilder</c>:
/// a derived factory hands host creation to its parent, which never saw <c>UseKestrel(0)</c>, so the server would
/// fall back to Kestrel's default port 5000 and parallel test classes would collide.
/// </summary>
public sealed class DashboardApplicationFactory(string databasePath, int accounts) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:SalesOps", $"Data Source={databasePath}");
        builder.UseSetting("Seed:Accounts", accounts.ToString(CultureInfo.InvariantCulture));
        builder.UseEnvironment("Development");
        // Every test signs in through the form, all from one address; the limit is for people, not test runs.
        builder.UseSetting("Security:RateLimits:Login:PermitLimit", "1000");
    }
}
