using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Components.Pages.Expansion;
using SalesOps.Dashboard.Tests.Infrastructure;
using SalesOps.Services.Analytics;
using SalesOps.Services.Configuration;
using SalesOps.Services.Expansion;

namespace SalesOps.Dashboard.Tests.Expansion;

/// <summary>The expansion page reads every figure from the analytics service and lists signals page by page.</summary>
public sealed class ExpansionPageTests(SeededDatabase db) : ExpansionTestBase(db, AppRoles.Viewer, "viewer@demo.salesops.example"), IClassFixture<SeededDatabase>
{
    [Theory]
    [InlineData(null, 365)]
    [InlineData("90", 90)]
    public async Task Tiles_and_tables_show_the_numbers_of_the_analytics_service_for_the_window(string? window, int days)
    {
        var expected = await Analytics().GetExpansionAsync(days);
        Assert.True(expected.Signals > 0, "The demo data has signals.");
        if (window is not null)
        {
            Services.GetRequiredService<NavigationManager>().NavigateTo($"expansion?window={window}");
        }

        var cut = Render<ExpansionPage>();

        cut.WaitForAssertion(() => Assert.Equal(N(expected.Signals), Kpi(cut, "kpi-signals")));
        Assert.Equal(N(expected.Open), Kpi(cut, "kpi-open"));
        Assert.Equal(N(expected.AcknowledgementOverdue), Kpi(cut, "kpi-overdue"));
        Assert.Equal(Math.Round(expected.OpportunityRate!.Value * 100).ToString("0", CultureInfo.InvariantCulture) + " %", Kpi(cut, "kpi-opportunity-rate"));
        Assert.Equal(N(expected.Won), Kpi(cut, "kpi-won"));
        Assert.Equal(expected.WonArr.ToString("$#,##0", CultureInfo.InvariantCulture), Kpi(cut, "kpi-won-arr"));
        Assert.Contains($"Logged in the last {days} days", cut.Find("[data-testid=kpi-signals]").TextContent, StringComparison.Ordinal);

        foreach (var t in expected.ByTrigger)
        {
            var cells = cut.Find($"[data-testid=by-trigger] tr[data-trigger={t.Key}]").QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray();
            Assert.Equal([N(t.Signals), N(t.WithOpportunity), N(t.Won), t.WonArr.ToString("$#,##0", CultureInfo.InvariantCulture)], cells[..4]);
        }

        var teams = cut.FindAll("[data-testid=by-team] tbody tr").Select(r => r.QuerySelector("th")!.TextContent.Trim()).ToArray();
        Assert.Equal(expected.ByTeam.Select(t => t.Key), teams);
        var reps = cut.FindAll("[data-testid=top-reps] tbody tr").Select(r => r.QuerySelector("th")!.TextContent.Trim()).ToArray();
        Assert.Equal(expected.TopReps.Select(r => r.Key), reps);
        var sourceTable = cut.Find("[data-testid=chart-by-source] table").TextContent;
        Assert.All(expected.BySource, s => Assert.Contains(N(s.Signals), sourceTable, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_overdue_filter_lists_only_signals_nobody_acknowledged_in_time_and_says_so()
    {
        var expected = await Signals().ListAsync(new SignalQuery { AcknowledgementOverdueOnly = true, PageSize = 25 });
        Services.GetRequiredService<NavigationManager>().NavigateTo("expansion?overdue=true");

        var cut = Render<ExpansionPage>();

        cut.WaitForAssertion(() => Assert.Equal(expected.TotalCount == 1 ? "1 signal" : $"{N(expected.TotalCount)} signals",
            cut.Find("[data-testid=signal-count]").TextContent.Trim()));
        var rows = cut.FindAll("[data-signal]").Select(r => int.Parse(r.GetAttribute("data-signal")!, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(expected.Items.Select(s => s.Id), rows);
        Assert.Equal(expected.Items.Count, cut.FindAll("[data-testid=ack-overdue]").Count);
        Assert.All(cut.FindAll("[data-testid=ack-overdue]"), o => Assert.StartsWith("Overdue", o.TextContent.Trim(), StringComparison.Ordinal));
    }

    private AnalyticsService Analytics() =>
        new(Database.ContextFactory, Clock, new CrmConfigurationProvider(Database.ContextFactory));

    private ExpansionSignalService Signals() => Arrange(AppRoles.OpsManager, "ops@demo.salesops.example");

    private static string Kpi(IRenderedComponent<ExpansionPage> cut, string testId) =>
        cut.Find($"[data-testid={testId}] .kpi-value").TextContent.Trim();

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
