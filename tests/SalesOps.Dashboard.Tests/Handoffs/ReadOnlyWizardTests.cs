using Bunit;
using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Domain;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Components.Pages.Handoffs;
using SalesOps.Dashboard.Tests.Infrastructure;

namespace SalesOps.Dashboard.Tests.Handoffs;

/// <summary>A viewer sees every handoff but cannot change one.</summary>
public sealed class ReadOnlyWizardTests(SeededDatabase db) : HandoffTestBase(db, AppRoles.Viewer, "viewer@demo.salesops.example"), IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task A_viewer_sees_the_handoff_with_every_input_read_only_and_no_save_or_complete()
    {
        var handoff = await NewHandoffAtAsync("Viewer looks", HandoffStage.PostHandoff);

        var cut = RenderWizard(handoff.Id);

        Assert.NotNull(cut.Find("[data-testid=read-only-viewer]"));
        Assert.Empty(cut.FindAll("[data-testid=save-draft]"));
        Assert.Empty(cut.FindAll("[data-testid=complete-stage]"));
        Assert.Empty(cut.FindAll("[data-testid=open-email]"));
        Assert.True(cut.Find("#field-next-steps").HasAttribute("readonly"));

        cut.Find("[data-testid=previous-stage]").Click();

        cut.WaitForElement("[data-testid=step-InformationTransfer]");
        Assert.Equal("Admin training", ValueOf(cut.Find("#field-deliverable-0-description")));
        Assert.True(cut.Find("#field-deliverable-0-description").HasAttribute("readonly"));
        Assert.True(cut.Find("#field-goals").HasAttribute("readonly"));
        Assert.Empty(cut.FindAll("[data-testid=add-deliverable]"));
        Assert.Empty(cut.FindAll("[data-testid=add-contact]"));
    }

    [Fact]
    public void An_unknown_handoff_says_so()
    {
        var cut = Render<HandoffWizard>(p => p.Add(x => x.Id, 987_654));

        cut.WaitForAssertion(() => Assert.Contains(
            "There is no handoff with number 987654.", cut.Find("[data-testid=handoff-not-found]").TextContent, StringComparison.Ordinal));
    }
}
