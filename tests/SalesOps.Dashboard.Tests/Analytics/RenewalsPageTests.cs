using Bunit;
using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Domain;
using SalesOps.Dashboard.Components.Pages.Renewals;
using SalesOps.Dashboard.Components.Shared;
using SalesOps.Dashboard.Tests.Infrastructure;
using SalesOps.Data;

namespace SalesOps.Dashboard.Tests.Analytics;

/// <summary>
/// The analytics accounts (today 2 Mar 2026) with renewal deals: Northwind (At risk, $120,000, renews 16 Apr 2026,
/// $72,000 at stake) in Negotiation → Committed; Fabrikam (Healthy, $60,000, 18 Sep 2026) closed won → Renewed;
/// Contoso (Healthy, $40,000, 27 Dec 2026, $4,000 at stake) in Prospecting → In progress; Litware (not scored,
/// $15,000, 22 Mar 2026) has none → Not started.
/// </summary>
public sealed class RenewalsDatabase : AnalyticsDatabase, IAsyncLifetime
{
    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        var options = new DbContextOptionsBuilder<SalesOpsDbContext>();
        Configure(options);
        await using var db = new SalesOpsDbContext(options.Options);
        var accounts = await db.Accounts.ToDictionaryAsync(a => a.Name);
        Opportunity Deal(string account, OpportunityStage stage, DateOnly close) => new()
        {
            AccountId = accounts[account].Id, Name = account + " renewal", Type = OpportunityType.Renewal, Stage = stage, Amount = accounts[account].Arr,
            CloseDate = close, CreatedAt = Now.AddDays(-30), UpdatedAt = Now.AddDays(-1),
        };

        db.Opportunities.AddRange(
            Deal("Northwind", OpportunityStage.Negotiation, new(2026, 4, 10)),
            Deal("Fabrikam", OpportunityStage.ClosedWon, new(2026, 9, 1)),
            Deal("Contoso", OpportunityStage.Prospecting, new(2026, 12, 1)));
        await db.SaveChangesAsync();
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync();
}

public sealed class RenewalsPageTests : MudTestBase, IClassFixture<RenewalsDatabase>
{
    private readonly RenewalsDatabase _db;

    public RenewalsPageTests(RenewalsDatabase db)
    {
        _db = db;
        db.AddServices(Services);
    }

    [Fact]
    public async Task Period_table_shows_the_service_numbers_by_month_and_by_quarter()
    {
        var expected = await _db.Analytics().GetRenewalPipelineAsync();

        var cut = Render<Renewals>();

        cut.WaitForElement("[data-testid=period-row]");
        string Cell(string period, string col) => cut.Find($"[data-period='{period}'] [data-col={col}]").TextContent.Trim();
        var april = expected.Months.Single(m => m.Label == "Apr 2026");
        Assert.Equal(Labels.Money(april.Arr), Cell("Apr 2026", "arr"));
        Assert.Equal("$120,000", Cell("Apr 2026", "arr"));
        Assert.Equal("$120,000", Cell("Apr 2026", "at-risk-band"));
        Assert.Equal(Labels.Money(april.Forecast), Cell("Apr 2026", "forecast"));
        Assert.Equal("$48,000", Cell("Apr 2026", "forecast"));          // 120,000 × 40 %
        Assert.Equal("$72,000", Cell("Apr 2026", "arr-at-risk"));
        Assert.Equal("$15,000", Cell("Mar 2026", "not-scored"));
        Assert.Equal("$0", Cell("Mar 2026", "forecast"));               // not scored counts nothing
        Assert.Equal("$36,000", Cell("Dec 2026", "forecast"));          // 40,000 × 90 %
        Assert.Equal(12, cut.FindAll("[data-testid=period-row]").Count);

        cut.Find("[data-testid=by-quarter]").Click();

        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("[data-testid=period-row]").Count));
        var q1 = expected.Quarters[0];
        Assert.Equal(Labels.Money(q1.Arr), Cell(q1.Label, "arr"));
        Assert.Equal("$135,000", Cell(q1.Label, "arr"));
        Assert.Equal("$48,000", Cell(q1.Label, "forecast"));
        Assert.Equal("$72,000", Cell(q1.Label, "arr-at-risk"));
        Assert.Equal("$4,000", Cell(expected.Quarters[3].Label, "arr-at-risk"));
    }

    [Fact]
    public void Renewals_list_shows_statuses_and_links_to_the_accounts()
    {
        var cut = Render<Renewals>();

        cut.WaitForAssertion(() => Assert.Equal("4 renewals", cut.Find("[data-testid=renewals-count]").TextContent.Trim()));
        var rows = cut.FindAll("tbody tr.mud-table-row").Where(r => r.QuerySelector("[data-status]") is not null).ToList();
        Assert.Equal(
            [("Litware", "Not started"), ("Northwind", "Committed"), ("Fabrikam", "Renewed"), ("Contoso", "In progress")],
            rows.Select(r => (r.QuerySelector("a")!.TextContent.Trim(), r.QuerySelector("[data-status]")!.TextContent.Trim())));
        Assert.Equal($"accounts/{_db.Northwind}", rows[1].QuerySelector("a")!.GetAttribute("href"));
    }
}
