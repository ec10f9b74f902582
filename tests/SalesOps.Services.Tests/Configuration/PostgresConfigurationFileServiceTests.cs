using SalesOps.Services.Tests.Infrastructure;

namespace SalesOps.Services.Tests.Configuration;

/// <summary>The same checks on a PostgreSQL server: versions, the unique version number, audit in the same transaction.</summary>
[Collection(PostgresGroup.Name)]
public sealed class PostgresConfigurationFileServiceTests
{
    private static async Task RunAsync(Func<TestDatabase, Task> check)
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await database.MigrateAsync();
        await check(database);
    }

    [PostgresFact]
    public Task Import_export_rollback_make_versions_and_audit_entries() => RunAsync(ConfigurationFileChecks.Import_export_rollback_make_versions_and_audit_entries);

    [PostgresFact]
    public Task Importing_the_export_again_changes_nothing_and_says_so() => RunAsync(ConfigurationFileChecks.Importing_the_export_again_changes_nothing_and_says_so);

    [PostgresFact]
    public Task Bad_files_and_stale_versions_store_nothing() => RunAsync(ConfigurationFileChecks.Bad_files_and_stale_versions_store_nothing);
}
