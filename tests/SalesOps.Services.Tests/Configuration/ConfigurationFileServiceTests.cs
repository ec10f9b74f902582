using SalesOps.Services.Tests.Infrastructure;

namespace SalesOps.Services.Tests.Configuration;

public sealed class ConfigurationFileServiceTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = SqliteTestDatabase.Create();

    public Task InitializeAsync() => _database.MigrateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public Task Import_export_rollback_make_versions_and_audit_entries() => ConfigurationFileChecks.Import_export_rollback_make_versions_and_audit_entries(_database);

    [Fact]
    public Task Importing_the_export_again_changes_nothing_and_says_so() => ConfigurationFileChecks.Importing_the_export_again_changes_nothing_and_says_so(_database);

    [Fact]
    public Task Bad_files_and_stale_versions_store_nothing() => ConfigurationFileChecks.Bad_files_and_stale_versions_store_nothing(_database);

    [Fact]
    public Task Only_ops_managers_may_export_import_or_roll_back() => ConfigurationFileChecks.Only_ops_managers_may_export_import_or_roll_back(_database);

    [Fact]
    public Task A_tier_weight_instruction_changes_vip_health_only() => ConfigurationFileChecks.A_tier_weight_instruction_changes_vip_health_only(_database);

    [Fact]
    public Task A_trigger_switched_off_is_neither_offered_nor_accepted() => ConfigurationFileChecks.A_trigger_switched_off_is_neither_offered_nor_accepted(_database);
}
