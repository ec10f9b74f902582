using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Browser.Tests.Infrastructure;
using SalesOps.Browser.Tests.Pages;
using SalesOps.Core.Security;
using SalesOps.Services.WallDisplays;
using Xunit.Abstractions;

namespace SalesOps.Browser.Tests.Accessibility;

/// <summary>
/// axe-core (WCAG 2.1 A and AA rules) on the pages this round added: the configuration page with an error preview, the
/// wall rotations settings, and the wall itself. Serious and critical findings fail the test; every finding is listed.
/// </summary>
public sealed class AccessibilityTests(DashboardFixture app, ITestOutputHelper output) : IClassFixture<DashboardFixture>
{
    private static readonly AxeRunOptions Wcag = new() { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } };

    [Fact]
    public async Task The_configuration_and_wall_rotation_settings_pages_have_no_serious_accessibility_violations()
    {
        await using var session = await app.NewSignedInSessionAsync(AppRoles.OpsManager);
        await session.RunAsync(async () =>
        {
            var page = session.Page;
            await page.GotoAsync("settings/configuration");
            await page.Locator(".mud-layout[data-ready=true]").WaitForAsync();
            await page.Locator("textarea").First.FillAsync("expansion:\n  plan_limit_percnt: 90\n");
            await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Preview", Exact = true }).ClickAsync();
            await page.GetByTestId("file-errors").WaitForAsync();
            Report("Settings > Configuration with an error preview", await page.RunAxe(Wcag));

            await page.GotoAsync("settings/wall-displays");
            await page.Locator(".mud-layout[data-ready=true]").WaitForAsync();
            Report("Settings > Wall rotations", await page.RunAxe(Wcag));
        });
    }

    [Fact]
    public async Task The_wall_and_its_not_authorised_page_have_no_serious_accessibility_violations()
    {
        string token;
        await using (var scope = app.CreateScopeAs(AppRoles.OpsManager))
        {
            var created = await scope.ServiceProvider.GetRequiredService<IWallDisplayService>().CreateAsync("Accessibility TV", null);
            Assert.True(created.Succeeded, created.Error);
            token = created.Token!;
        }

        await using var session = await app.NewSessionAsync();
        await session.RunAsync(async () =>
        {
            var wall = new WallScreen(session.Page);
            await wall.GotoAsync(token);
            await wall.CurrentPanel.WaitForAsync();
            Report("Wall display", await session.Page.RunAxe(Wcag));

            await session.Page.GotoAsync("wall/not-a-real-token");
            Report("Display not authorised", await session.Page.RunAxe(Wcag));
        });
    }

    private void Report(string page, AxeResult result)
    {
        foreach (var v in result.Violations)
        {
            output.WriteLine($"{page}: [{v.Impact}] {v.Id}: {v.Help} ({v.Nodes.Length} node(s)): {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}");
        }

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{page}: " + string.Join("; ", serious.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }
}
