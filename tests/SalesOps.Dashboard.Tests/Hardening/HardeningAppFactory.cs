using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SalesOps.Dashboard.Tests.Infrastructure;

namespace SalesOps.Dashboard.Tests.Hardening;

/// <summary>
/// The app over its own seeded SQLite file, recording every log message it writes (to prove secrets stay out of
/// logs). Settings can be added per subclass, e.g. a rate limit.
/// </summary>
public class HardeningAppFactory : WebApplicationFactory<Program>
{
    private readonly TempDirectory _directory = new();

    public ConcurrentQueue<string> LogMessages { get; } = new();

    protected virtual IEnumerable<KeyValuePair<string, string>> Settings => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:SalesOps", $"Data Source={_directory.File("salesops.db")}");
        builder.UseSetting("Seed:Demo", "true");
        builder.UseSetting("Seed:Accounts", "20");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(new RecordingLoggerProvider(LogMessages)));
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
        GC.SuppressFinalize(this);
    }
}
