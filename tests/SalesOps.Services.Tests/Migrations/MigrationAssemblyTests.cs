using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SalesOps.Data;

namespace SalesOps.Services.Tests.Migrations;

/// <summary>
/// The three migrations assemblies describe one model. None of these tests opens a connection: SQL Server is
/// checked by scripting only, as in CI.
/// </summary>
public sealed class MigrationAssemblyTests
{
    [Fact]
    public void Every_provider_has_the_same_migrations_in_the_same_order()
    {
        var sqlite = MigrationIds(DatabaseProvider.Sqlite);

        Assert.NotEmpty(sqlite);
        Assert.Equal(sqlite, MigrationIds(DatabaseProvider.SqlServer));
        Assert.Equal(sqlite, MigrationIds(DatabaseProvider.PostgreSql));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public void Each_provider_reads_migrations_from_its_own_assembly(DatabaseProvider provider)
    {
        using var db = CreateContext(provider);

        var assembly = db.GetService<IMigrationsAssembly>();

        Assert.Equal(DbContextOptionsBuilderExtensions.MigrationsAssembly(provider), assembly.Assembly.GetName().Name);
        Assert.NotNull(assembly.ModelSnapshot);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public void The_model_has_no_changes_missing_from_the_migrations(DatabaseProvider provider)
    {
        using var db = CreateContext(provider);

        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} migrations are behind the model: add a migration for every provider.");
    }

    [Theory]
    [InlineData(DatabaseProvider.SqlServer, "[", "]")]
    [InlineData(DatabaseProvider.PostgreSql, "\"", "\"")]
    public void The_idempotent_script_creates_every_table_behind_a_migration_history_check(DatabaseProvider provider, string open, string close)
    {
        using var db = CreateContext(provider);

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
        Assert.Contains($"CREATE TABLE {open}Accounts{close}", script, StringComparison.Ordinal);
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().ToList();
        Assert.True(tables.Count >= 15, $"Only {tables.Count} tables in the model.");
        Assert.All(tables, table => Assert.Contains($"CREATE TABLE {open}{table}{close}", script, StringComparison.Ordinal));
        Assert.All(MigrationIds(provider), id => Assert.Contains(id, script, StringComparison.Ordinal));
    }

    private static List<string> MigrationIds(DatabaseProvider provider)
    {
        using var db = CreateContext(provider);
        return db.Database.GetMigrations().ToList();
    }

    private static SalesOpsDbContext CreateContext(DatabaseProvider provider)
    {
        // Connection strings that are never opened: the model, migrations and scripts need none.
        var connectionString = provider switch
        {
            DatabaseProvider.Sqlite => "Data Source=never-opened.db",
            DatabaseProvider.SqlServer => "Server=never-opened;Database=SalesOps;TrustServerCertificate=True",
            _ => "Host=never-opened;Database=salesops;Username=salesops",
        };
        var builder = new DbContextOptionsBuilder<SalesOpsDbContext>();
        builder.UseSalesOpsDatabase(provider, connectionString);
        return new SalesOpsDbContext(builder.Options);
    }
}
