using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Dashboard.Components.Pages.AtRisk;
using SalesOps.Dashboard.Components.Pages.Overview;
using SalesOps.Dashboard.Tests.Infrastructure;

namespace SalesOps.Dashboard.Tests.Analytics;

public sealed class OverviewAndAtRiskTests : MudTestBase, IClassFixture<AnalyticsDatabase>
{
    private readonly AnalyticsDatabase _db;

    public OverviewAndAtRiskTests(AnalyticsDatabase db)
    {
        _db = db;
        db.AddServices(Services);
    }

    [Fact]
    public async Task Overview_tiles_show_the_analytics_numbers_and_link_to_the_pages_behind_them()
    {
        var expected = (await _db.Analytics().GetOverviewAsync()).Kpis;

        var cut = Render<Overview>();

        cut.WaitForElement("[data-testid=kpi-accounts]");
        string Value(string tile) => cut.Find($"[data-testid={tile}] .kpi-value").TextContent.Trim();
        string Href(string tile) => cut.Find($"[data-testid={tile}]").GetAttribute("href") ?? "";
        // The service's numbers, and the hand-worked ones, so a tile that shows zeros cannot pass.
        Assert.Equal(expected.Portfolio.Accounts.ToString("N0", CultureInfo.InvariantCulture), Value("kpi-accounts"));
        Assert.Equal("4", Value("kpi-accounts"));
        Assert.Equal("$235,000", Value("kpi-arr"));
        Assert.Equal(expected.AverageHealth?.ToString("0.#", CultureInfo.InvariantCulture), Value("kpi-average-health"));
        Assert.Equal("62.3", Value("kpi-average-health"));            // (32 + 74 + 81) / 3; Litware not scored
        Assert.Equal("$76,000", Value("kpi-arr-at-risk"));             // 72,000 + 4,000 at stake
        Assert.Equal("2", Value("kpi-renewals"));                      // Litware (20 d), Northwind (45 d)
        Assert.Equal(expected.Portfolio.OpenEscalations.ToString(CultureInfo.InvariantCulture), Value("kpi-escalations"));
        Assert.Equal(expected.Portfolio.OpenExpansionSignals.ToString(CultureInfo.InvariantCulture), Value("kpi-signals"));

        Assert.Equal("accounts", Href("kpi-accounts"));
        Assert.Equal("at-risk", Href("kpi-arr-at-risk"));
        Assert.Equal("renewals", Href("kpi-renewals"));
        Assert.Equal("at-risk?reason=OpenEscalation", Href("kpi-escalations"));
        Assert.Empty(cut.FindAll("[data-testid=health-pending]"));
    }

    [Fact]
    public void Every_overview_tile_links_to_the_page_behind_its_number()
    {
        // The page each tile opens, and why that page is the one behind the number.
        var expected = new Dictionary<string, string>
        {
            ["kpi-accounts"] = "accounts",                               // the accounts list
            ["kpi-arr"] = "accounts",                                    // the accounts list shows and sorts by ARR
            ["kpi-average-health"] = "at-risk",                          // the low end of the average, with reasons
            ["kpi-arr-at-risk"] = "at-risk",                             // the accounts whose ARR at stake adds up to it
            ["kpi-renewals"] = "renewals",                               // the renewal pipeline
            ["kpi-escalations"] = "at-risk?reason=OpenEscalation",       // accounts at risk because of an open escalation
            ["kpi-signals"] = "expansion",                              // the open expansion signals (the page's default filter)
        };
        var routes = typeof(Overview).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes(typeof(Microsoft.AspNetCore.Components.RouteAttribute), inherit: false))
            .Cast<Microsoft.AspNetCore.Components.RouteAttribute>()
            .Select(r => r.Template)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        var cut = Render<Overview>();

        cut.WaitForElement("[data-testid=kpi-arr-at-risk]");
        var tiles = cut.FindAll(".kpi-tile");
        Assert.Equal(expected.Count, tiles.Count);
        foreach (var tile in tiles)
        {
            // The whole tile is the link, so a click anywhere on it opens the page.
            var link = Assert.Single(tile.QuerySelectorAll("a.kpi-link[href]"));
            var id = link.GetAttribute("data-testid")!;
            var href = link.GetAttribute("href")!;
            Assert.True(expected.TryGetValue(id, out var target), $"Tile {id} is not in this test's list of tiles.");
            Assert.Equal(target, href);
            var path = "/" + href.Split('?')[0];
            Assert.True(routes.Contains(path), $"Tile {id} links to {href}, which no page of the app serves.");
            if (href.Contains('?', StringComparison.Ordinal))
            {
                // A filter the page cannot read would be dropped silently, showing the whole list instead.
                var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(href[href.IndexOf('?', StringComparison.Ordinal)..]);
                SalesOps.Dashboard.Api.AtRiskFilters.Parse(k => query.TryGetValue(k, out var v) ? v.ToString() : null, out var error);
                Assert.Null(error);
            }
        }
    }

    [Fact]
    public void Overview_lists_bands_and_the_top_at_risk_accounts_with_their_reasons()
    {
        var cut = Render<Overview>();

        cut.WaitForElement("[data-testid=band-distribution]");
        string BandCount(string band) => cut.Find($"[data-testid=band-distribution] tr[data-band={band}] td").TextContent.Trim();
        Assert.Equal("2", BandCount("Healthy"));
        Assert.Equal("0", BandCount("Watch"));
        Assert.Equal("1", BandCount("AtRisk"));
        Assert.Equal("1", BandCount("NotScored"));
        var top = cut.FindAll("[data-testid=top-at-risk] tbody tr");
        Assert.Equal(["Northwind", "Contoso"], top.Select(r => r.QuerySelector("a")!.TextContent.Trim()));
        Assert.Contains(AnalyticsDatabase.NorthwindBandReason, top[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void At_risk_rows_show_their_reasons_in_words_largest_ARR_at_stake_first()
    {
        var cut = Render<AtRisk>();

        cut.WaitForAssertion(() => Assert.Equal("2 at-risk customers", cut.Find("[data-testid=at-risk-count]").TextContent.Trim()));
        var rows = cut.FindAll("tbody.mud-table-body tr");
        Assert.Equal(2, rows.Count);
        Assert.Equal($"accounts/{_db.Northwind}", rows[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(
            [AnalyticsDatabase.NorthwindBandReason, AnalyticsDatabase.NorthwindRenewalReason],
            rows[0].QuerySelectorAll("ul.at-risk-reasons li").Select(li => li.TextContent.Trim()));
        Assert.Equal($"accounts/{_db.Contoso}", rows[1].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal([AnalyticsDatabase.ContosoEscalationReason], rows[1].QuerySelectorAll("ul.at-risk-reasons li").Select(li => li.TextContent.Trim()));
        Assert.Equal("api/exports/at-risk.csv", cut.Find("[data-testid=export-csv]").GetAttribute("href"));
    }

    [Fact]
    public void At_risk_reason_filter_from_the_query_string_narrows_the_list_and_the_export_link()
    {
        Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo("at-risk?reason=OpenEscalation");

        var cut = Render<AtRisk>();

        cut.WaitForAssertion(() => Assert.Equal("1 at-risk customer", cut.Find("[data-testid=at-risk-count]").TextContent.Trim()));
        Assert.Equal([AnalyticsDatabase.ContosoEscalationReason], cut.FindAll("ul.at-risk-reasons li").Select(li => li.TextContent.Trim()));
        Assert.Equal("api/exports/at-risk.csv?reason=OpenEscalation", cut.Find("[data-testid=export-csv]").GetAttribute("href"));
    }
}

public sealed class OverviewBeforeHealthTests : MudTestBase, IClassFixture<UnscoredAnalyticsDatabase>
{
    public OverviewBeforeHealthTests(UnscoredAnalyticsDatabase db) => db.AddServices(Services);

    [Fact]
    public void Before_any_account_is_scored_the_overview_says_health_is_being_computed_instead_of_zeros()
    {
        var cut = Render<Overview>();

        cut.WaitForElement("[data-testid=health-pending]");
        Assert.Contains("Health is being computed", cut.Find("[data-testid=health-pending]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=kpi-average-health]"));
        Assert.Empty(cut.FindAll("[data-testid=kpi-arr-at-risk]"));
        Assert.Equal("4", cut.Find("[data-testid=kpi-accounts] .kpi-value").TextContent.Trim());
    }
}
