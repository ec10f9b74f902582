using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesOps.Data;
using SalesOps.Data.Seeding;

namespace SalesOps.Dashboard.Tests.Infrastructure;

/// <summary>
/// A SQLite file migrated with the real migrations and filled by the demo generator at a fixed instant. One per
/// test class (xUnit class fixture); tests that write pick accounts no other test of the class looks at.
/// </summary>
public sealed class SeededDatabase : IAsyncLifetime, IDisposable
{
    public const int AccountCount = 30;

    /// <summary>"Now" for the seed and for the services under test, so 90-day windows are reproducible.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    private readonly TempDirectory _directory = new();
    private ServiceProvider? _services;

    public string ConnectionString => $"Data Source={_directory.File("salesops.db")}";

    public IDbContextFactory<SalesOpsDbContext> ContextFactory =>
        _services?.GetRequiredService<IDbContextFactory<SalesOpsDbContext>>() ?? throw new InvalidOperationException("Not initialised.");

    public void Configure(DbContextOptionsBuilder options) => options.UseSalesOpsDatabase(DatabaseProvider.Sqlite, ConnectionString);

    public SalesOpsDbContext CreateContext() => ContextFactory.CreateDbContext();

    public async Task InitializeAsync()
    {
        _services = new ServiceCollection().AddDbContextFactory<SalesOpsDbContext>(Configure).BuildServiceProvider();
        await using (var db = CreateContext())
        {
            await db.Database.MigrateAsync();
        }

        await new DemoDataGenerator(ContextFactory, new FakeTimeProvider(Now))
            .GenerateAsync(new DemoDataOptions { Accounts = AccountCount });
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        Dispose();
    }

    public void Dispose()
    {
        _services?.Dispose();
        _directory.Dispose();
    }
}
