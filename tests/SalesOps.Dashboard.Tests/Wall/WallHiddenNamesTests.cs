using Bunit;
using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Configuration;
using SalesOps.Dashboard.Tests.Infrastructure;

namespace SalesOps.Dashboard.Tests.Wall;

/// <summary>A rotation for public areas shows "Customer 1, 2, …": the names are replaced before anything is rendered.</summary>
public sealed class WallHiddenNamesTests(SeededDatabase database) : WallTestBase(database.ContextFactory), IClassFixture<SeededDatabase>
{
    /// <summary>The built-in rotation for screens in public areas: hides names, and lists this week's signals.</summary>
    private const string Reception = "Reception";

    [Fact]
    public async Task A_rotation_that_hides_names_shows_numbered_customers_and_no_customer_name_anywhere()
    {
        Assert.True(new WallDisplaySettings().Find(Reception)!.HideCustomerNames);
        var (token, _) = await CreateDisplayAsync("Lobby TV", Reception);
        var (named, _) = await CreateDisplayAsync("Back office TV");
        await LogSignalAsync(accountId: 3, ago: TimeSpan.FromMinutes(2));
        await LogSignalAsync(accountId: 4, ago: TimeSpan.FromMinutes(1));
        await using var db = await ContextFactory.CreateDbContextAsync();
        var names = await db.Accounts.Select(a => a.Name).ToListAsync();
        var signalled = await db.Accounts.Where(a => a.Id == 3 || a.Id == 4).OrderBy(a => a.Id).Select(a => a.Name).ToListAsync();

        var lobby = RenderWall(token);
        var office = RenderWall(named);

        // Reception rotates the overview, the renewal windows and this week's signals, 30 s each; no name on any of them.
        foreach (var (seconds, panel) in new[] { (0, "overview_kpis"), (30, "renewals_due"), (30, "expansion_signals_this_week") })
        {
            Clock.Advance(TimeSpan.FromSeconds(seconds));
            lobby.WaitForAssertion(() => Assert.Equal(panel, CurrentPanel(lobby)));
            Assert.DoesNotContain(names, n => lobby.Markup.Contains(System.Net.WebUtility.HtmlEncode(n), StringComparison.Ordinal));
        }

        var shown = lobby.FindAll("[data-testid=latest-signals] .wall-name").Select(n => n.TextContent).ToList();
        Assert.Equal("Customer 1", shown[0]);   // the latest signal: account 4
        Assert.Equal("Customer 2", shown[1]);   // account 3
        Assert.All(shown, s => Assert.Matches("^Customer [0-9]+$", s));

        // The same signals on a rotation that shows names (its expansion panel is due at 80 s): the names are there,
        // so the checks above could fail.
        Clock.Advance(TimeSpan.FromSeconds(20));
        office.WaitForAssertion(() => Assert.Equal("expansion_signals_this_week", CurrentPanel(office)));
        var officeNames = office.FindAll("[data-testid=latest-signals] .wall-name").Select(n => n.TextContent).ToList();
        Assert.Equal(signalled[1], officeNames[0]);
        Assert.Equal(signalled[0], officeNames[1]);
    }
}
