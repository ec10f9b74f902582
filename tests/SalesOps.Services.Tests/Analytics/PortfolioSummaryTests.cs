using SalesOps.Services.Configuration;
using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Domain;
using SalesOps.Core.Security;
using SalesOps.Services.Analytics;
using SalesOps.Services.Security;
using SalesOps.Services.Tests.Infrastructure;
using SalesOps.Services.Tests.WallDisplays;

namespace SalesOps.Services.Tests.Analytics;

/// <summary>The portfolio summary agrees with counting the rows one by one, and is read only by people who may see customers.</summary>
public sealed class PortfolioSummaryTests(SeededSqliteFixture fixture) : IClassFixture<SeededSqliteFixture>
{
    private readonly TestDatabase _database = fixture.Database;

    private AnalyticsService Analytics => new(_database.Factory, _database.Clock, new CrmConfigurationProvider(_database.Factory));

    [Fact]
    public async Task Summary_matches_counts_and_sums_taken_row_by_row()
    {
        var summary = await Analytics.GetPortfolioSummaryAsync();

        await using var db = _database.CreateContext();
        var accounts = await db.Accounts.AsNoTracking().Select(a => new { a.Lifecycle, a.Arr, a.RenewalDate }).ToListAsync();
        var tickets = await db.SupportTickets.AsNoTracking().Select(t => new { t.Status, t.EscalatedAt }).ToListAsync();
        var signals = await db.ExpansionSignals.AsNoTracking().Select(s => s.Status).ToListAsync();
        var today = DateOnly.FromDateTime(TestClock.Now.UtcDateTime);
        var live = accounts.Where(a => a.Lifecycle != Lifecycle.Churned).ToList();
        var renewing = live.Where(a => a.RenewalDate >= today && a.RenewalDate <= today.AddDays(90)).ToList();
        var open = tickets.Where(t => t.Status is not (TicketStatus.Solved or TicketStatus.Closed)).ToList();

        Assert.Equal(live.Count, summary.Accounts);
        Assert.Equal((double)live.Sum(a => a.Arr), (double)summary.TotalArr, 0.01);
        Assert.Equal(open.Count, summary.OpenTickets);
        Assert.Equal(open.Count(t => t.EscalatedAt != null), summary.OpenEscalations);
        Assert.Equal(renewing.Count, summary.RenewalsNext90Days);
        Assert.Equal((double)renewing.Sum(a => a.Arr), (double)summary.RenewalArrNext90Days, 0.01);
        Assert.Equal(signals.Count(s => s is not (SignalStatus.OpportunityCreated or SignalStatus.Dismissed)), summary.OpenExpansionSignals);
        Assert.Equal(TestClock.Now, summary.AsOf);
    }

    [Fact]
    public async Task The_demo_company_gives_every_number_something_to_count()
    {
        // Guards the test above: a summary of zeros would agree with zero rows.
        var summary = await Analytics.GetPortfolioSummaryAsync();

        Assert.True(summary.Accounts > 0 && summary.TotalArr > 0 && summary.OpenTickets > 0 && summary.RenewalsNext90Days > 0,
            $"Unexpectedly empty summary: {summary}");
        Assert.True(summary.OpenEscalations > 0 || summary.OpenExpansionSignals > 0, $"Unexpectedly empty summary: {summary}");
    }

    [Fact]
    public async Task An_account_that_churns_leaves_the_customer_count_and_ARR()
    {
        var before = await Analytics.GetPortfolioSummaryAsync();
        await using var db = _database.CreateContext();
        var account = await db.Accounts.AsNoTracking().Where(a => a.Lifecycle != Lifecycle.Churned && a.Arr > 0)
            .OrderBy(a => a.Id).Select(a => new { a.Id, a.Lifecycle, a.Arr }).FirstAsync();
        await db.Accounts.Where(a => a.Id == account.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Lifecycle, Lifecycle.Churned));
        try
        {
            var after = await Analytics.GetPortfolioSummaryAsync();

            Assert.Equal(before.Accounts - 1, after.Accounts);
            Assert.Equal((double)(before.TotalArr - account.Arr), (double)after.TotalArr, 0.01);
        }
        finally
        {
            await db.Accounts.Where(a => a.Id == account.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Lifecycle, account.Lifecycle));
        }
    }

    [Fact]
    public async Task Anonymous_callers_are_refused_and_every_role_may_read()
    {
        var anonymous = ServiceAccess.Wrap<IAnalyticsService>(Analytics, TestUsers.Anonymous());
        await Assert.ThrowsAsync<AccessDeniedException>(() => anonymous.GetPortfolioSummaryAsync());

        foreach (var role in AppRoles.All)
        {
            var proxied = ServiceAccess.Wrap<IAnalyticsService>(Analytics, TestUsers.WithRole(role));
            Assert.True((await proxied.GetPortfolioSummaryAsync()).Accounts > 0, role);
        }
    }
}
