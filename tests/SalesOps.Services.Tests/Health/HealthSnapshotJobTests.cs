using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Domain;
using SalesOps.Core.Health;
using SalesOps.Services.Accounts;
using SalesOps.Services.Health;
using SalesOps.Services.Tests.Infrastructure;

namespace SalesOps.Services.Tests.Health;

/// <summary>The snapshot job on the demo company: one snapshot per account and day, recompute after a ticket changes, the drop rule.</summary>
public sealed class HealthSnapshotJobTests(SeededSqliteFixture fixture) : IClassFixture<SeededSqliteFixture>
{
    private readonly TestDatabase _database = fixture.Database;

    private DateOnly Today => DateOnly.FromDateTime(_database.Clock.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task Recompute_writes_one_snapshot_per_account_and_a_second_run_the_same_day_replaces_it()
    {
        var snapshots = HealthTestServices.Snapshots(_database);
        var accounts = await QueryAsync(db => db.Accounts.CountAsync(a => a.ContractStart <= Today));

        var first = await snapshots.RecomputeAllAsync(_database.Clock.GetUtcNow());
        var firstComputedAt = _database.Clock.GetUtcNow();
        _database.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await snapshots.RecomputeAllAsync(_database.Clock.GetUtcNow());

        Assert.Equal(accounts, first);
        Assert.Equal(accounts, second);
        await using var db = _database.CreateContext();
        var today = await db.HealthSnapshots.AsNoTracking().Where(s => s.Date == Today).ToListAsync();
        Assert.Equal(accounts, today.Count);
        Assert.Equal(accounts, today.Select(s => s.AccountId).Distinct().Count());
        Assert.All(today, s => Assert.True(s.ComputedAt > firstComputedAt, "the second run replaced the first"));

        var rows = await db.Accounts.AsNoTracking().Where(a => a.ContractStart <= Today).ToDictionaryAsync(a => a.Id);
        Assert.All(today, s =>
        {
            var health = rows[s.AccountId].Health;
            Assert.Equal(s.Score, health.Score);
            Assert.Equal(s.Band, health.Band);
            Assert.Equal(s.Confidence, health.Confidence);
            Assert.Equal(s.IsAtRisk, health.IsAtRisk);
            Assert.Equal(s.ComputedAt, health.ComputedAt);
            Assert.Equal(s.IsAtRisk, HealthSnapshotJson.ReadReasons(s.AtRiskReasons).Count > 0);
            Assert.Equal(5, HealthSnapshotJson.ReadExplanation(s.Explanation).Count);
        });
    }

    [Fact]
    public async Task A_new_open_escalation_lowers_the_support_score_and_adds_the_open_escalation_reason_once_tickets_refresh()
    {
        var snapshots = HealthTestServices.Snapshots(_database);
        var accountId = await QueryAsync(db => db.Accounts
            .Where(a => !a.Support.HasOpenEscalation && a.Support.EscalationsLast90Days == 0 && a.Tickets.Any() && a.ContractStart <= Today)
            .OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
        await snapshots.RecomputeAccountsAsync([accountId]);
        var before = await TodaysSnapshotAsync(accountId);
        Assert.DoesNotContain(HealthSnapshotJson.ReadReasons(before.AtRiskReasons), r => r.Rule == AtRiskRule.OpenEscalation);

        var now = _database.Clock.GetUtcNow();
        await using (var db = _database.CreateContext())
        {
            db.SupportTickets.Add(new SupportTicket
            {
                AccountId = accountId, Subject = "Production outage", Priority = TicketPriority.Urgent, Status = TicketStatus.Open,
                CreatedAt = now.AddHours(-3), UpdatedAt = now, EscalatedAt = now.AddHours(-1), EscalationReason = "Outage",
            });
            await db.SaveChangesAsync();
        }

        // What the change worker runs for a ticket change: support fields, then health.
        await new SupportFieldsService(_database.Factory, _database.Clock, snapshots).RefreshAsync([accountId]);

        var after = await TodaysSnapshotAsync(accountId);
        Assert.True(after.SupportExperience < before.SupportExperience, $"support {after.SupportExperience} should be below {before.SupportExperience}");
        Assert.True(after.Score <= before.Score);
        Assert.True(after.IsAtRisk);
        Assert.Contains(HealthSnapshotJson.ReadReasons(after.AtRiskReasons), r => r.Rule == AtRiskRule.OpenEscalation);
        var account = await QueryAsync(db => db.Accounts.AsNoTracking().SingleAsync(a => a.Id == accountId));
        Assert.True(account.Health.IsAtRisk);
        Assert.Equal(after.Score, account.Health.Score);
    }

    [Fact]
    public async Task The_drop_rule_fires_when_the_snapshot_a_window_ago_was_15_points_higher_and_not_at_14()
    {
        var snapshots = HealthTestServices.Snapshots(_database);
        var ids = await QueryAsync(db => db.Accounts.Where(a => a.ContractStart <= Today).OrderByDescending(a => a.Id).Select(a => a.Id).Take(12).ToListAsync());
        await snapshots.RecomputeAccountsAsync(ids);
        var current = await QueryAsync(db => db.HealthSnapshots.AsNoTracking().Where(s => ids.Contains(s.AccountId) && s.Date == Today && s.Score <= 85)
            .OrderBy(s => s.AccountId).Take(2).ToListAsync());
        Assert.Equal(2, current.Count);
        var (dropped, steady) = (current[0], current[1]);

        await using (var db = _database.CreateContext())
        {
            // Exactly the window (30 days) back: the latest snapshot on or before that day is the one compared.
            db.HealthSnapshots.Add(Earlier(dropped.AccountId, Today.AddDays(-30), dropped.Score + 15));
            db.HealthSnapshots.Add(Earlier(steady.AccountId, Today.AddDays(-30), steady.Score + 14));
            // Newer than the window: not what the rule compares with.
            db.HealthSnapshots.Add(Earlier(steady.AccountId, Today.AddDays(-20), Math.Min(100, steady.Score + 40)));
            await db.SaveChangesAsync();
        }

        await snapshots.RecomputeAccountsAsync([dropped.AccountId, steady.AccountId]);

        var droppedReasons = HealthSnapshotJson.ReadReasons((await TodaysSnapshotAsync(dropped.AccountId)).AtRiskReasons);
        var drop = Assert.Single(droppedReasons, r => r.Rule == AtRiskRule.ScoreDrop);
        Assert.Contains("fell 15 points", drop.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(HealthSnapshotJson.ReadReasons((await TodaysSnapshotAsync(steady.AccountId)).AtRiskReasons), r => r.Rule == AtRiskRule.ScoreDrop);
        Assert.True((await QueryAsync(db => db.Accounts.AsNoTracking().SingleAsync(a => a.Id == dropped.AccountId))).Health.IsAtRisk);
    }

    private static HealthSnapshot Earlier(int accountId, DateOnly date, int score) => new()
    {
        AccountId = accountId, Date = date, Score = score, Band = HealthBand.Healthy, Confidence = 100, ComputedAt = TestClock.Now,
    };

    private async Task<HealthSnapshot> TodaysSnapshotAsync(int accountId)
    {
        await using var db = _database.CreateContext();
        return await db.HealthSnapshots.AsNoTracking().SingleAsync(s => s.AccountId == accountId && s.Date == Today);
    }

    private async Task<T> QueryAsync<T>(Func<Data.SalesOpsDbContext, Task<T>> query)
    {
        await using var db = _database.CreateContext();
        return await query(db);
    }
}
