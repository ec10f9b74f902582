using Bunit;
using SalesOps.Core.Domain;
using SalesOps.Dashboard.Components.Pages.Handoffs;
using SalesOps.Dashboard.Tests.Infrastructure;

namespace SalesOps.Dashboard.Tests.Handoffs;

/// <summary>Drafts save as you go, and two people on one handoff never overwrite each other silently.</summary>
public sealed class ConcurrencyAndAutosaveTests(SeededDatabase db) : HandoffTestBase(db), IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Saving_after_someone_else_saved_shows_a_conflict_keeps_theirs_and_Reload_shows_it()
    {
        var handoff = await NewHandoffAtAsync("Two editors", HandoffStage.InformationTransfer);
        var first = RenderWizard(handoff.Id);
        var second = RenderWizard(handoff.Id);

        first.Find("#field-goals").Input("Goals as the first editor wrote them");
        first.Find("[data-testid=save-draft]").Click();
        first.WaitForAssertion(() => Assert.StartsWith("Saved", first.Find("[data-testid=save-status]").TextContent.Trim(), StringComparison.Ordinal));

        second.Find("#field-goals").Input("Goals as the second editor wrote them");
        second.Find("[data-testid=save-draft]").Click();

        second.WaitForAssertion(() => Assert.Contains(
            "saved this handoff while you were editing it. Your changes are not saved: reload to see theirs, then make yours again.",
            second.Find("[data-testid=conflict-alert]").TextContent, StringComparison.Ordinal));
        Assert.Equal("Not saved", second.Find("[data-testid=save-status]").TextContent.Trim());
        Assert.True(second.Find("[data-testid=save-draft]").HasAttribute("disabled"));
        Assert.Equal("Goals as the first editor wrote them", (await StoredAsync(handoff.Id)).GoalsAndUseCase);

        second.Find("[data-testid=reload]").Click();

        second.WaitForAssertion(() => Assert.Empty(second.FindAll("[data-testid=conflict-alert]")));
        Assert.Equal("Goals as the first editor wrote them", ValueOf(second.Find("#field-goals")));
    }

    [Fact]
    public async Task An_edit_saves_itself_once_the_debounce_has_passed_on_the_clock()
    {
        var handoff = await NewHandoffAtAsync("Autosave", HandoffStage.InformationTransfer);
        var cut = RenderWizard(handoff.Id);

        cut.Find("#field-technical-requirements").Input("SAML SSO and SCIM provisioning");

        Assert.Equal("Unsaved changes", cut.Find("[data-testid=save-status]").TextContent.Trim());
        Clock.Advance(HandoffWizard.AutosaveDelay - TimeSpan.FromMilliseconds(100));
        Assert.Equal("Unsaved changes", cut.Find("[data-testid=save-status]").TextContent.Trim());
        Assert.Null((await StoredAsync(handoff.Id)).TechnicalRequirements);

        Clock.Advance(TimeSpan.FromMilliseconds(200));

        cut.WaitForAssertion(() => Assert.Equal("Saved 09:30", cut.Find("[data-testid=save-status]").TextContent.Trim()));
        var stored = await StoredAsync(handoff.Id);
        Assert.Equal("SAML SSO and SCIM provisioning", stored.TechnicalRequirements);
        Assert.NotEqual(handoff.Version, stored.Version);

        // The next edit goes out with the version the autosave got back, so it is not mistaken for someone else's.
        cut.Find("#field-technical-requirements").Input("SAML SSO, SCIM provisioning and audit log export");
        Clock.Advance(HandoffWizard.AutosaveDelay);
        cut.WaitForAssertion(() => Assert.Equal(
            "SAML SSO, SCIM provisioning and audit log export", StoredAsync(handoff.Id).GetAwaiter().GetResult().TechnicalRequirements));
        Assert.Empty(cut.FindAll("[data-testid=conflict-alert]"));
    }

    [Fact]
    public async Task An_autosave_with_an_unfinished_deliverable_marks_it_and_sends_nothing()
    {
        var handoff = await NewHandoffAtAsync("Autosave waits", HandoffStage.InformationTransfer);
        var cut = RenderWizard(handoff.Id);

        cut.Find("[data-testid=add-deliverable]").Click();
        Clock.Advance(HandoffWizard.AutosaveDelay);

        cut.WaitForAssertion(() => Assert.Equal(
            "Unsaved changes: fix the marked fields", cut.Find("[data-testid=save-status]").TextContent.Trim()));
        Assert.Equal("Deliverable 1 needs a description of what was promised.", ErrorUnder(cut, "field-deliverable-0-description"));
        Assert.Equal(handoff.Version, (await StoredAsync(handoff.Id)).Version);
    }
}
