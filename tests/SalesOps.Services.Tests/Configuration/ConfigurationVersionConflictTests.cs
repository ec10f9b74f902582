using SalesOps.Services.Events;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Configuration;
using SalesOps.Core.Security;
using SalesOps.Services.Configuration;
using SalesOps.Services.Security;
using SalesOps.Services.Tests.Infrastructure;
using SalesOps.Services.Tests.WallDisplays;

namespace SalesOps.Services.Tests.Configuration;

/// <summary>Two ops managers editing the one configuration object: the later save must not silently undo the earlier.</summary>
public sealed class ConfigurationVersionConflictTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = SqliteTestDatabase.Create();
    private readonly RecordingRecomputeQueue _recompute = new();

    public Task InitializeAsync() => _database.MigrateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private ICrmConfigurationService ServiceFor(string name)
    {
        var user = TestUsers.WithRole(AppRoles.OpsManager, name);
        return ServiceAccess.Wrap<ICrmConfigurationService>(
            new CrmConfigurationService(_database.Factory, new CrmConfigurationProvider(_database.Factory), user, _recompute, new InProcessEventBus(NullLogger<InProcessEventBus>.Instance), _database.Clock), user);
    }

    [Fact]
    public async Task A_save_based_on_an_older_version_is_refused_naming_who_saved_since_and_nothing_is_stored()
    {
        var alice = ServiceFor("alice@example.test");
        var bob = ServiceFor("bob@example.test");
        var startedFrom = (await bob.GetCurrentAsync()).Version;
        Assert.True((await alice.SaveAsync(With(healthyFrom: 75), "Alice", expectedVersion: startedFrom)).Succeeded);

        var result = await bob.SaveAsync(With(healthyFrom: 65), "Bob", expectedVersion: startedFrom);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(ConfigurationSaveResult.VersionConflictField, error.Field);
        Assert.Contains("Version 1 was saved by alice@example.test", error.Message, StringComparison.Ordinal);
        Assert.Equal(75, (await bob.GetCurrentAsync()).Configuration.HealthModel.HealthyFrom);
        await using var db = _database.CreateContext();
        Assert.Equal(1, await db.ConfigurationVersions.CountAsync());
        Assert.Equal(1, _recompute.Requests);
    }

    [Fact]
    public async Task A_save_based_on_the_version_in_force_is_stored_as_the_next_version()
    {
        var service = ServiceFor("alice@example.test");
        Assert.True((await service.SaveAsync(With(healthyFrom: 75), null, expectedVersion: 0)).Succeeded);

        var result = await service.SaveAsync(With(healthyFrom: 80), null, expectedVersion: 1);

        Assert.Equal(2, result.Version);
    }

    private static CrmConfiguration With(int healthyFrom) =>
        CrmConfiguration.Default with { HealthModel = CrmConfiguration.Default.HealthModel with { HealthyFrom = healthyFrom } };
}
