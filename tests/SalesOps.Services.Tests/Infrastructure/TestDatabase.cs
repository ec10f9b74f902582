using Microsoft.Extensions.Time.Testing;
using SalesOps.Data;
using SalesOps.Data.Seeding;
using SalesOps.Data.Startup;

namespace SalesOps.Services.Tests.Infrastructure;

/// <summary>A real, empty database of one provider, migrated through the app's own start-up path.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    protected TestDatabase(DatabaseProvider provider, string connectionString)
    {
        Connection = new DatabaseConnection(provider, connectionString);
        Factory = TestInitializer.CreateFactory(Connection);
    }

    public DatabaseConnection Connection { get; }

    public TestContextFactory Factory { get; }

    public FakeTimeProvider Clock { get; } = TestClock.Create();

    public SalesOpsDbContext CreateContext() => Factory.CreateDbContext();

    public Task MigrateAsync() => TestInitializer.Create(Connection, Factory, Clock).MigrateAsync(CancellationToken.None);

    public Task<DemoDataSummary> SeedAsync(DemoDataOptions options) =>
        new DemoDataGenerator(Factory, Clock).GenerateAsync(options);

    public abstract ValueTask DisposeAsync();
}
