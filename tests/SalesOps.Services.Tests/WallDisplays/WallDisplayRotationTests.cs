using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SalesOps.Core.Configuration;
using SalesOps.Core.Security;
using SalesOps.Data.Auditing;
using SalesOps.Services.Analytics;
using SalesOps.Services.Audit;
using SalesOps.Services.Common;
using SalesOps.Services.Configuration;
using SalesOps.Services.Events;
using SalesOps.Services.Security;
using SalesOps.Services.Tests.Configuration;
using SalesOps.Services.Tests.Infrastructure;
using SalesOps.Services.WallDisplays;

namespace SalesOps.Services.Tests.WallDisplays;

/// <summary>
/// Which rotation a display shows (only a configured one, or the default) and bringing a revoked display back:
/// audited like every other change, announced to the walls, and refused with a clear message when it cannot be done.
/// </summary>
public sealed class WallDisplayRotationTests : IAsyncLifetime
{
    private const string OpsName = "ops@example.test";
    private readonly SqliteTestDatabase _database = SqliteTestDatabase.Create();
    private readonly InProcessEventBus _events = new(NullLogger<InProcessEventBus>.Instance);

    public Task InitializeAsync() => _database.MigrateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private WallDisplayService Service(ICurrentUser? user = null) =>
        new(_database.Factory, _database.Clock, user ?? TestUsers.WithRole(AppRoles.OpsManager, OpsName), new CrmConfigurationProvider(_database.Factory), _events);

    private WallDisplayGate Gate =>
        new(_database.Factory, _database.Clock, new AnalyticsService(_database.Factory, _database.Clock, new CrmConfigurationProvider(_database.Factory)));

    [Fact]
    public async Task A_configured_rotation_is_stored_in_its_configured_spelling_and_listed()
    {
        var created = await CreateAsync("Reception TV");

        var result = await Service().SetRotationAsync(created.Info!.Id, "  reception ");

        Assert.True(result.Succeeded, result.Error);
        var listed = Assert.Single(await Service().ListAsync(), t => t.Id == created.Info.Id);
        Assert.Equal("Reception", listed.Rotation);
        Assert.Equal("Reception", (await Gate.ValidateAsync(created.Token))!.Rotation);
    }

    [Fact]
    public async Task A_rotation_saved_in_a_newer_configuration_version_can_be_chosen()
    {
        var created = await CreateAsync("Exec floor TV");
        var configuration = CrmConfiguration.Default with
        {
            WallDisplays = CrmConfiguration.Default.WallDisplays with
            {
                Rotations = [.. CrmConfiguration.Default.WallDisplays.Rotations, new WallRotation { Name = "Exec floor", Panels = [WallPanel.ArrAtRisk], IntervalSeconds = 45 }],
            },
        };
        var saved = await ConfigurationService().SaveAsync(configuration, "Exec rotation", expectedVersion: 0);
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.Select(e => e.Message)));

        var result = await Service().SetRotationAsync(created.Info!.Id, "Exec floor");

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("Exec floor", await StoredRotationAsync(created.Info.Id));
    }

    [Fact]
    public async Task An_unknown_rotation_is_refused_naming_it_and_the_rotations_there_are_and_nothing_changes()
    {
        var created = await CreateAsync("Sales pit TV");
        Assert.True((await Service().SetRotationAsync(created.Info!.Id, "Reception")).Succeeded);

        var result = await Service().SetRotationAsync(created.Info.Id, "Night shift");

        Assert.False(result.Succeeded);
        Assert.Equal("rotation", result.Field);
        Assert.Contains("no rotation named \"Night shift\"", result.Error, StringComparison.Ordinal);
        Assert.Contains($"\"{WallDisplaySettings.DefaultRotationName}\"", result.Error, StringComparison.Ordinal);
        Assert.Contains("\"Reception\"", result.Error, StringComparison.Ordinal);
        Assert.Equal("Reception", await StoredRotationAsync(created.Info.Id));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task No_rotation_name_means_the_default_rotation(string? rotation)
    {
        var created = await CreateAsync("Hallway TV " + rotation?.Length);
        Assert.True((await Service().SetRotationAsync(created.Info!.Id, "Reception")).Succeeded);

        var result = await Service().SetRotationAsync(created.Info.Id, rotation);

        Assert.True(result.Succeeded, result.Error);
        Assert.Null(await StoredRotationAsync(created.Info.Id));
    }

    [Fact]
    public async Task Changing_the_rotation_is_audited_with_who_and_the_old_and_new_name()
    {
        var created = await CreateAsync("Audited TV");

        using (AuditActor.Begin(OpsName))
        {
            Assert.True((await Service().SetRotationAsync(created.Info!.Id, "Reception")).Succeeded);
        }

        var history = await HistoryAsync(created.Info!.Id);
        var modified = Assert.Single(history.Items, e => e.Action == Core.Domain.AuditAction.Modified);
        Assert.Equal(OpsName, modified.UserName);
        Assert.Equal(new AuditFieldChange("Rotation", null, "Reception"), Assert.Single(modified.Changes));
    }

    [Fact]
    public async Task A_revoked_display_is_reinstated_and_its_token_works_again()
    {
        var created = await CreateAsync("Break room TV");
        Assert.True((await Service().RevokeAsync(created.Info!.Id)).Succeeded);
        Assert.Null(await Gate.ValidateAsync(created.Token));

        using (AuditActor.Begin(OpsName))
        {
            var result = await Service().ReinstateAsync(created.Info.Id);
            Assert.True(result.Succeeded, result.Error);
        }

        Assert.NotNull(await Gate.ValidateAsync(created.Token));
        var listed = Assert.Single(await Service().ListAsync(), t => t.Id == created.Info.Id);
        Assert.Null(listed.RevokedAt);
        Assert.Null(listed.RevokedBy);
        var history = await HistoryAsync(created.Info.Id);
        var reinstated = history.Items[0];
        Assert.Equal(OpsName, reinstated.UserName);
        Assert.Contains(reinstated.Changes, c => c.Field == "RevokedAt" && c.New is null && c.Old is not null);
    }

    [Fact]
    public async Task An_expired_display_is_not_reinstated_and_the_message_says_to_create_a_new_link()
    {
        var created = await CreateAsync("Temporary TV", _database.Clock.GetUtcNow().AddHours(1));
        Assert.True((await Service().RevokeAsync(created.Info!.Id)).Succeeded);
        _database.Clock.Advance(TimeSpan.FromHours(2));

        var result = await Service().ReinstateAsync(created.Info.Id);

        Assert.False(result.Succeeded);
        Assert.Contains("expired", result.Error, StringComparison.Ordinal);
        Assert.Contains("Create a new link", result.Error, StringComparison.Ordinal);
        Assert.NotNull(Assert.Single(await Service().ListAsync(), t => t.Id == created.Info.Id).RevokedAt);
    }

    [Fact]
    public async Task Reinstating_or_setting_the_rotation_of_a_token_that_does_not_exist_says_so()
    {
        var reinstated = await Service().ReinstateAsync(int.MaxValue);
        var rotated = await Service().SetRotationAsync(int.MaxValue, "Reception");

        Assert.False(reinstated.Succeeded);
        Assert.Contains("no longer exists", reinstated.Error, StringComparison.Ordinal);
        Assert.False(rotated.Succeeded);
        Assert.Contains("no longer exists", rotated.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Walls_hear_of_a_revocation_a_reinstatement_and_a_new_rotation_of_their_token()
    {
        var created = await CreateAsync("Listening TV");
        var heard = new List<int>();
        using var subscription = _events.Subscribe<WallDisplayChanged>(e =>
        {
            lock (heard)
            {
                heard.Add(e.Id);
            }

            return Task.CompletedTask;
        });

        await Service().SetRotationAsync(created.Info!.Id, "Reception");
        await Service().SetRotationAsync(created.Info.Id, "Reception"); // no change, nothing to hear
        await Service().RevokeAsync(created.Info.Id);
        await Service().ReinstateAsync(created.Info.Id);

        // The bus hands events over without waiting for handlers; give them a moment (a bound, not a timing assert).
        for (var i = 0; i < 100 && Count() < 3; i++)
        {
            await Task.Delay(20);
        }

        Assert.Equal([created.Info.Id, created.Info.Id, created.Info.Id], Snapshot());

        int Count()
        {
            lock (heard)
            {
                return heard.Count;
            }
        }

        List<int> Snapshot()
        {
            lock (heard)
            {
                return [.. heard];
            }
        }
    }

    [Theory]
    [InlineData(AppRoles.Sales)]
    [InlineData(AppRoles.Success)]
    [InlineData(AppRoles.Support)]
    [InlineData(AppRoles.Viewer)]
    public async Task Only_ops_managers_may_reinstate_or_choose_a_rotation(string role)
    {
        var created = await CreateAsync("Guarded TV " + role);
        var user = TestUsers.WithRole(role);
        var proxied = ServiceAccess.Wrap<IWallDisplayService>(Service(user), user);

        await Assert.ThrowsAsync<AccessDeniedException>(() => proxied.ReinstateAsync(created.Info!.Id));
        await Assert.ThrowsAsync<AccessDeniedException>(() => proxied.SetRotationAsync(created.Info!.Id, "Reception"));
        Assert.Null(await StoredRotationAsync(created.Info!.Id));
    }

    private async Task<CreatedWallDisplayToken> CreateAsync(string name, DateTimeOffset? expiresAt = null)
    {
        var created = await Service().CreateAsync(name, expiresAt);
        Assert.True(created.Succeeded, created.Error);
        return created;
    }

    private ICrmConfigurationService ConfigurationService()
    {
        var user = TestUsers.WithRole(AppRoles.OpsManager, OpsName);
        return ServiceAccess.Wrap<ICrmConfigurationService>(
            new CrmConfigurationService(_database.Factory, new CrmConfigurationProvider(_database.Factory), user, new RecordingRecomputeQueue(), _events, _database.Clock), user);
    }

    /// <summary>The token's entries in the audit log, newest first, as the ops managers' audit log shows them.</summary>
    private async Task<PagedResult<AuditLogItem>> HistoryAsync(int id) =>
        await new AuditLogService(_database.Factory).SearchAsync(new AuditQuery { EntityType = "WallDisplayToken", EntityId = id.ToString(CultureInfo.InvariantCulture) });

    private async Task<string?> StoredRotationAsync(int id)
    {
        await using var db = _database.CreateContext();
        return await db.WallDisplayTokens.AsNoTracking().Where(t => t.Id == id).Select(t => t.Rotation).SingleAsync();
    }
}
