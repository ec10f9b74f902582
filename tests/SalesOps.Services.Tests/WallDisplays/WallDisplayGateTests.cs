using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;
using SalesOps.Core.Security;
using SalesOps.Services.Analytics;
using SalesOps.Services.Configuration;
using SalesOps.Services.Tests.Infrastructure;
using SalesOps.Services.WallDisplays;

namespace SalesOps.Services.Tests.WallDisplays;

/// <summary>
/// What the gate hands a wall: the rotation its token names (else the default), each of that rotation's panels from
/// the analytics service, customer names replaced for public rotations, and a failing panel marked unavailable.
/// </summary>
public sealed class WallDisplayGateTests(SeededSqliteFixture fixture) : IClassFixture<SeededSqliteFixture>
{
    private readonly TestDatabase _database = fixture.Database;

    private AnalyticsService Analytics => new(_database.Factory, _database.Clock, new CrmConfigurationProvider(_database.Factory));

    private WallDisplayGate Gate => new(_database.Factory, _database.Clock, Analytics);

    [Fact]
    public async Task A_token_without_a_rotation_reads_every_panel_of_the_default_rotation_as_the_analytics_service_gives_them()
    {
        var token = await CreateAsync(_database, "Ops floor TV");

        var reading = await Gate.ReadAsync(token);

        Assert.NotNull(reading);
        Assert.Equal(WallDisplaySettings.DefaultRotationName, reading.Rotation.Name);
        Assert.Equal(Enum.GetValues<WallPanel>(), reading.Rotation.Panels);
        Assert.Equal(new WallDisplaySettings().StaleAfterSeconds, reading.StaleAfterSeconds);
        Assert.Equal(TestClock.Now, reading.AsOf);
        Assert.Empty(reading.Panels.Unavailable);
        Assert.Equal(await Analytics.GetOverviewKpisAsync(), reading.Panels.Overview);
        Assert.Equal((await Analytics.GetRenewalsDueAsync()).Windows, reading.Panels.Renewals!.Windows);
        Assert.Equal((await Analytics.GetOpenEscalationsAsync(WallDisplayGate.ListLength)).Longest, reading.Panels.Escalations!.Longest);
        Assert.Equal((await Analytics.GetOverdueHandoffsAsync(WallDisplayGate.ListLength)).MostOverdue, reading.Panels.Handoffs!.MostOverdue);
        Assert.Equal((await Analytics.GetArrAtRiskAsync(WallDisplayGate.ListLength)).Top.Select(r => r.Name), reading.Panels.ArrAtRisk!.Top.Select(r => r.Name));
        Assert.NotNull(reading.Panels.Expansion);
    }

    [Fact]
    public async Task A_token_naming_a_rotation_reads_only_that_rotations_panels()
    {
        var token = await CreateAsync(_database, "Lobby TV", "Reception");

        var reading = await Gate.ReadAsync(token);

        Assert.NotNull(reading);
        Assert.Equal("Reception", reading.Rotation.Name);
        Assert.NotNull(reading.Panels.Overview);
        Assert.NotNull(reading.Panels.Renewals);
        Assert.NotNull(reading.Panels.Expansion);
        Assert.Null(reading.Panels.ArrAtRisk);
        Assert.Null(reading.Panels.Escalations);
        Assert.Null(reading.Panels.Handoffs);
    }

    [Fact]
    public async Task A_rotation_that_hides_names_gets_numbered_customers_in_the_order_shown_and_no_names()
    {
        var hidden = await CreateAsync(_database, "Reception TV", "Reception");
        var named = await CreateAsync(_database, "Sales pit TV");
        await using (var db = _database.CreateContext())
        {
            foreach (var (accountId, minutesAgo) in new[] { (5, 30), (6, 20), (5, 10) })
            {
                db.ExpansionSignals.Add(new ExpansionSignal
                {
                    AccountId = accountId, Trigger = ExpansionTrigger.HighSatisfaction, Source = SignalSource.Logged, Status = SignalStatus.Logged,
                    Sentiment = Sentiment.Positive, LoggedAt = TestClock.Now.AddMinutes(-minutesAgo), Version = Guid.NewGuid(),
                });
            }

            await db.SaveChangesAsync();
        }

        var shown = (await Gate.ReadAsync(hidden))!.Panels.Expansion!.Latest;
        var plain = (await Gate.ReadAsync(named))!.Panels.Expansion!.Latest;

        Assert.Equal(plain.Select(s => s.SignalId), shown.Select(s => s.SignalId));
        // Latest first: account 5 (10 min ago), account 6, account 5 again — the same account keeps its number.
        Assert.Equal(["Customer 1", "Customer 2", "Customer 1"], shown.Take(3).Select(s => s.AccountName));
        await using var check = _database.CreateContext();
        var names = await check.Accounts.Where(a => a.Id == 5 || a.Id == 6).ToDictionaryAsync(a => a.Id, a => a.Name);
        Assert.Equal([names[5], names[6], names[5]], plain.Take(3).Select(s => s.AccountName));
        Assert.DoesNotContain(shown, s => names.ContainsValue(s.AccountName));
    }

    [Fact]
    public void Customer_numbers_are_shared_across_the_panels_of_one_reading()
    {
        var now = TestClock.Now;
        var data = new WallPanelData
        {
            ArrAtRisk = new ArrAtRiskSummary(2, 10m, 20m,
                [new AtRiskRow(7, "Northwind", Segment.MidMarket, 1m, 1m, DateOnly.MinValue, null, null, 30, HealthBand.AtRisk, []),
                 new AtRiskRow(8, "Contoso", Segment.MidMarket, 1m, 1m, DateOnly.MinValue, null, null, 30, HealthBand.AtRisk, [])], now),
            Handoffs = new OverdueHandoffs(1, 1, 14, [new OverdueHandoff(1, 8, "Contoso", "Casey", HandoffStage.PreHandoff, now, 3)], now),
        };

        var hidden = CustomerAliases.Hide(data, [WallPanel.OverviewKpis, WallPanel.HandoffsOverdue, WallPanel.ArrAtRisk]);

        // The handoffs panel comes first in this rotation, so Contoso is customer 1 on both panels.
        Assert.Equal("Customer 1", hidden.Handoffs!.MostOverdue[0].AccountName);
        Assert.Equal(["Customer 2", "Customer 1"], hidden.ArrAtRisk!.Top.Select(r => r.Name));
        Assert.Equal("Casey", hidden.Handoffs.MostOverdue[0].CsmName);
    }

    [Fact]
    public async Task A_panel_whose_figures_cannot_be_read_is_marked_unavailable_and_the_others_are_read()
    {
        await using var database = SqliteTestDatabase.Create();
        await database.MigrateAsync();
        var token = await CreateAsync(database, "Broken TV");
        await using (var db = database.CreateContext())
        {
            // A real failure: the handoff queries find no table.
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"Handoffs\" RENAME TO \"Handoffs_gone\"");
        }

        var gate = new WallDisplayGate(database.Factory, database.Clock,
            new AnalyticsService(database.Factory, database.Clock, new CrmConfigurationProvider(database.Factory)));
        var reading = await gate.ReadAsync(token);

        Assert.NotNull(reading);
        Assert.Equal([WallPanel.HandoffsOverdue], reading.Panels.Unavailable);
        Assert.False(reading.Panels.IsAvailable(WallPanel.HandoffsOverdue));
        Assert.Null(reading.Panels.Handoffs);
        Assert.NotNull(reading.Panels.Overview);
        Assert.NotNull(reading.Panels.Expansion);
    }

    private static async Task<string> CreateAsync(TestDatabase database, string name, string? rotation = null)
    {
        var service = new WallDisplayService(database.Factory, database.Clock, TestUsers.WithRole(AppRoles.OpsManager), new CrmConfigurationProvider(database.Factory));
        var created = await service.CreateAsync(name, null);
        Assert.True(created.Succeeded, created.Error);
        if (rotation is not null)
        {
            var set = await service.SetRotationAsync(created.Info!.Id, rotation);
            Assert.True(set.Succeeded, set.Error);
        }

        return created.Token!;
    }
}
