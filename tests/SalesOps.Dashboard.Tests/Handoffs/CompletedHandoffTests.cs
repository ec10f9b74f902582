using Bunit;
using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Domain;

namespace SalesOps.Dashboard.Tests.Handoffs;

/// <summary>A completed handoff is a record: even someone who may edit handoffs sees it read-only, with its completion date.</summary>
public sealed class CompletedHandoffTests(HandoffBoardDatabase db) : HandoffTestBase(db.Seeded), IClassFixture<HandoffBoardDatabase>
{
    [Fact]
    public async Task A_completed_handoff_shows_its_completion_date_and_no_editing()
    {
        int id;
        await using (var context = Database.CreateContext())
        {
            id = await context.Handoffs.Where(h => h.Status == HandoffStatus.Completed).OrderBy(h => h.Id).Select(h => h.Id).FirstAsync();
        }

        var cut = RenderWizard(id);

        // "Completed within SLA": closed 40 days before the seed's now, completed 10 days later.
        Assert.StartsWith("Completed on 31 Jan 2026 09:30 UTC.", cut.Find("[data-testid=read-only-completed]").TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("within the due date", cut.Find("[data-testid=handoff-sla]").TextContent, StringComparison.Ordinal);
        Assert.Equal("Completed", cut.Find("[data-testid=handoff-status]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=complete-stage]"));
        Assert.Empty(cut.FindAll("[data-testid=save-draft]"));
        Assert.Empty(cut.FindAll("[data-testid=read-only-viewer]"));
        Assert.True(cut.Find("#field-next-steps").HasAttribute("readonly"));

        cut.Find("[data-testid=previous-stage]").Click();
        cut.Find("[data-testid=previous-stage]").Click();

        cut.WaitForElement("[data-testid=step-PreHandoff]");
        var ticks = cut.FindAll("[data-item] input[type=checkbox]");
        Assert.Equal(2, ticks.Count);
        Assert.All(ticks, c => Assert.True(c.HasAttribute("disabled")));
    }
}
