using Bunit;
using Microsoft.AspNetCore.Components;
using SalesOps.Dashboard.Components.Pages.Wall;

namespace SalesOps.Dashboard.Tests.Wall;

/// <summary>A panel that fails shows "&lt;Panel&gt; unavailable" in its place; the other panels show and the rotation goes on.</summary>
public sealed class WallFailingPanelTests(BrokenHandoffsDatabase database) : WallTestBase(database.ContextFactory), IClassFixture<BrokenHandoffsDatabase>
{
    [Fact]
    public async Task A_panel_whose_figures_cannot_be_read_shows_unavailable_while_the_rest_of_the_rotation_runs()
    {
        var (token, _) = await CreateDisplayAsync("Half broken TV");
        var cut = RenderWall(token);
        Assert.NotEmpty(TileValue(cut, "kpi-accounts"));

        // Round the whole rotation, through the broken panel and on to the first two again.
        foreach (var expected in new[] { "arr_at_risk", "renewals_due", "open_escalations", "expansion_signals_this_week", "handoffs_overdue", "overview_kpis", "arr_at_risk" })
        {
            Clock.Advance(TimeSpan.FromSeconds(20));
            cut.WaitForAssertion(() => Assert.Equal(expected, CurrentPanel(cut)));
            if (expected == "handoffs_overdue")
            {
                Assert.Equal("Handoffs overdue unavailable", cut.Find("[data-testid=panel-unavailable] .wall-unavailable-title").TextContent);
                Assert.Equal("Handoffs overdue", cut.Find("[data-testid=wall-panel-title]").TextContent);
            }
            else
            {
                Assert.Empty(cut.FindAll("[data-testid=panel-unavailable]"));
            }
        }

        Assert.NotEmpty(TileValue(cut, "kpi-arr-at-risk"));
    }

    [Fact]
    public void A_panel_that_throws_while_rendering_shows_unavailable_in_its_frame_and_renders_again_with_new_figures()
    {
        var cut = Render<WallPanelFrame>(p => p
            .Add(f => f.Title, "Open escalations")
            .Add(f => f.Figures, new object())
            .Add(f => f.ChildContent, Panel(fail: true)));

        Assert.Equal("Open escalations unavailable", cut.Find(".wall-unavailable-title").TextContent);

        // New figures: the frame tries the panel again (here the bug is gone).
        cut.Render(p => p.Add(f => f.Figures, new object()).Add(f => f.ChildContent, Panel(fail: false)));

        cut.WaitForAssertion(() => Assert.Equal("Rendered", cut.Find("[data-testid=throwing-panel]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=panel-unavailable]"));
    }

    private static RenderFragment Panel(bool fail) => b =>
    {
        b.OpenComponent<ThrowingPanel>(0);
        b.AddComponentParameter(1, nameof(ThrowingPanel.Fail), fail);
        b.CloseComponent();
    };
}
