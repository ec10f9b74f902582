using Bunit;
using SalesOps.Dashboard.Components.Pages.Wall;
using SalesOps.Dashboard.Tests.Infrastructure;

namespace SalesOps.Dashboard.Tests.Wall;

/// <summary>
/// The token is checked on every read: a wall whose link is revoked or expires switches to "Display not authorised"
/// in place, and comes back by itself when the link is reinstated.
/// </summary>
public sealed class WallAccessStateTests(SeededDatabase database) : WallTestBase(database.ContextFactory), IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Revoking_the_link_turns_the_live_wall_into_the_not_authorised_screen_and_reinstating_brings_it_back()
    {
        var (token, id) = await CreateDisplayAsync("Revoked TV");
        var cut = RenderWall(token);

        var revoked = await Displays().RevokeAsync(id);
        Assert.True(revoked.Succeeded, revoked.Error);

        cut.WaitForAssertion(() => Assert.Equal("Display not authorised", cut.Find("[data-testid=wall-denied] h1").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=wall-panel]"));
        Assert.DoesNotContain("kpi-", cut.Markup, StringComparison.Ordinal);

        var reinstated = await Displays().ReinstateAsync(id);
        Assert.True(reinstated.Succeeded, reinstated.Error);

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=wall-panel]")));
        Assert.Empty(cut.FindAll("[data-testid=wall-denied]"));
    }

    [Fact]
    public async Task A_wall_whose_link_was_revoked_behind_its_back_checks_again_every_minute()
    {
        var (token, id) = await CreateDisplayAsync("Recheck TV");
        var cut = RenderWall(token);
        await using (var db = await ContextFactory.CreateDbContextAsync())
        {
            // Straight in the database, as another app instance would: no event reaches this wall.
            var row = await db.WallDisplayTokens.FindAsync(id);
            row!.RevokedAt = Clock.GetUtcNow();
            row.RevokedBy = "elsewhere";
            await db.SaveChangesAsync();
        }

        // Its next periodic read (150 s) finds out.
        Clock.Advance(TimeSpan.FromSeconds(150));
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=wall-denied]")));

        await using (var db = await ContextFactory.CreateDbContextAsync())
        {
            var row = await db.WallDisplayTokens.FindAsync(id);
            row!.RevokedAt = null;
            row.RevokedBy = null;
            await db.SaveChangesAsync();
        }

        Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Single(cut.FindAll("[data-testid=wall-denied]"));
        Clock.Advance(TimeSpan.FromSeconds(1));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=wall-panel]")));
    }

    [Fact]
    public async Task A_wall_turns_to_not_authorised_when_its_link_expires()
    {
        var (token, _) = await CreateDisplayAsync("Expiring TV", expiresAt: Clock.GetUtcNow().AddSeconds(90));
        var cut = RenderWall(token);

        Clock.Advance(TimeSpan.FromSeconds(89));
        cut.WaitForAssertion(() => Assert.Equal("expansion_signals_this_week", CurrentPanel(cut)));
        Assert.Empty(cut.FindAll("[data-testid=wall-denied]"));

        Clock.Advance(TimeSpan.FromSeconds(1));
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=wall-denied]")));
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("not-a-token")]
    public void An_unknown_link_shows_not_authorised_and_no_figures(string token)
    {
        var cut = Render<WallDisplay>(p => p.Add(w => w.Token, token));

        cut.WaitForElement("[data-testid=wall-denied]");
        Assert.Contains("checks again every minute", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=wall-panel]"));
    }
}
