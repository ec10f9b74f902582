using SalesOps.Core.Domain;
using SalesOps.Core.Health;
using SalesOps.Core.Security;
using SalesOps.Services.Analytics;
using SalesOps.Services.Security;
using SalesOps.Services.Tests.Infrastructure;
using SalesOps.Services.Tests.WallDisplays;

namespace SalesOps.Services.Tests.Analytics;

/// <summary>The hand-made portfolio in a SQLite file, shared by the tests of the class (they only read).</summary>
public sealed class HealthAnalyticsSqliteFixture : IAsyncLifetime
{
    public SqliteTestDatabase Database { get; } = SqliteTestDatabase.Create();

    public HealthAnalyticsDataset Set { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Database.MigrateAsync();
        Set = await HealthAnalyticsDataset.CreateAsync(Database);
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();
}

public sealed class HealthAnalyticsTests(HealthAnalyticsSqliteFixture fixture) : IClassFixture<HealthAnalyticsSqliteFixture>
{
    private readonly TestDatabase _database = fixture.Database;
    private readonly HealthAnalyticsDataset _set = fixture.Set;

    private AnalyticsService Analytics => HealthAnalyticsChecks.Service(_database);

    [Fact]
    public Task Overview_kpis_equal_the_hand_worked_numbers() =>
        HealthAnalyticsChecks.OverviewKpisMatchTheHandWorkedNumbersAsync(_database);

    [Fact]
    public Task Overview_bands_trend_and_top_at_risk_equal_the_hand_worked_numbers() =>
        HealthAnalyticsChecks.BandsTrendAndTopAtRiskMatchTheHandWorkedNumbersAsync(_database, _set);

    [Fact]
    public Task At_risk_list_is_sorted_by_ARR_at_stake_with_the_latest_reasons_in_words() =>
        HealthAnalyticsChecks.AtRiskListIsSortedByArrAtStakeWithReasonsInWordsAsync(_database, _set);

    [Fact]
    public Task At_risk_filters_keep_exactly_the_matching_accounts() =>
        HealthAnalyticsChecks.AtRiskFiltersKeepTheMatchingAccountsAsync(_database, _set);

    [Fact]
    public Task At_risk_sorts_and_pages() =>
        HealthAnalyticsChecks.AtRiskSortsAndPagesInTheDatabaseAsync(_database, _set);

    [Fact]
    public async Task At_risk_CSV_has_a_header_and_one_quoted_row_per_account_in_list_order()
    {
        var csv = await Analytics.GetAtRiskCsvAsync(new AtRiskQuery { PageSize = 1 });
        var lines = csv.Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(
            [
                "Account id,Account,Segment,ARR,ARR at stake,Renewal date,CSM,Owner,Health score,Band,Reasons",
                $"{_set.Alpha},\"Alpha, Inc.\",Enterprise,100000,60000,2026-04-01,Casey Csm,Olive Ae,30,At risk,{HealthAnalyticsDataset.AlphaBandReason}; {HealthAnalyticsDataset.AlphaRenewalReason}",
                $"{_set.Bravo},Bravo,Mid-Market,50000,15000,2026-09-18,Dana Csm,Olive Ae,55,Watch,{HealthAnalyticsDataset.BravoDropReason}",
                $"{_set.Charlie},Charlie,SMB,20000,2000,2026-05-01,Casey Csm,Pat Ae,80,Healthy,{HealthAnalyticsDataset.CharlieEscalationReason}",
            ],
            lines);
    }

    [Fact]
    public async Task At_risk_CSV_applies_the_filters()
    {
        var csv = await Analytics.GetAtRiskCsvAsync(new AtRiskQuery { Reason = AtRiskRule.OpenEscalation });
        var lines = csv.Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"{_set.Charlie},Charlie,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Account_health_explains_components_in_words_and_names_the_biggest_mover_over_30_days()
    {
        var health = await Analytics.GetAccountHealthAsync(_set.Alpha);
        var today = HealthAnalyticsDataset.Today;

        Assert.NotNull(health);
        Assert.Equal((30, (HealthBand?)HealthBand.AtRisk, 80, true), (health.Score, health.Band, health.Confidence, health.IsAtRisk));
        Assert.Equal(
            [HealthComponent.ProductAdoption, HealthComponent.SupportExperience, HealthComponent.Engagement, HealthComponent.Sentiment, HealthComponent.Commercial],
            health.Components.Select(c => c.Component));
        var support = health.Components[1];
        Assert.Equal(40, support.Score);
        Assert.Equal(["2 escalations in 90 days", "1 open escalation"], support.Used);
        var engagement = health.Components[2];
        Assert.Null(engagement.Score);
        Assert.Equal(["meetings", "activities"], engagement.Missing);
        // The newest snapshot at least 30 days before the latest is the one of 35 days ago: support fell 80 → 40.
        Assert.Equal(new HealthMover(HealthComponent.SupportExperience, 80, 40, today.AddDays(-35), today), health.BiggestMover);
        Assert.Equal(-40, health.BiggestMover!.Change);
        Assert.Equal([60d, 45d, 40d, 30d], health.Trend.Select(p => p.Score));
        Assert.Equal(2, health.Reasons.Count);
    }

    [Fact]
    public async Task Account_without_snapshots_is_not_scored_and_an_unknown_account_is_null()
    {
        var echo = await Analytics.GetAccountHealthAsync(_set.Echo);

        Assert.NotNull(echo);
        Assert.False(echo.IsScored);
        Assert.Empty(echo.Components);
        Assert.Null(echo.BiggestMover);
        Assert.Null(await Analytics.GetAccountHealthAsync(int.MaxValue));
    }

    [Fact]
    public async Task Anonymous_callers_are_refused_every_health_read()
    {
        var anonymous = ServiceAccess.Wrap<IAnalyticsService>(Analytics, TestUsers.Anonymous());

        await Assert.ThrowsAsync<AccessDeniedException>(() => anonymous.GetOverviewAsync());
        await Assert.ThrowsAsync<AccessDeniedException>(() => anonymous.GetAtRiskAsync(new AtRiskQuery()));
        await Assert.ThrowsAsync<AccessDeniedException>(() => anonymous.GetAtRiskCsvAsync(new AtRiskQuery()));
        await Assert.ThrowsAsync<AccessDeniedException>(() => anonymous.GetAccountHealthAsync(_set.Alpha));
        var viewer = ServiceAccess.Wrap<IAnalyticsService>(Analytics, TestUsers.WithRole(AppRoles.Viewer));
        Assert.Equal(3, (await viewer.GetAtRiskAsync(new AtRiskQuery())).TotalCount);
    }

    [Fact]
    public async Task With_no_account_scored_the_overview_says_health_is_not_there_yet()
    {
        await using var empty = SqliteTestDatabase.Create();
        await empty.MigrateAsync();

        var overview = await HealthAnalyticsChecks.Service(empty).GetOverviewAsync();

        Assert.False(overview.HasHealth);
        Assert.Null(overview.Kpis.AverageHealth);
        Assert.Empty(overview.Trend);
        Assert.Empty(overview.TopAtRisk);
    }
}

[Collection(PostgresGroup.Name)]
public sealed class PostgresHealthAnalyticsTests
{
    [PostgresFact]
    public async Task Overview_and_at_risk_list_equal_the_hand_worked_numbers_on_PostgreSQL()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await database.MigrateAsync();
        var set = await HealthAnalyticsDataset.CreateAsync(database);

        await HealthAnalyticsChecks.OverviewKpisMatchTheHandWorkedNumbersAsync(database);
        await HealthAnalyticsChecks.BandsTrendAndTopAtRiskMatchTheHandWorkedNumbersAsync(database, set);
        await HealthAnalyticsChecks.AtRiskListIsSortedByArrAtStakeWithReasonsInWordsAsync(database, set);
        await HealthAnalyticsChecks.AtRiskFiltersKeepTheMatchingAccountsAsync(database, set);
        await HealthAnalyticsChecks.AtRiskSortsAndPagesInTheDatabaseAsync(database, set);
    }
}
