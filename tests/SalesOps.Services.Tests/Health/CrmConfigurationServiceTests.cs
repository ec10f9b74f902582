using SalesOps.Services.Events;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Configuration;
using SalesOps.Core.Health;
using SalesOps.Core.Security;
using SalesOps.Services.Configuration;
using SalesOps.Services.Security;
using SalesOps.Services.Tests.Infrastructure;
using SalesOps.Services.Tests.WallDisplays;

namespace SalesOps.Services.Tests.Health;

/// <summary>Saving and reading the versioned CRM configuration, through the authorizing proxy as pages call it.</summary>
public sealed class CrmConfigurationServiceTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = SqliteTestDatabase.Create();

    public Task InitializeAsync() => _database.MigrateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private ICrmConfigurationService ServiceFor(CurrentUser user) => ServiceAccess.Wrap<ICrmConfigurationService>(
        new CrmConfigurationService(_database.Factory, new CrmConfigurationProvider(_database.Factory), user, new Configuration.RecordingRecomputeQueue(), new InProcessEventBus(NullLogger<InProcessEventBus>.Instance), _database.Clock), user);

    [Fact]
    public async Task Saving_valid_configurations_stores_version_1_then_2_by_the_current_user()
    {
        var service = ServiceFor(TestUsers.WithRole(AppRoles.OpsManager, "ops@example.test"));
        Assert.Equal(0, (await service.GetCurrentAsync()).Version);
        var stricter = CrmConfiguration.Default with { HealthModel = new HealthModelSettings { HealthyFrom = 75 } };

        var first = await service.SaveAsync(CrmConfiguration.Default, "Defaults");
        var second = await service.SaveAsync(stricter, "Healthy from 75");

        Assert.True(first.Succeeded);
        Assert.Equal(1, first.Version);
        Assert.True(second.Succeeded);
        Assert.Equal(2, second.Version);
        var current = await service.GetCurrentAsync();
        Assert.Equal(2, current.Version);
        Assert.Equal(75, current.Configuration.HealthModel.HealthyFrom);
        Assert.Equal(30, current.Configuration.HealthModel.Weight(HealthComponent.ProductAdoption));
        var versions = await service.ListVersionsAsync();
        Assert.Equal([2, 1], versions.Select(v => v.Version));
        Assert.All(versions, v => Assert.Equal("ops@example.test", v.CreatedBy));
        Assert.Equal("Healthy from 75", versions[0].Comment);
    }

    [Fact]
    public async Task Weights_that_do_not_add_up_to_100_are_refused_naming_the_weights_and_nothing_is_stored()
    {
        var service = ServiceFor(TestUsers.WithRole(AppRoles.OpsManager));
        var weights = new Dictionary<HealthComponent, int>
        {
            [HealthComponent.ProductAdoption] = 50, [HealthComponent.SupportExperience] = 20, [HealthComponent.Engagement] = 20,
            [HealthComponent.Sentiment] = 15, [HealthComponent.Commercial] = 15,
        };

        var result = await service.SaveAsync(CrmConfiguration.Default with { HealthModel = new HealthModelSettings { Weights = weights } }, null);

        Assert.False(result.Succeeded);
        Assert.Null(result.Version);
        var error = Assert.Single(result.Errors);
        Assert.Equal("health_model.weights", error.Field);
        Assert.Contains("120", error.Message, StringComparison.Ordinal);
        await using var db = _database.CreateContext();
        Assert.Equal(0, await db.ConfigurationVersions.CountAsync());
    }

    [Fact]
    public async Task A_viewer_may_read_the_configuration_but_not_save_it_or_list_versions()
    {
        var service = ServiceFor(TestUsers.WithRole(AppRoles.Viewer));

        Assert.Equal(0, (await service.GetCurrentAsync()).Version);
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.SaveAsync(CrmConfiguration.Default, "try"));
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.ListVersionsAsync());
        await Assert.ThrowsAsync<AccessDeniedException>(() => ServiceFor(TestUsers.Anonymous()).GetCurrentAsync());
        await using var db = _database.CreateContext();
        Assert.Equal(0, await db.ConfigurationVersions.CountAsync());
    }

    [Fact]
    public async Task Saving_a_changed_handoff_template_raises_its_version_and_saving_it_unchanged_keeps_it()
    {
        var service = ServiceFor(TestUsers.WithRole(AppRoles.OpsManager, "ops@example.test"));
        var template = CrmConfiguration.Default.Handoffs.Templates[0];
        var extra = new Core.Handoffs.ChecklistItemDefinition(Core.Domain.HandoffStage.PreHandoff, "security_review", "Security review done", Core.Domain.ChecklistItemKind.Check, true, 3);
        var changed = CrmConfiguration.Default with
        {
            Handoffs = CrmConfiguration.Default.Handoffs with { Templates = [template with { Items = [.. template.Items, extra] }] },
        };

        await service.SaveAsync(changed, "Security review");
        var afterChange = (await service.GetCurrentAsync()).Configuration.Handoffs.Templates[0].Version;
        await service.SaveAsync((await service.GetCurrentAsync()).Configuration, "Same again");
        var afterSame = (await service.GetCurrentAsync()).Configuration.Handoffs.Templates[0].Version;

        Assert.Equal(template.Version + 1, afterChange);
        Assert.Equal(afterChange, afterSame);
    }
}
