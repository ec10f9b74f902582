using System.Globalization;
using System.Text.RegularExpressions;
using SalesOps.Browser.Tests.Infrastructure;
using SalesOps.Browser.Tests.Pages;
using SalesOps.Core.Health;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Components.Shared;
using SalesOps.Services.Analytics;
using static Microsoft.Playwright.Assertions;

namespace SalesOps.Browser.Tests.Dashboards;

/// <summary>An ops manager follows the money: overview → the "ARR at risk" tile → the at-risk list → an account's health explained.</summary>
public sealed class AtRiskJourneyTests(DashboardFixture app) : IClassFixture<DashboardFixture>
{
    [Fact]
    public async Task ARR_at_risk_tile_leads_to_the_at_risk_list_with_reasons_and_on_to_the_account_health_explanation()
    {
        var overview = await HealthReady.OverviewAsync(app);
        var atRisk = await HealthReady.AskAsync(app, a => a.GetAtRiskAsync(new AtRiskQuery()));
        Assert.True(atRisk.TotalCount > 0, "The demo company has no at-risk account; the journey has nowhere to go.");
        var first = atRisk.Items[0];
        var health = (await HealthReady.AskAsync(app, a => a.GetAccountHealthAsync(first.AccountId)))!;

        await using var session = await app.NewSignedInSessionAsync(AppRoles.OpsManager);
        await session.RunAsync(async () =>
        {
            var home = new OverviewPage(session.Page);
            await home.GotoAsync();
            await Expect(home.Heading).ToBeVisibleAsync();
            await Expect(home.TileValue("ARR at risk")).ToHaveTextAsync(Labels.Money(overview.Kpis.ArrAtRisk));

            await home.Tile("ARR at risk").ClickAsync();

            await Expect(session.Page).ToHaveURLAsync(new Regex("/at-risk$"));
            var list = new AtRiskPage(session.Page);
            await Expect(list.Heading).ToBeVisibleAsync();
            await Expect(list.Count).ToHaveTextAsync(atRisk.TotalCount == 1 ? "1 at-risk customer" : $"{atRisk.TotalCount:N0} at-risk customers");
            await Expect(list.Rows).ToHaveCountAsync(Math.Min(atRisk.TotalCount, 25));
            await Expect(list.RowsWithoutReasons).ToHaveCountAsync(0);
            // Largest ARR at stake first, with the reasons of its latest health snapshot in words.
            await Expect(list.AccountLinks.First).ToHaveTextAsync(first.Name);
            await Expect(list.Reasons(0)).ToHaveTextAsync([.. first.Reasons.Select(r => r.Text)]);
            await Expect(list.Cells("ARR at stake").First).ToHaveTextAsync(Labels.Money(first.ArrAtStake));

            var account = await list.OpenAccountAsync(0);

            await Expect(session.Page).ToHaveURLAsync(new Regex($"/accounts/{first.AccountId}$"));
            await Expect(account.Title).ToHaveTextAsync(first.Name);
            var card = new AccountHealthPanel(session.Page);
            await Expect(card.Score).ToHaveTextAsync(health.Score!.Value.ToString(CultureInfo.InvariantCulture));
            await Expect(card.Band).ToHaveTextAsync(HealthLabels.Of(health.Band));
            await Expect(card.Confidence).ToHaveTextAsync($"Confidence {health.Confidence.ToString(CultureInfo.InvariantCulture)}%");
            foreach (var reason in first.Reasons)
            {
                await Expect(card.Reasons).ToContainTextAsync(reason.Text);
            }

            await Expect(card.ComponentRows).ToHaveCountAsync(Enum.GetValues<HealthComponent>().Length);
            Assert.Contains(health.Components, c => c.Used.Count > 0);
            foreach (var component in health.Components)
            {
                var name = HealthLabels.Of(component.Component);
                await Expect(card.Component(name)).ToBeVisibleAsync();
                await Expect(card.BasedOn(name)).ToHaveTextAsync(component.Used.Count == 0 ? "—" : string.Join("; ", component.Used));
            }

            // The inputs are words a person reads, not codes: at least one names a thing and a number.
            await Expect(card.Components).ToContainTextAsync(new Regex(@"[A-Za-z]{3,}[^;]*\d"));
            Assert.Empty(session.Problems);
        });
    }
}
