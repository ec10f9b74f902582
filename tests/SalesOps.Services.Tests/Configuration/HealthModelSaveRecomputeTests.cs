using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;
using SalesOps.Core.Security;
using SalesOps.Services.Configuration;
using SalesOps.Services.Events;
using SalesOps.Services.Health;
using SalesOps.Services.Security;
using SalesOps.Services.Tests.Health;
using SalesOps.Services.Tests.Infrastructure;
using SalesOps.Services.Tests.WallDisplays;

namespace SalesOps.Services.Tests.Configuration;

/// <summary>Saving a health model recomputes every account in the background, with the real snapshot job and queue.</summary>
public sealed class HealthModelSaveRecomputeTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly SqliteTestDatabase _database = SqliteTestDatabase.Create();
    private readonly RecordingEventBus _events = new();
    private HealthRecomputeQueue _queue = null!;
    private HealthModelPreviewDataset _set = null!;

    public async Task InitializeAsync()
    {
        await _database.MigrateAsync();
        _set = await HealthModelPreviewDataset.CreateAsync(_database);
        _queue = new HealthRecomputeQueue(HealthTestServices.Snapshots(_database), _events, _database.Clock, NullLogger<HealthRecomputeQueue>.Instance);
    }

    public async Task DisposeAsync()
    {
        await _queue.StopAsync(CancellationToken.None);
        await _database.DisposeAsync();
    }

    public void Dispose() => _queue.Dispose();

    private ICrmConfigurationService Service()
    {
        var user = TestUsers.WithRole(AppRoles.OpsManager, "ops@example.test");
        return ServiceAccess.Wrap<ICrmConfigurationService>(
            new CrmConfigurationService(_database.Factory, new CrmConfigurationProvider(_database.Factory), user, _queue, new InProcessEventBus(NullLogger<InProcessEventBus>.Instance), _database.Clock), user);
    }

    [Fact]
    public async Task After_a_save_every_accounts_health_follows_the_new_thresholds()
    {
        await HealthTestServices.Snapshots(_database).RecomputeAllAsync(_database.Clock.GetUtcNow());
        Assert.Equal(HealthBand.Healthy, (await AccountAsync(_set.Birch)).Health.Band);
        await _queue.StartAsync(CancellationToken.None);
        var service = Service();
        var stricter = CrmConfiguration.Default with { HealthModel = CrmConfiguration.Default.HealthModel with { HealthyFrom = 90, WatchFrom = 50 } };

        var saved = await service.SaveAsync(stricter, "Stricter bands");
        await WaitUntilAsync(() => _queue.Status is { InProgress: false, FinishedAt: not null });

        Assert.Equal(1, saved.Version);
        var status = await service.GetRecomputeStatusAsync();
        Assert.False(status.Failed);
        Assert.Equal(7, status.Accounts);                         // every account with a started contract, churned Gale too
        var birch = await AccountAsync(_set.Birch);
        Assert.Equal((85, HealthBand.Watch), (birch.Health.Score, birch.Health.Band));
        var cedar = await AccountAsync(_set.Cedar);
        Assert.Equal((45, HealthBand.AtRisk, true), (cedar.Health.Score, cedar.Health.Band, cedar.Health.IsAtRisk));
        await using var db = _database.CreateContext();
        var today = await db.HealthSnapshots.AsNoTracking().Where(s => s.Date == HealthModelPreviewDataset.Today).ToListAsync();
        Assert.All(today, s => Assert.Equal(1, s.ConfigurationVersion));
        Assert.Contains(_events.Published.OfType<HealthRecomputed>(), e => e.AllAccounts);
    }

    [Fact]
    public async Task Save_returns_before_the_recompute_and_the_status_says_it_is_in_progress_until_it_has_run()
    {
        var service = Service();

        // The worker is not running yet, so nothing can have been recomputed when the save returns.
        var stricter = CrmConfiguration.Default with { HealthModel = CrmConfiguration.Default.HealthModel with { HealthyFrom = 90, WatchFrom = 50 } };
        var saved = await service.SaveAsync(stricter, null);
        var before = await AccountAsync(_set.Birch);
        var waiting = await service.GetRecomputeStatusAsync();
        await _queue.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => !_queue.Status.InProgress);

        Assert.True(saved.HealthRecomputeStarted);
        Assert.True(waiting.InProgress);
        Assert.Equal(HealthModelPreviewDataset.Now, waiting.RequestedAt);
        Assert.Null(waiting.FinishedAt);
        Assert.Null(before.Health.Band);                          // not scored yet when the save returned
        Assert.Equal(HealthBand.Watch, (await AccountAsync(_set.Birch)).Health.Band);
        Assert.Equal(7, _queue.Status.Accounts);
    }

    [Fact]
    public async Task Requests_made_while_one_is_waiting_are_merged_into_one_recompute()
    {
        var snapshots = new CountingSnapshots();
        using var queue = new HealthRecomputeQueue(snapshots, _events, _database.Clock, NullLogger<HealthRecomputeQueue>.Instance);

        var first = queue.RequestRecomputeAllAsync();
        var second = queue.RequestRecomputeAllAsync();
        var third = queue.RequestRecomputeAllAsync();
        await queue.StartAsync(CancellationToken.None);
        await Task.WhenAll(first, second, third).WaitAsync(Patience);
        var afterwards = queue.RequestRecomputeAllAsync();
        await afterwards.WaitAsync(Patience);
        await queue.StopAsync(CancellationToken.None);

        Assert.Equal(2, snapshots.Runs);
        Assert.False(queue.Status.InProgress);
    }

    private async Task<Account> AccountAsync(int id)
    {
        await using var db = _database.CreateContext();
        return await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == id);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }

    private sealed class CountingSnapshots : IHealthSnapshotService
    {
        private int _runs;

        public int Runs => _runs;

        public Task<int> RecomputeAllAsync(DateTimeOffset asOf, CancellationToken ct = default) => Task.FromResult(Interlocked.Increment(ref _runs));

        public Task<int> RecomputeAccountsAsync(IReadOnlyCollection<int> accountIds, CancellationToken ct = default) => Task.FromResult(0);

        public Task<int> BackfillHistoryAsync(int weeks = 12, CancellationToken ct = default) => Task.FromResult(0);
    }
}
