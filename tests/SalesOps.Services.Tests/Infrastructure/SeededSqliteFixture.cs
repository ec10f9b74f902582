namespace SalesOps.Services.Tests.Infrastructure;

/// <summary>The demo company in a temporary SQLite file.</summary>
public sealed class SeededSqliteFixture : SeededDatabaseFixture
{
    protected override Task<TestDatabase?> CreateDatabaseAsync() => Task.FromResult<TestDatabase?>(SqliteTestDatabase.Create());
}
