using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SalesOps.Core.Domain;
using SalesOps.Services.Events;
using SalesOps.Services.Health;
using SalesOps.Services.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SalesOps.Services.Tests.Health;

/// <summary>The history written on a first start, over the demo company.</summary>
public sealed class HealthBackfillTests(SeededSqliteFixture fixture, ITestOutputHelper output) : IClassFixture<SeededSqliteFixture>
{
    private readonly TestDatabase _database = fixture.Database;

    [Fact]
    public async Task First_start_writes_13_weekly_snapshots_per_account_and_the_demo_data_spreads_over_the_bands()
    {
        var now = _database.Clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var service = new HealthRecomputeService(HealthTestServices.Snapshots(_database), _database.Factory,
            Options.Create(new HealthOptions()), new InProcessEventBus(NullLogger<InProcessEventBus>.Instance), _database.Clock,
            NullLogger<HealthRecomputeService>.Instance);

        await service.CatchUpAsync(CancellationToken.None);

        var expectedDates = Enumerable.Range(0, 13).Select(w => today.AddDays(-7 * w)).OrderBy(d => d).ToList();
        await using var db = _database.CreateContext();
        var accounts = await db.Accounts.AsNoTracking().ToListAsync();
        var snapshots = (await db.HealthSnapshots.AsNoTracking().ToListAsync()).ToLookup(s => s.AccountId);
        foreach (var account in accounts)
        {
            // No health before the account was a customer: accounts younger than 12 weeks have fewer snapshots.
            var dates = snapshots[account.Id].Select(s => s.Date).OrderBy(d => d).ToList();
            Assert.Equal(expectedDates.Where(d => d >= account.ContractStart), dates);
        }

        Assert.True(accounts.Count(a => a.ContractStart <= expectedDates[0]) >= accounts.Count * 3 / 4, "most demo accounts have the full 13 weeks");

        var latest = snapshots.SelectMany(g => g).Where(s => s.Date == today).ToList();
        Assert.All(latest, s => Assert.Equal(s.Score, accounts.Single(a => a.Id == s.AccountId).Health.Score));
        var bands = latest.GroupBy(s => s.Band).ToDictionary(g => g.Key, g => g.Count());
        var atRisk = latest.Count(s => s.IsAtRisk);
        output.WriteLine($"Bands today over {latest.Count} accounts: Healthy {bands.GetValueOrDefault(HealthBand.Healthy)}, " +
            $"Watch {bands.GetValueOrDefault(HealthBand.Watch)}, At risk {bands.GetValueOrDefault(HealthBand.AtRisk)}; flagged at risk (any rule): {atRisk}");
        foreach (var low in latest.OrderBy(s => s.Score).Take(3))
        {
            output.WriteLine($"lowest: {low.Score} (adoption {low.ProductAdoption}, support {low.SupportExperience}, engagement {low.Engagement}, " +
                $"sentiment {low.Sentiment}, commercial {low.Commercial}, confidence {low.Confidence})");
        }

        foreach (var date in expectedDates)
        {
            var day = snapshots.SelectMany(g => g).Where(s => s.Date == date).ToList();
            output.WriteLine($"{date:yyyy-MM-dd}: n={day.Count} avg={day.Average(s => s.Score):0.0} H={day.Count(s => s.Band == HealthBand.Healthy)} W={day.Count(s => s.Band == HealthBand.Watch)} R={day.Count(s => s.Band == HealthBand.AtRisk)} flagged={day.Count(s => s.IsAtRisk)}");
        }

        Assert.True(bands.GetValueOrDefault(HealthBand.Watch) + bands.GetValueOrDefault(HealthBand.AtRisk) >= latest.Count / 10.0,
            "at least 10 % of the demo accounts are on Watch or At risk");
        Assert.True(bands.GetValueOrDefault(HealthBand.Healthy) >= latest.Count * 0.4, "at least 40 % of the demo accounts are Healthy");
        Assert.InRange(atRisk, 1, latest.Count - 1);

        // A second start the same day finds today's snapshots and writes nothing new.
        var before = await db.HealthSnapshots.CountAsync();
        await service.CatchUpAsync(CancellationToken.None);
        Assert.Equal(before, await db.HealthSnapshots.CountAsync());
    }

    [Fact]
    public void A_recompute_interval_of_zero_is_refused_at_start_up()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Health:RecomputeInterval"] = "00:00:00" }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddHealthServices();
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<HealthOptions>>().Value);
        Assert.Contains("Health:RecomputeInterval", error.Message, StringComparison.Ordinal);
    }
}
