namespace SalesOps.Services.Tests.Infrastructure;

/// <summary>
/// The demo company in a fresh PostgreSQL database. Without a configured server it creates nothing (the tests are
/// skipped, or, when PostgreSQL is required, each fails with the message that says what to set).
/// </summary>
public sealed class SeededPostgresFixture : SeededDatabaseFixture
{
    protected override string UnavailableMessage => PostgresEnvironment.IsConfigured
        ? "The seeded PostgreSQL test database was not created."
        : PostgresEnvironment.AdminConnectionStringMissingMessage;

    protected override async Task<TestDatabase?> CreateDatabaseAsync() =>
        PostgresEnvironment.IsConfigured ? await PostgresTestDatabase.CreateAsync() : null;
}
