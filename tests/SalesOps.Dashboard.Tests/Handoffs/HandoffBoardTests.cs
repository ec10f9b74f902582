using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Core.Domain;
using SalesOps.Dashboard.Components.Pages.Handoffs;
using SalesOps.Dashboard.Tests.Infrastructure;
using SalesOps.Services.Analytics;
using SalesOps.Services.Configuration;
using SalesOps.Services.Handoffs;

namespace SalesOps.Dashboard.Tests.Handoffs;

/// <summary>The handoff board over the demo data: the analytics tiles, overdue first and marked, filters from the query string.</summary>
public sealed class HandoffBoardTests(HandoffBoardDatabase db) : HandoffTestBase(db.Seeded), IClassFixture<HandoffBoardDatabase>
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private AnalyticsService Analytics() => new(Database.ContextFactory, Clock, new CrmConfigurationProvider(Database.ContextFactory));

    private Task<Services.Handoffs.HandoffBoard> BoardAsync(HandoffBoardQuery query) => Arrange().GetBoardAsync(query);

    private IRenderedComponent<Components.Pages.Handoffs.HandoffBoard> RenderBoard(string? uri = null)
    {
        if (uri is not null)
        {
            Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        }

        var cut = Render<Components.Pages.Handoffs.HandoffBoard>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.Find("[data-testid=handoff-count]").TextContent.Trim()));
        return cut;
    }

    [Fact]
    public async Task The_tiles_show_the_analytics_services_handoff_metrics()
    {
        var expected = await Analytics().GetHandoffMetricsAsync();

        var cut = RenderBoard();

        // The service's numbers, and the hand-worked ones from HandoffBoardDatabase, so tiles showing zeros cannot pass.
        string Value(string tile) => cut.Find($"[data-testid={tile}] .kpi-value").TextContent.Trim();
        Assert.Equal(expected.InProgress.ToString("N0", Invariant), Value("metric-in-progress"));
        Assert.Equal("4", Value("metric-in-progress"));
        Assert.Equal(expected.Overdue.ToString("N0", Invariant), Value("metric-overdue"));
        Assert.Equal("2", Value("metric-overdue"));
        Assert.Equal(expected.MedianDaysToComplete!.Value.ToString("0.#", Invariant), Value("metric-median-days"));
        Assert.Equal("17.5", Value("metric-median-days"));                // 10 and 25 days
        Assert.Equal(expected.ShareCompletedWithinSla!.Value.ToString("0%", Invariant), Value("metric-within-sla"));
        Assert.Equal("50%", Value("metric-within-sla"));
        Assert.Equal(expected.ShareWithAllInformation!.Value.ToString("0%", Invariant), Value("metric-all-information"));
        Assert.Equal("60%", Value("metric-all-information"));             // post-handoff and both completed, of 5 past pre-handoff
        Assert.Equal("handoffs?overdue=true", cut.Find("[data-testid=metric-overdue]").GetAttribute("href"));
    }

    [Fact]
    public async Task Rows_show_overdue_handoffs_first_marked_in_words_and_tinted_with_links_progress_and_stage_counts()
    {
        var expected = await BoardAsync(new HandoffBoardQuery { PageSize = 25 });

        var cut = RenderBoard();

        var rows = cut.FindAll("tbody.mud-table-body tr");
        Assert.Equal(
            ["Overdue, information transfer", "Overdue, post-handoff", "On time, deliverable late", "On time, pre-handoff"],
            rows.Select(r => r.QuerySelector("[data-testid=open-handoff]")!.TextContent.Trim()));
        Assert.Equal(expected.Rows.Items.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = expected.Rows.Items[i];
            var cells = rows[i];
            Assert.Equal(row.IsOverdue, cells.QuerySelector("[data-testid=row-overdue]") is not null);
            Assert.Equal(row.IsOverdue, (cells.GetAttribute("style") ?? "").Contains("error-hover", StringComparison.Ordinal));
            Assert.Equal($"accounts/{row.AccountId}", cells.QuerySelector("a")!.GetAttribute("href"));
            Assert.Equal($"handoffs/{row.Id}", cells.QuerySelector("[data-testid=open-handoff]")!.GetAttribute("href"));
            Assert.Equal($"{row.AgeDays} {(row.AgeDays == 1 ? "day" : "days")}", cells.QuerySelector("[data-testid=row-age]")!.TextContent.Trim());
            Assert.StartsWith($"{row.ItemsDone} of {row.ItemsTotal} items", cells.QuerySelector("[data-testid=row-progress]")!.TextContent.Trim(), StringComparison.Ordinal);
            Assert.Equal(row.OverdueDeliverables > 0 ? $"{row.OverdueDeliverables} overdue" : null,
                cells.QuerySelector("[data-testid=row-overdue-deliverables]")?.TextContent.Trim());
        }

        Assert.Equal([true, true, false, false], rows.Select(r => r.QuerySelector("[data-testid=row-overdue]") is not null));
        Assert.Equal(["1 overdue", "1 overdue"], cut.FindAll("[data-testid=row-overdue-deliverables]").Select(e => e.TextContent.Trim()));
        Assert.Equal("Overdue: 2", cut.Find("[data-testid=stage-count-overdue]").TextContent.Trim());
        Assert.Equal($"Pre-handoff: {expected.PreHandoff}", cut.Find("[data-testid=stage-count-PreHandoff]").TextContent.Trim());
        Assert.Equal($"Information transfer: {expected.InformationTransfer}", cut.Find("[data-testid=stage-count-InformationTransfer]").TextContent.Trim());
        Assert.Equal($"Post-handoff: {expected.PostHandoff}", cut.Find("[data-testid=stage-count-PostHandoff]").TextContent.Trim());
        Assert.Equal($"Overdue: {expected.Overdue}", cut.Find("[data-testid=stage-count-overdue]").TextContent.Trim());
    }

    [Fact]
    public async Task Overdue_only_from_the_query_string_lists_just_the_overdue_ones()
    {
        var expected = await BoardAsync(new HandoffBoardQuery { OverdueOnly = true });

        var cut = RenderBoard("handoffs?overdue=true");

        var rows = cut.FindAll("tbody.mud-table-body tr");
        Assert.Equal(2, rows.Count);
        Assert.Equal(expected.Rows.TotalCount, rows.Count);
        Assert.All(rows, r => Assert.NotNull(r.QuerySelector("[data-testid=row-overdue]")));
        Assert.Equal(expected.Rows.TotalCount == 1 ? "1 handoff" : $"{expected.Rows.TotalCount:N0} handoffs", cut.Find("[data-testid=handoff-count]").TextContent.Trim());
    }

    [Fact]
    public async Task Status_stage_CSM_and_segment_filters_from_the_query_string_narrow_the_list_as_the_service_does()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        var cut = RenderBoard("handoffs?status=completed");

        Assert.Equal(["Completed late", "Completed within SLA"], Deals(cut));
        Assert.All(cut.FindAll("tbody.mud-table-body tr"), r => Assert.Null(r.QuerySelector("[data-testid=row-overdue]")));

        navigation.NavigateTo("handoffs?stage=InformationTransfer");
        cut.WaitForAssertion(() => Assert.Equal(["Overdue, information transfer", "On time, deliverable late"], Deals(cut)));

        navigation.NavigateTo("handoffs?status=all");
        cut.WaitForAssertion(() => Assert.Equal(6, Deals(cut).Count));
        Assert.DoesNotContain("Cancelled", Deals(cut));

        var late = (await BoardAsync(new HandoffBoardQuery { Status = null })).Rows.Items.Single(r => r.DealName == "Completed late");
        int csmId;
        await using (var context = Database.CreateContext())
        {
            csmId = await context.Handoffs.Where(h => h.Id == late.Id).Select(h => h.CsmId!.Value).SingleAsync();
        }

        var byCsm = await BoardAsync(new HandoffBoardQuery { Status = null, CsmId = csmId });
        navigation.NavigateTo($"handoffs?status=all&csm={csmId}");
        cut.WaitForAssertion(() => Assert.Equal(byCsm.Rows.Items.Select(r => r.DealName), Deals(cut)));
        Assert.Contains("Completed late", Deals(cut));

        var other = Enum.GetValues<Segment>().First(s => s != late.Segment);
        var bySegment = await BoardAsync(new HandoffBoardQuery { Status = null, CsmId = csmId, Segment = other });
        navigation.NavigateTo($"handoffs?status=all&csm={csmId}&segment={other}");
        cut.WaitForAssertion(() => Assert.Equal(bySegment.Rows.Items.Select(r => r.DealName), Deals(cut)));
        Assert.DoesNotContain("Completed late", Deals(cut));
    }

    private static List<string> Deals(IRenderedComponent<Components.Pages.Handoffs.HandoffBoard> cut) =>
        [.. cut.FindAll("[data-testid=open-handoff]").Select(a => a.TextContent.Trim())];

    [Fact]
    public async Task Clicking_a_row_opens_its_handoff()
    {
        var first = (await BoardAsync(new HandoffBoardQuery())).Rows.Items[0];
        var cut = RenderBoard();

        cut.FindAll("tbody.mud-table-body tr")[0].QuerySelector("td:nth-child(3)")!.Click();

        Assert.EndsWith($"/handoffs/{first.Id}", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }
}
