using SalesOps.Data.Seeding;

namespace SalesOps.Services.Tests.Infrastructure;

/// <summary>One migrated database holding <see cref="DemoCompany"/>, shared by the tests of a class or collection.</summary>
public abstract class SeededDatabaseFixture : IAsyncLifetime
{
    private TestDatabase? _database;
    private DemoDataSummary? _summary;

    public TestDatabase Database => _database ?? throw new InvalidOperationException(UnavailableMessage);

    public DemoDataSummary Summary => _summary ?? throw new InvalidOperationException(UnavailableMessage);

    protected virtual string UnavailableMessage => "The seeded test database was not created.";

    protected abstract Task<TestDatabase?> CreateDatabaseAsync();

    public async Task InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        if (_database is not null)
        {
            await _database.MigrateAsync();
            _summary = await _database.SeedAsync(DemoCompany.Options());
        }
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
