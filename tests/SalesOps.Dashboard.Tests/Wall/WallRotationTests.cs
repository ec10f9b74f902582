using System.Globalization;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Core.Configuration;
using SalesOps.Dashboard.Components.Pages.Wall;
using SalesOps.Dashboard.Tests.Infrastructure;
using SalesOps.Services.Events;

namespace SalesOps.Dashboard.Tests.Wall;

/// <summary>The wall rotates its panels on the server's timer, shows every panel's figures, and updates live.</summary>
public sealed class WallRotationTests(SeededDatabase database) : WallTestBase(database.ContextFactory), IClassFixture<SeededDatabase>
{
    private static readonly string[] OperationsFloor =
        ["overview_kpis", "arr_at_risk", "renewals_due", "open_escalations", "expansion_signals_this_week", "handoffs_overdue"];

    [Fact]
    public async Task The_default_rotation_shows_the_first_panel_then_the_next_after_each_interval_and_wraps_around()
    {
        var (token, _) = await CreateDisplayAsync("Rotation TV");
        var cut = RenderWall(token);

        Assert.Equal(["Overview KPIs", "ARR at risk", "Renewals due", "Open escalations", "Expansion signals this week", "Handoffs overdue"],
            cut.FindAll(".wall-step").Select(s => s.TextContent));
        Assert.Equal("overview_kpis", CurrentPanel(cut));
        Assert.Equal("Overview KPIs", Title(cut));

        // 19.9 s in: still the first panel (nothing ticks on the server between panel changes).
        Clock.Advance(TimeSpan.FromSeconds(19.9));
        Assert.Equal("overview_kpis", CurrentPanel(cut));

        Clock.Advance(TimeSpan.FromSeconds(0.1));
        cut.WaitForAssertion(() => Assert.Equal("arr_at_risk", CurrentPanel(cut)));
        Assert.Equal("ARR at risk", Title(cut));

        foreach (var expected in OperationsFloor.Skip(2).Append("overview_kpis"))
        {
            Clock.Advance(TimeSpan.FromSeconds(20));
            cut.WaitForAssertion(() => Assert.Equal(expected, CurrentPanel(cut)));
        }
    }

    [Fact]
    public async Task The_progress_bar_runs_over_the_interval_from_the_time_already_spent_on_the_panel()
    {
        var (token, _) = await CreateDisplayAsync("Progress TV");
        Clock.Advance(TimeSpan.FromSeconds(47)); // the third panel, 7 s in

        var cut = RenderWall(token);

        Assert.Equal("renewals_due", CurrentPanel(cut));
        var bar = cut.Find("[data-testid=wall-progress] .wall-progress-bar");
        Assert.Equal("animation-duration: 20s; animation-delay: -7s", bar.GetAttribute("style"));
        Assert.Contains("wall-step-current", cut.FindAll(".wall-step")[2].ClassName, StringComparison.Ordinal);

        Clock.Advance(TimeSpan.FromSeconds(13));
        cut.WaitForAssertion(() => Assert.Equal("open_escalations", CurrentPanel(cut)));
        Assert.Equal("animation-duration: 20s; animation-delay: -0s", cut.Find("[data-testid=wall-progress] .wall-progress-bar").GetAttribute("style"));
    }

    [Fact]
    public async Task Every_panel_shows_the_analytics_service_figures()
    {
        var (token, _) = await CreateDisplayAsync("Figures TV");
        await MarkAtRiskAsync(5, 6, 7);
        await MakeOneHandoffOverdueAsync();
        var analytics = Analytics();
        var kpis = await analytics.GetOverviewKpisAsync();
        var risk = await analytics.GetArrAtRiskAsync(5);
        var renewals = await analytics.GetRenewalsDueAsync();
        var escalations = await analytics.GetOpenEscalationsAsync(5);
        var handoffs = await analytics.GetOverdueHandoffsAsync(5);

        var cut = RenderWall(token);

        Assert.Equal("overview_kpis", CurrentPanel(cut));
        Assert.Equal(WallFormat.Count(kpis.Portfolio.Accounts), TileValue(cut, "kpi-accounts"));
        Assert.Equal(WallFormat.ShortMoney(kpis.Portfolio.TotalArr), TileValue(cut, "kpi-arr"));

        NextPanel(cut, "arr_at_risk");
        Assert.Equal(WallFormat.ShortMoney(risk.ArrAtRisk), TileValue(cut, "kpi-arr-at-risk"));
        Assert.Equal(WallFormat.ShortMoney(kpis.ArrAtRisk), TileValue(cut, "kpi-arr-at-risk"));
        Assert.Equal(WallFormat.Count(risk.AtRiskAccounts), TileValue(cut, "kpi-at-risk-accounts"));
        Assert.Equal(risk.Top.Select(r => r.Name), cut.FindAll("[data-testid=top-at-risk] .wall-name").Select(n => n.TextContent));

        NextPanel(cut, "renewals_due");
        Assert.Equal(renewals.Windows.Select(w => WallFormat.Count(w.Renewals)),
            new[] { 30, 60, 90 }.Select(d => TileValue(cut, $"renewals-{d}")));
        Assert.Equal(WallFormat.Count(kpis.Portfolio.RenewalsNext90Days), TileValue(cut, "renewals-90"));

        NextPanel(cut, "open_escalations");
        Assert.Equal(WallFormat.Count(escalations.Tickets), TileValue(cut, "kpi-escalated-tickets"));
        Assert.Equal(escalations.Longest.Select(a => a.Name), cut.FindAll("[data-testid=escalated-accounts] .wall-name").Select(n => n.TextContent));

        NextPanel(cut, "expansion_signals_this_week");
        NextPanel(cut, "handoffs_overdue");
        Assert.Equal(WallFormat.Count(handoffs.Overdue), TileValue(cut, "kpi-handoffs-overdue"));
        Assert.Equal(handoffs.MostOverdue.Select(h => h.AccountName), cut.FindAll("[data-testid=overdue-handoffs] .wall-name").Select(n => n.TextContent));

        // The lists have rows, so a panel that rendered nothing could not pass.
        Assert.NotEmpty(risk.Top);
        Assert.NotEmpty(escalations.Longest);
        Assert.NotEmpty(handoffs.MostOverdue);
        Assert.Empty(cut.FindAll("[data-testid=panel-unavailable]"));
    }

    [Fact]
    public async Task A_dashboard_change_shows_on_the_wall_without_a_reload()
    {
        var (token, _) = await CreateDisplayAsync("Live TV");
        var cut = RenderWall(token);
        Clock.Advance(TimeSpan.FromSeconds(80));
        cut.WaitForAssertion(() => Assert.Equal("expansion_signals_this_week", CurrentPanel(cut)));
        var before = int.Parse(TileValue(cut, "kpi-signals-week"), CultureInfo.InvariantCulture);
        var renders = cut.RenderCount;

        var signal = await LogSignalAsync(accountId: 1, ago: TimeSpan.FromMinutes(5));
        Services.GetRequiredService<IEventBus>().Publish(new SignalsChanged(signal.AccountId, signal.Id, Clock.GetUtcNow()));

        // The bus hands the change over on another thread; the wall gathers changes for 300 ms (of the fake clock)
        // before it reads again. Step the clock until it has read, well before the next panel is due (at 100 s).
        Assert.True(SpinWait.SpinUntil(() =>
        {
            Clock.Advance(TimeSpan.FromMilliseconds(50));
            return cut.RenderCount > renders;
        }, TimeSpan.FromSeconds(10)), "The wall did not read again after the change.");
        cut.WaitForAssertion(() => Assert.Equal((before + 1).ToString(CultureInfo.InvariantCulture), TileValue(cut, "kpi-signals-week")));
        Assert.Equal("expansion_signals_this_week", CurrentPanel(cut));
    }

    [Fact]
    public async Task A_quiet_wall_reads_again_after_half_the_stale_time_and_tells_the_browser_how_old_its_figures_are()
    {
        var (token, _) = await CreateDisplayAsync("Quiet TV");
        var cut = RenderWall(token);
        Assert.Equal("0", cut.Find("[data-wall]").GetAttribute("data-age-ms"));
        Assert.Equal(new WallDisplaySettings().StaleAfterSeconds.ToString(CultureInfo.InvariantCulture),
            cut.Find("[data-wall]").GetAttribute("data-stale-after"));

        // A signal logged without any event: only the periodic read can bring it.
        await LogSignalAsync(accountId: 2, ago: TimeSpan.FromMinutes(1));
        Clock.Advance(TimeSpan.FromSeconds(80));
        cut.WaitForAssertion(() => Assert.Equal("expansion_signals_this_week", CurrentPanel(cut)));
        var before = TileValue(cut, "kpi-signals-week");
        Clock.Advance(TimeSpan.FromSeconds(60));
        cut.WaitForAssertion(() => Assert.Equal("140000", cut.Find("[data-wall]").GetAttribute("data-age-ms")));

        Clock.Advance(TimeSpan.FromSeconds(10)); // 150 s: half of the 300 s stale threshold
        cut.WaitForAssertion(() => Assert.Equal("0", cut.Find("[data-wall]").GetAttribute("data-age-ms")));

        Clock.Advance(TimeSpan.FromSeconds(50)); // 200 s: the expansion panel again, with the new figures
        cut.WaitForAssertion(() => Assert.Equal("expansion_signals_this_week", CurrentPanel(cut)));
        Assert.Equal(int.Parse(before, CultureInfo.InvariantCulture) + 1, int.Parse(TileValue(cut, "kpi-signals-week"), CultureInfo.InvariantCulture));
        Assert.Equal("50000", cut.Find("[data-wall]").GetAttribute("data-age-ms"));
    }

    private void NextPanel(IRenderedComponent<WallDisplay> cut, string expected)
    {
        Clock.Advance(TimeSpan.FromSeconds(20));
        cut.WaitForAssertion(() => Assert.Equal(expected, CurrentPanel(cut)));
    }

    /// <summary>A handoff in progress, its deal won 40 days ago: past the 14-day SLA.</summary>
    private async Task MakeOneHandoffOverdueAsync()
    {
        await using var db = await ContextFactory.CreateDbContextAsync();
        var deal = await db.Opportunities.OrderBy(o => o.Id).FirstAsync();
        var now = Clock.GetUtcNow();
        db.Handoffs.Add(new SalesOps.Core.Domain.Handoff
        {
            AccountId = deal.AccountId, OpportunityId = deal.Id, Stage = SalesOps.Core.Domain.HandoffStage.InformationTransfer,
            Status = SalesOps.Core.Domain.HandoffStatus.InProgress, TemplateName = "Standard", TemplateVersion = 1,
            ClosedWonAt = now.AddDays(-40), CreatedAt = now.AddDays(-40), UpdatedAt = now.AddDays(-40), Version = Guid.NewGuid(),
        });
        await db.SaveChangesAsync();
    }

    /// <summary>What the health job leaves for at-risk accounts (the demo data alone is not scored yet).</summary>
    private async Task MarkAtRiskAsync(params int[] accountIds)
    {
        await using var db = await ContextFactory.CreateDbContextAsync();
        foreach (var account in db.Accounts.Where(a => accountIds.Contains(a.Id)))
        {
            account.Health.Score = 30;
            account.Health.Band = SalesOps.Core.Domain.HealthBand.AtRisk;
            account.Health.IsAtRisk = true;
            account.Health.ArrAtStake = account.Arr / 2;
            account.Health.ComputedAt = Clock.GetUtcNow();
        }

        await db.SaveChangesAsync();
    }
}
