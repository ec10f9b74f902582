using AngleSharp.Dom;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SalesOps.Core.Domain;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Components.Pages.Accounts;
using SalesOps.Dashboard.Tests.Infrastructure;

namespace SalesOps.Dashboard.Tests.Handoffs;

/// <summary>
/// The account page's opportunities: sales win a deal from there, which starts its handoff and links to it; people
/// who may not edit deals see no stage action.
/// </summary>
public sealed class AccountHandoffDealsTests : MudTestBase, IClassFixture<SeededDatabase>
{
    private readonly SeededDatabase _db;

    public AccountHandoffDealsTests(SeededDatabase db)
    {
        _db = db;
        Services.AddRealAccountService(db);
    }

    [Fact]
    public async Task Marking_an_open_deal_Closed_Won_as_sales_starts_its_handoff_and_links_to_it()
    {
        this.AddAuthorization().SetAuthorized("sales@demo.salesops.example").SetRoles(AppRoles.Sales)
            .SetPolicies(Policies.ViewCustomers, Policies.EditDeals);
        var deal = await AccountHandoffSeed.OpenDealAsync(_db, "Platform rollout");
        var popovers = Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var snackbars = Render<MudSnackbarProvider>();
        var cut = Render<AccountPage>(p => p.Add(x => x.Id, deal.AccountId));
        Assert.Empty(cut.FindAll("[data-testid=account-handoff]"));

        var row = OpenDealsTab(cut, deal.Id);
        Assert.Equal("—", row.QuerySelector("td:nth-child(8)")!.TextContent.Trim());
        await cut.InvokeAsync(() => row.QuerySelector("[data-testid=deal-stage-menu] button")!.Click());
        popovers.WaitForAssertion(() => Assert.Contains(popovers.FindAll(".mud-menu-item"), i => i.TextContent.Contains("Mark Closed Won", StringComparison.Ordinal)));
        var win = popovers.FindAll(".mud-menu-item").First(i => i.TextContent.Contains("Mark Closed Won", StringComparison.Ordinal));
        _ = cut.InvokeAsync(() => win.Click());

        dialogs.WaitForAssertion(() => Assert.Contains("A handoff to customer success starts", dialogs.Markup, StringComparison.Ordinal));
        var confirm = dialogs.FindAll("button").First(b => b.TextContent.Contains("Mark Closed Won", StringComparison.Ordinal));
        await cut.InvokeAsync(() => confirm.Click());

        int handoffId;
        await using (var db = _db.CreateContext())
        {
            handoffId = await WaitForHandoffAsync(db, deal.Id);
            Assert.Equal(OpportunityStage.ClosedWon, (await db.Opportunities.AsNoTracking().SingleAsync(o => o.Id == deal.Id)).Stage);
        }

        cut.WaitForAssertion(() =>
        {
            var won = cut.Find($"[data-testid=deals] tr[data-deal='{deal.Id}']");
            Assert.Equal("Closed won", won.QuerySelector("[data-testid=deal-stage]")!.TextContent.Trim());
            Assert.Equal($"handoffs/{handoffId}", won.QuerySelector("[data-testid=deal-handoff-link]")?.GetAttribute("href"));
            Assert.Empty(won.QuerySelectorAll("[data-testid=deal-stage-menu]"));
        });
        var snackbar = Assert.Single(Services.GetRequiredService<ISnackbar>().ShownSnackbars, s => s.Message?.Contains("handoff", StringComparison.Ordinal) == true);
        Assert.Equal(Severity.Success, snackbar.Severity);
        snackbars.WaitForAssertion(() => Assert.Contains(snackbars.FindAll("button"), b => b.TextContent.Trim() == "Open handoff"));
        // The page follows: the new handoff is now the account's, and its card links to it.
        cut.WaitForAssertion(() => Assert.Equal($"handoffs/{handoffId}", cut.Find("[data-testid=handoff-link]").GetAttribute("href")));
    }

    [Fact]
    public async Task A_viewer_sees_the_deals_but_no_stage_action()
    {
        this.AddAuthorization().SetAuthorized("viewer@demo.salesops.example").SetRoles(AppRoles.Viewer).SetPolicies(Policies.ViewCustomers);
        var deal = await AccountHandoffSeed.OpenDealAsync(_db, "Viewer can only look");

        var cut = Render<AccountPage>(p => p.Add(x => x.Id, deal.AccountId));

        var row = OpenDealsTab(cut, deal.Id);
        Assert.Equal("Negotiation", row.QuerySelector("[data-testid=deal-stage]")!.TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=deal-stage-menu]"));
    }

    private static IElement OpenDealsTab(IRenderedComponent<AccountPage> cut, int dealId)
    {
        cut.WaitForAssertion(() => Assert.Contains(cut.FindAll(".mud-tab"), t => t.TextContent.StartsWith("Opportunities", StringComparison.Ordinal)));
        cut.FindAll(".mud-tab").First(t => t.TextContent.StartsWith("Opportunities", StringComparison.Ordinal)).Click();
        return cut.WaitForElement($"[data-testid=deals] tr[data-deal='{dealId}']");
    }

    private static async Task<int> WaitForHandoffAsync(Data.SalesOpsDbContext db, int dealId)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await db.Handoffs.AsNoTracking().Where(h => h.OpportunityId == dealId).Select(h => (int?)h.Id).FirstOrDefaultAsync() is { } id)
            {
                return id;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException("No handoff was started for the won deal.");
    }
}
