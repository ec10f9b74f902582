using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Domain;
using SalesOps.Services.Analytics;
using SalesOps.Services.Configuration;
using SalesOps.Services.Security;
using SalesOps.Services.Tests.Infrastructure;
using SalesOps.Services.Tests.WallDisplays;

namespace SalesOps.Services.Tests.Analytics;

/// <summary>
/// The wall panels' figures agree with counting the rows one by one, and with the same figures where other pages
/// show them (overview KPIs, portfolio summary, handoff metrics).
/// </summary>
public sealed class WallPanelAnalyticsTests(SeededSqliteFixture fixture) : IClassFixture<SeededSqliteFixture>
{
    private readonly TestDatabase _database = fixture.Database;

    private AnalyticsService Analytics => new(_database.Factory, _database.Clock, new CrmConfigurationProvider(_database.Factory));

    private static DateOnly Today => DateOnly.FromDateTime(TestClock.Now.UtcDateTime);

    [Fact]
    public async Task The_overview_KPIs_alone_are_the_overview_pages_KPIs()
    {
        var kpis = await Analytics.GetOverviewKpisAsync();

        Assert.Equal((await Analytics.GetOverviewAsync()).Kpis, kpis);
        Assert.True(kpis.Portfolio.Accounts > 0);
    }

    [Fact]
    public async Task ARR_at_risk_matches_the_overview_and_lists_the_accounts_with_most_at_stake_first()
    {
        var risk = await Analytics.GetArrAtRiskAsync(3);

        var kpis = await Analytics.GetOverviewKpisAsync();
        Assert.Equal(kpis.AtRiskAccounts, risk.AtRiskAccounts);
        Assert.Equal(kpis.ArrAtRisk, risk.ArrAtRisk);
        Assert.Equal(kpis.ArrOfAtRiskAccounts, risk.ArrOfAtRiskAccounts);
        await using var db = _database.CreateContext();
        var expected = await db.Accounts.AsNoTracking().Where(a => a.Lifecycle != Lifecycle.Churned && a.Health.IsAtRisk)
            .Select(a => new { a.Id, a.Name, a.Health.ArrAtStake }).ToListAsync();
        Assert.Equal(
            expected.OrderByDescending(a => a.ArrAtStake).ThenBy(a => a.Name).ThenBy(a => a.Id).Take(3).Select(a => a.Id),
            risk.Top.Select(r => r.AccountId));
    }

    [Fact]
    public async Task Renewal_windows_count_the_live_accounts_renewing_from_today_and_the_90_day_window_is_the_summarys()
    {
        var due = await Analytics.GetRenewalsDueAsync();

        await using var db = _database.CreateContext();
        var live = await db.Accounts.AsNoTracking().Where(a => a.Lifecycle != Lifecycle.Churned)
            .Select(a => new { a.RenewalDate, a.Arr, a.Health.IsAtRisk, a.Health.ArrAtStake }).ToListAsync();
        Assert.Equal([30, 60, 90], due.Windows.Select(w => w.Days));
        foreach (var window in due.Windows)
        {
            var within = live.Where(a => a.RenewalDate >= Today && a.RenewalDate <= Today.AddDays(window.Days)).ToList();
            Assert.Equal(within.Count, window.Renewals);
            Assert.Equal((double)within.Sum(a => a.Arr), (double)window.Arr, 0.01);
            Assert.Equal(within.Count(a => a.IsAtRisk), window.AtRiskRenewals);
            Assert.Equal((double)within.Where(a => a.IsAtRisk).Sum(a => a.ArrAtStake), (double)window.ArrAtRisk, 0.01);
        }

        var summary = await Analytics.GetPortfolioSummaryAsync();
        Assert.Equal(summary.RenewalsNext90Days, due.Windows[^1].Renewals);
        Assert.Equal(summary.RenewalArrNext90Days, due.Windows[^1].Arr);
        Assert.True(due.Windows[0].Renewals > 0 && due.Windows[0].Renewals <= due.Windows[1].Renewals, "The demo company renews something within 30 days.");
    }

    [Fact]
    public async Task Open_escalations_are_the_summarys_and_list_the_accounts_escalated_longest_first()
    {
        var escalations = await Analytics.GetOpenEscalationsAsync(4);

        await using var db = _database.CreateContext();
        var open = await db.SupportTickets.AsNoTracking()
            .Where(t => t.Status != TicketStatus.Solved && t.Status != TicketStatus.Closed && t.EscalatedAt != null)
            .Select(t => new { t.AccountId, EscalatedAt = t.EscalatedAt!.Value }).ToListAsync();
        var byAccount = open.Where(t => t.AccountId != null).GroupBy(t => t.AccountId!.Value)
            .Select(g => new { AccountId = g.Key, Count = g.Count(), Since = g.Min(t => t.EscalatedAt) })
            .OrderBy(g => g.Since).ThenBy(g => g.AccountId).ToList();
        Assert.Equal((await Analytics.GetPortfolioSummaryAsync()).OpenEscalations, escalations.Tickets);
        Assert.Equal(open.Count, escalations.Tickets);
        Assert.Equal(byAccount.Count, escalations.Accounts);
        Assert.Equal(byAccount.Take(4).Select(g => (g.AccountId, g.Count, g.Since)),
            escalations.Longest.Select(a => (a.AccountId, a.Escalations, a.EscalatedSince)));
        Assert.NotEmpty(escalations.Longest);
    }

    [Fact]
    public async Task Expansion_this_week_counts_the_signals_since_monday_midnight_UTC_and_lists_the_latest()
    {
        var week = await Analytics.GetExpansionThisWeekAsync(3);

        // TestClock.Now is Monday 2 March 2026, 09:30 UTC.
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero), week.WeekStart);
        await using var db = _database.CreateContext();
        var signals = await db.ExpansionSignals.AsNoTracking().Where(s => s.LoggedAt >= week.WeekStart)
            .Select(s => new { s.Id, s.Trigger, s.Status, s.EstimatedArr, s.LoggedAt }).ToListAsync();
        Assert.Equal(signals.Count, week.Signals);
        Assert.Equal(signals.Count(s => s.Status is not (SignalStatus.OpportunityCreated or SignalStatus.Dismissed)), week.Open);
        Assert.Equal((double)signals.Sum(s => s.EstimatedArr ?? 0m), (double)week.EstimatedArr, 0.01);
        Assert.Equal(signals.Count, week.ByTrigger.Sum(t => t.Signals));
        Assert.Equal(Enum.GetValues<ExpansionTrigger>().Length, week.ByTrigger.Count);
        Assert.Equal(signals.OrderByDescending(s => s.LoggedAt).ThenByDescending(s => s.Id).Take(3).Select(s => s.Id), week.Latest.Select(s => s.SignalId));
    }

    [Theory]
    [InlineData("2026-03-02T00:00:00Z", "2026-03-02T00:00:00Z")]
    [InlineData("2026-03-08T23:59:59Z", "2026-03-02T00:00:00Z")]
    [InlineData("2026-03-09T00:00:00Z", "2026-03-09T00:00:00Z")]
    [InlineData("2026-03-04T12:00:00+05:00", "2026-03-02T00:00:00Z")]
    public void The_week_starts_on_monday_at_midnight_UTC(string now, string monday) =>
        Assert.Equal(DateTimeOffset.Parse(monday, System.Globalization.CultureInfo.InvariantCulture),
            AnalyticsService.WeekStart(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public async Task Overdue_handoffs_are_the_handoff_metrics_overdue_ones_most_overdue_first()
    {
        // Two handoffs in progress well past the SLA, so the list has something to order.
        await using (var setup = _database.CreateContext())
        {
            var open = await setup.Handoffs.OrderBy(h => h.Id).Take(2).ToListAsync();
            Assert.Equal(2, open.Count);
            foreach (var (handoff, daysAgo) in open.Zip([40, 60]))
            {
                handoff.Status = HandoffStatus.InProgress;
                handoff.CompletedAt = null;
                handoff.ClosedWonAt = TestClock.Now.AddDays(-daysAgo);
            }

            await setup.SaveChangesAsync();
        }

        var overdue = await Analytics.GetOverdueHandoffsAsync(3);

        var metrics = await Analytics.GetHandoffMetricsAsync();
        Assert.Equal(metrics.InProgress, overdue.InProgress);
        Assert.Equal(metrics.Overdue, overdue.Overdue);
        Assert.Equal(metrics.SlaDays, overdue.SlaDays);
        await using var db = _database.CreateContext();
        var late = await db.Handoffs.AsNoTracking()
            .Where(h => h.Status == HandoffStatus.InProgress)
            .Select(h => new { h.Id, h.ClosedWonAt }).ToListAsync();
        var expected = late.Where(h => h.ClosedWonAt < TestClock.Now.AddDays(-overdue.SlaDays)).OrderBy(h => h.ClosedWonAt).ThenBy(h => h.Id).Take(3).ToList();
        Assert.Equal(expected.Select(h => h.Id), overdue.MostOverdue.Select(h => h.HandoffId));
        Assert.All(overdue.MostOverdue, h => Assert.Equal((int)(TestClock.Now - h.ClosedWonAt).TotalDays - overdue.SlaDays, h.DaysOverdue));
        Assert.True(overdue.MostOverdue.Count >= 2);
        Assert.Equal(60 - overdue.SlaDays, overdue.MostOverdue[0].DaysOverdue);
    }

    [Fact]
    public async Task Lists_are_never_longer_than_the_short_list_limit()
    {
        var risk = await Analytics.GetArrAtRiskAsync(int.MaxValue);
        var latest = await Analytics.GetExpansionThisWeekAsync(-3);

        Assert.True(risk.Top.Count <= AnalyticsService.MaxShortListLength);
        Assert.Empty(latest.Latest);
    }

    [Fact]
    public async Task Anonymous_callers_are_refused_the_wall_figures()
    {
        var anonymous = ServiceAccess.Wrap<IAnalyticsService>(Analytics, TestUsers.Anonymous());

        await Assert.ThrowsAsync<AccessDeniedException>(() => anonymous.GetOverviewKpisAsync());
        await Assert.ThrowsAsync<AccessDeniedException>(() => anonymous.GetArrAtRiskAsync());
        await Assert.ThrowsAsync<AccessDeniedException>(() => anonymous.GetRenewalsDueAsync());
        await Assert.ThrowsAsync<AccessDeniedException>(() => anonymous.GetOpenEscalationsAsync());
        await Assert.ThrowsAsync<AccessDeniedException>(() => anonymous.GetExpansionThisWeekAsync());
        await Assert.ThrowsAsync<AccessDeniedException>(() => anonymous.GetOverdueHandoffsAsync());
    }
}
