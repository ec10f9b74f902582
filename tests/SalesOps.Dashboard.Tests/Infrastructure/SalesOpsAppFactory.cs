using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SalesOps.Dashboard.Tests.Infrastructure;

/// <summary>
/// The app in-process (Development environment) over its own temporary SQLite file, migrated and seeded with a
/// small demo company (and its demo users, one per role) by the app's own start-up.
/// </summary>
public class SalesOpsAppFactory : WebApplicationFactory<Program>
{
    public const int SeedAccounts = 20;
    private readonly TempDirectory _directory = new();
    private readonly ConcurrentDictionary<string, Lazy<Task<HttpClient>>> _signedIn = new(StringComparer.Ordinal);

    public string DatabasePath => _directory.File("salesops.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:SalesOps", $"Data Source={DatabasePath}");
        builder.UseSetting("Seed:Demo", "true");
        builder.UseSetting("Seed:Accounts", SeedAccounts.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (key, value) in ExtraSettings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Configuration a derived fixture adds on top of the defaults above.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> ExtraSettings => [];

    /// <summary>
    /// A client signed in as the demo user of <paramref name="role"/>, shared by the tests of the class: it keeps
    /// cookies and does not follow redirects. Do not sign it out; use <see cref="DemoSignIn"/> for a client of your own.
    /// </summary>
    public Task<HttpClient> SignedInClientAsync(string role) =>
        _signedIn.GetOrAdd(role, r => new Lazy<Task<HttpClient>>(() => DemoSignIn.CreateSignedInClientAsync(this, r))).Value;

    /// <summary>A new anonymous client that keeps cookies and does not follow redirects.</summary>
    public HttpClient CreateAnonymousClient() => DemoSignIn.CreateClient(this);

    private void DisposeClients()
    {
        foreach (var client in _signedIn.Values.Where(l => l.IsValueCreated && l.Value.IsCompletedSuccessfully))
        {
            client.Value.Result.Dispose();
        }

        _signedIn.Clear();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            DisposeClients();
        }

        base.Dispose(disposing);
        if (disposing)
        {
            _directory.Dispose();
        }
    }

    public override async ValueTask DisposeAsync()
    {
        DisposeClients();
        await base.DisposeAsync();
        _directory.Dispose();
        GC.SuppressFinalize(this);
    }
}
