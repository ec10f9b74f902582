using Bunit;
using SalesOps.Core.Domain;
using SalesOps.Dashboard.Tests.Infrastructure;

namespace SalesOps.Dashboard.Tests.Handoffs;

/// <summary>The pre-handoff step: required items gate the stage, dates before the close are refused, nothing half-saved.</summary>
public sealed class PreHandoffStepTests(SeededDatabase db) : HandoffTestBase(db), IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Completing_with_the_contract_unticked_and_no_kickoff_names_both_and_saves_nothing()
    {
        var handoff = await NewHandoffAsync("Pre-handoff gate");
        var cut = RenderWizard(handoff.Id);
        Assert.Contains("Contract signed and processed", cut.Find("[data-testid=missing-hint]").TextContent, StringComparison.Ordinal);

        cut.Find("[data-testid=complete-stage]").Click();

        cut.WaitForAssertion(() => Assert.Contains(
            "Pre-handoff cannot be completed yet. Missing: Contract signed and processed; Onboarding kickoff scheduled.",
            cut.Find("[data-testid=wizard-problem]").TextContent, StringComparison.Ordinal));
        Assert.Contains("'Contract signed and processed' is required", cut.Find("[data-testid=item-error-contract_signed]").TextContent, StringComparison.Ordinal);
        Assert.Contains("fill in the kickoff date", ErrorUnder(cut, "field-kickoff-date"), StringComparison.Ordinal);
        var stored = await StoredAsync(handoff.Id);
        Assert.Equal(HandoffStage.PreHandoff, stored.Stage);
        Assert.Equal(handoff.Version, stored.Version);
        Assert.Null(stored.KickoffAt);
    }

    [Fact]
    public async Task A_kickoff_before_the_close_date_is_refused_with_the_message_under_the_kickoff_field()
    {
        var handoff = await NewHandoffAsync("Kickoff too early");
        var cut = RenderWizard(handoff.Id);

        cut.Find("#field-kickoff-date").Change("2026-02-20");
        cut.Find("[data-testid=save-draft]").Click();

        cut.WaitForAssertion(() => Assert.Equal(
            "The kickoff (20 Feb 2026) cannot be before the deal closed (2 Mar 2026).", ErrorUnder(cut, "field-kickoff-date")));
        Assert.Contains("Unsaved changes", cut.Find("[data-testid=save-status]").TextContent, StringComparison.Ordinal);
        var stored = await StoredAsync(handoff.Id);
        Assert.Null(stored.KickoffAt);
        Assert.Equal(handoff.Version, stored.Version);
    }

    [Fact]
    public async Task Ticking_the_contract_and_scheduling_the_kickoff_completes_the_stage_and_opens_information_transfer()
    {
        var handoff = await NewHandoffAsync("Pre-handoff done");
        var cut = RenderWizard(handoff.Id);

        cut.Find("[data-testid=item-contract_signed]").Change(true);
        cut.Find("#field-kickoff-date").Change("2026-03-09");
        cut.WaitForAssertion(() => Assert.Equal("Every required item is done.", cut.Find("[data-testid=missing-hint]").TextContent.Trim()));
        cut.Find("[data-testid=complete-stage]").Click();

        cut.WaitForAssertion(() => Assert.Equal(
            "Pre-handoff completed; next: Information transfer.", cut.Find("[data-testid=wizard-success]").TextContent.Trim()));
        cut.WaitForElement("[data-testid=step-InformationTransfer]");
        var stored = await StoredAsync(handoff.Id);
        Assert.Equal(HandoffStage.InformationTransfer, stored.Stage);
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 9, 0, 0, TimeSpan.Zero), stored.KickoffAt);
        Assert.True(stored.Items.Single(i => i.Key == "contract_signed").IsDone);
    }
}
