using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SalesOps.Data;
using SalesOps.Data.Seeding;
using SalesOps.Data.Startup;

namespace SalesOps.Services.Tests.Infrastructure;

/// <summary>Builds the app's start-up pieces for a connection, wired as the app wires them but without a host.</summary>
public static class TestInitializer
{
    public static TestContextFactory CreateFactory(DatabaseConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var builder = new DbContextOptionsBuilder<SalesOpsDbContext>();
        builder.UseSalesOpsDatabase(connection.Provider, connection.ConnectionString);
        return new TestContextFactory(builder.Options);
    }

    public static DatabaseInitializer Create(DatabaseConnection connection, TimeProvider clock) =>
        Create(connection, CreateFactory(connection), clock);

    public static DatabaseInitializer Create(DatabaseConnection connection, IDbContextFactory<SalesOpsDbContext> factory, TimeProvider clock) => new(
        factory,
        connection,
        new DemoDataGenerator(factory, clock),
        Options.Create(new SeedOptions { Demo = false }),
        NullLogger<DatabaseInitializer>.Instance);
}
