using SalesOps.Services.Events;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;
using SalesOps.Core.Health;
using SalesOps.Core.Security;
using SalesOps.Services.Configuration;
using SalesOps.Services.Security;
using SalesOps.Services.Tests.Infrastructure;
using SalesOps.Services.Tests.WallDisplays;

namespace SalesOps.Services.Tests.Configuration;

/// <summary>
/// The Health model page's preview on <see cref="HealthModelPreviewDataset"/>, through the authorizing proxy as the page
/// calls it; every expected number is worked out by hand in the dataset's notes.
/// </summary>
public sealed class HealthModelPreviewTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = SqliteTestDatabase.Create();
    private readonly RecordingRecomputeQueue _recompute = new();
    private HealthModelPreviewDataset _set = null!;

    public async Task InitializeAsync()
    {
        await _database.MigrateAsync();
        _set = await HealthModelPreviewDataset.CreateAsync(_database);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private ICrmConfigurationService Service()
    {
        var user = TestUsers.WithRole(AppRoles.OpsManager, "ops@example.test");
        return ServiceAccess.Wrap<ICrmConfigurationService>(
            new CrmConfigurationService(_database.Factory, new CrmConfigurationProvider(_database.Factory), user, _recompute, new InProcessEventBus(NullLogger<InProcessEventBus>.Instance), _database.Clock), user);
    }

    [Fact]
    public async Task Stricter_bands_move_Birch_to_Watch_and_Cedar_to_At_risk_and_a_larger_drop_clears_Dune()
    {
        var candidate = CrmConfiguration.Default with
        {
            HealthModel = CrmConfiguration.Default.HealthModel with { HealthyFrom = 90, WatchFrom = 50 },
            AtRisk = CrmConfiguration.Default.AtRisk with { ScoreDropPoints = 25 },
            RenewalLikelihood = Likelihood(healthy: 90, watch: 70, atRisk: 50),
        };

        var preview = await Service().PreviewAsync(candidate);

        Assert.True(preview.IsValid);
        Assert.Equal(0, preview.CurrentVersion);
        Assert.Equal(HealthModelPreviewDataset.Now, preview.AsOf);
        Assert.Equal(6, preview.Accounts);                       // Gale (churned) and Haze (not started) left out
        Assert.Equal(
            [(HealthBand.Healthy, 3, 2), (HealthBand.Watch, 2, 2), (HealthBand.AtRisk, 1, 2), ((HealthBand?)null, 0, 0)],
            preview.Bands.Select(b => (b.Band, b.Before, b.After)));
        Assert.Equal(
            [
                (HealthBand.Healthy, HealthBand.Healthy, 2),    // Apex 100, Fir 100
                (HealthBand.Healthy, HealthBand.Watch, 1),      // Birch 85
                (HealthBand.Watch, HealthBand.Watch, 1),        // Dune 60
                (HealthBand.Watch, HealthBand.AtRisk, 1),       // Cedar 45
                (HealthBand.AtRisk, HealthBand.AtRisk, 1),      // Elm 0
            ],
            preview.Moves.Select(m => ((HealthBand?)m.From, (HealthBand?)m.To, m.Accounts)));
        Assert.Equal(2, preview.BandChanges);
        Assert.Equal(0, preview.ScoreChanges);

        // Before: Elm (band) and Dune (fell 20 ≥ 15). After: Elm and Cedar (band); Dune's 20 is below 25.
        Assert.Equal(2, preview.AtRiskBefore);
        Assert.Equal(2, preview.AtRiskAfter);
        Assert.Equal(1, preview.NewlyAtRisk);
        Assert.Equal(1, preview.NoLongerAtRisk);
        Assert.Equal(6_000m + 12_000m, preview.ArrAtRiskBefore);  // Elm 10,000 × 60 %, Dune 40,000 × 30 %
        Assert.Equal(5_000m + 25_000m, preview.ArrAtRiskAfter);   // Elm and Cedar × 50 % (the candidate's likelihood)

        Assert.Equal(
            [
                ("Birch", 85, HealthBand.Healthy, false, 85, HealthBand.Watch, false),
                ("Cedar", 45, HealthBand.Watch, false, 45, HealthBand.AtRisk, true),
                ("Dune", 60, HealthBand.Watch, true, 60, HealthBand.Watch, false),
            ],
            preview.Examples.Select(e => (e.Name, e.ScoreBefore ?? -1, e.BandBefore, e.AtRiskBefore, e.ScoreAfter ?? -1, e.BandAfter, e.AtRiskAfter)));
        Assert.Equal(_set.Birch, preview.Examples[0].AccountId);
        Assert.Equal(80_000m, preview.Examples[0].Arr);
    }

    [Fact]
    public async Task Weighting_adoption_only_rescores_accounts_and_those_without_usage_become_not_scored()
    {
        var weights = new Dictionary<HealthComponent, int>
        {
            [HealthComponent.ProductAdoption] = 50, [HealthComponent.SupportExperience] = 20, [HealthComponent.Engagement] = 0,
            [HealthComponent.Sentiment] = 15, [HealthComponent.Commercial] = 15,
        };
        var candidate = CrmConfiguration.Default with { HealthModel = CrmConfiguration.Default.HealthModel with { Weights = weights } };

        var preview = await Service().PreviewAsync(candidate);

        // After: the score is adoption alone — Apex 100, Birch 75, Cedar 75, Dune 100; Elm and Fir have none.
        Assert.Equal(
            [(HealthBand.Healthy, 3, 4), (HealthBand.Watch, 2, 0), (HealthBand.AtRisk, 1, 0), ((HealthBand?)null, 0, 2)],
            preview.Bands.Select(b => (b.Band, b.Before, b.After)));
        Assert.Equal(
            [
                (HealthBand.Healthy, HealthBand.Healthy, 2),    // Apex, Birch
                (HealthBand.Healthy, (HealthBand?)null, 1),     // Fir
                (HealthBand.Watch, HealthBand.Healthy, 2),      // Cedar, Dune
                (HealthBand.AtRisk, (HealthBand?)null, 1),      // Elm
            ],
            preview.Moves.Select(m => ((HealthBand?)m.From, m.To, m.Accounts)));
        Assert.Equal(4, preview.BandChanges);
        Assert.Equal(5, preview.ScoreChanges);                    // all but Apex
        Assert.Equal(2, preview.AtRiskBefore);
        Assert.Equal(0, preview.AtRiskAfter);                     // Elm has no score to be in a band; Dune no longer fell
        Assert.Equal(2, preview.NoLongerAtRisk);
        Assert.Equal(0m, preview.ArrAtRiskAfter);
        Assert.Equal(["Cedar", "Dune", "Fir", "Elm"], preview.Examples.Select(e => e.Name));
    }

    [Fact]
    public async Task Preview_compares_with_the_saved_version_in_force()
    {
        var service = Service();
        var stricter = CrmConfiguration.Default with { HealthModel = CrmConfiguration.Default.HealthModel with { HealthyFrom = 90, WatchFrom = 50 } };
        Assert.True((await service.SaveAsync(stricter, "Stricter")).Succeeded);

        var preview = await service.PreviewAsync(CrmConfiguration.Default);

        Assert.Equal(1, preview.CurrentVersion);
        Assert.Equal([(HealthBand.Watch, HealthBand.Healthy, 1), (HealthBand.AtRisk, HealthBand.Watch, 1)],
            preview.Moves.Where(m => m.From != m.To).Select(m => ((HealthBand?)m.From, (HealthBand?)m.To, m.Accounts)));
    }

    [Fact]
    public async Task An_invalid_candidate_gets_its_errors_and_neither_preview_nor_save_stores_or_recomputes_anything()
    {
        var service = Service();
        var weights = CrmConfiguration.Default.HealthModel.Weights.ToDictionary();
        weights[HealthComponent.Engagement] = -5;
        var invalid = CrmConfiguration.Default with
        {
            HealthModel = CrmConfiguration.Default.HealthModel with { Weights = weights, HealthyFrom = 50, WatchFrom = 60 },
        };

        var preview = await service.PreviewAsync(invalid);
        var saved = await service.SaveAsync(invalid, "Broken");

        Assert.False(preview.IsValid);
        Assert.Equal(0, preview.Accounts);
        Assert.Empty(preview.Moves);
        Assert.Equal(["health_model.weights.engagement", "health_model.weights", "health_model.watch_from"], preview.Errors.Select(e => e.Field));
        Assert.False(saved.Succeeded);
        Assert.Equal(preview.Errors, saved.Errors);
        Assert.Equal(0, _recompute.Requests);
        await using var db = _database.CreateContext();
        Assert.Equal(0, await db.ConfigurationVersions.CountAsync());
        Assert.Equal(0, await db.HealthSnapshots.CountAsync(s => s.Date == HealthModelPreviewDataset.Today));
    }

    [Fact]
    public async Task A_save_that_changes_the_health_model_asks_for_a_recompute_and_one_that_does_not_asks_for_none()
    {
        var service = Service();
        var stricter = CrmConfiguration.Default with { AtRisk = CrmConfiguration.Default.AtRisk with { RenewalWindowDays = 120 } };

        var same = await service.SaveAsync(CrmConfiguration.Default, "The defaults, written down");
        var changed = await service.SaveAsync(stricter, "Longer renewal window");
        var again = await service.SaveAsync(stricter with { }, "Same health settings again");

        Assert.Equal((1, false), (same.Version, same.HealthRecomputeStarted));
        Assert.Equal((2, true), (changed.Version, changed.HealthRecomputeStarted));
        Assert.Equal((3, false), (again.Version, again.HealthRecomputeStarted));
        Assert.Equal(1, _recompute.Requests);
    }

    private static RenewalLikelihoodSettings Likelihood(int healthy, int watch, int atRisk) => new()
    {
        PercentByBand = new Dictionary<HealthBand, int> { [HealthBand.Healthy] = healthy, [HealthBand.Watch] = watch, [HealthBand.AtRisk] = atRisk },
    };
}
