using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;
using SalesOps.Core.Handoffs;

namespace SalesOps.Core.Tests.Handoffs;

public class HandoffChecklistTests
{
    private static readonly DateTimeOffset Closed = new(2026, 11, 2, 15, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = Closed.AddDays(3);

    private static Handoff NewHandoff()
    {
        var template = new HandoffSettings().Find(DefaultHandoffTemplate.Name)!;
        return new Handoff
        {
            Stage = HandoffStage.PreHandoff, Status = HandoffStatus.InProgress, ClosedWonAt = Closed,
            TemplateName = template.Name, TemplateVersion = template.Version, Items = HandoffChecklist.ItemsFrom(template),
        };
    }

    private static HandoffItem Item(Handoff handoff, string key) => handoff.Items.Single(i => i.Key == key);

    [Fact]
    public void Items_are_copied_from_the_template_in_stage_order_with_their_settings()
    {
        var handoff = NewHandoff();

        Assert.Equal(DefaultHandoffTemplate.Items.Count, handoff.Items.Count);
        Assert.Equal(Enumerable.Range(0, handoff.Items.Count), handoff.Items.Select(i => i.Order));
        Assert.Equal("deal_closed", handoff.Items[0].Key);
        Assert.False(Item(handoff, "special_terms").Required);
        Assert.Equal(ChecklistItemKind.Date, Item(handoff, "kickoff_scheduled").Kind);
    }

    [Fact]
    public void A_stage_with_required_items_missing_is_refused_with_each_missing_item_named()
    {
        var handoff = NewHandoff();
        Item(handoff, "deal_closed").CompletedAt = Now;

        var result = HandoffChecklist.CompleteStage(handoff, Now);

        Assert.False(result.Succeeded);
        Assert.Equal(["contract_signed", "csm_assigned", "kickoff_scheduled"], result.MissingKeys);
        Assert.Contains("Pre-handoff cannot be completed yet", result.Error, StringComparison.Ordinal);
        Assert.Contains("Contract signed and processed; Customer success manager assigned; Onboarding kickoff scheduled", result.Error, StringComparison.Ordinal);
        Assert.Equal(HandoffStage.PreHandoff, handoff.Stage);
    }

    [Fact]
    public void Bound_items_are_done_when_their_data_is_there_and_ticked_items_when_ticked()
    {
        var handoff = NewHandoff();
        Item(handoff, "deal_closed").CompletedAt = Now;
        Item(handoff, "contract_signed").CompletedAt = Now;
        handoff.CsmId = 4;
        handoff.KickoffAt = Now.AddDays(2);

        Assert.True(HandoffChecklist.CanAdvance(handoff));
        Assert.True(HandoffChecklist.CompleteStage(handoff, Now).Succeeded);
        Assert.Equal(HandoffStage.InformationTransfer, handoff.Stage);
    }

    [Fact]
    public void Stakeholders_count_only_with_a_decision_maker_and_optional_items_never_gate()
    {
        var handoff = NewHandoff();
        handoff.Stage = HandoffStage.InformationTransfer;
        handoff.GoalsAndUseCase = "Cut onboarding time for field teams";
        handoff.TechnicalRequirements = "SSO via Okta";
        handoff.Deliverables.Add(new HandoffDeliverable { Description = "Salesforce sync", DueDate = new DateOnly(2026, 12, 15) });
        handoff.Stakeholders.Add(new HandoffStakeholder { ContactId = 1, Role = ContactRole.Champion });

        Assert.Equal(["stakeholders"], HandoffChecklist.MissingRequired(handoff, HandoffStage.InformationTransfer).Select(i => i.Key));

        handoff.Stakeholders.Add(new HandoffStakeholder { ContactId = 2, Role = ContactRole.DecisionMaker, IsDecisionMaker = true });

        Assert.Empty(HandoffChecklist.MissingRequired(handoff, HandoffStage.InformationTransfer));
        Assert.True(HandoffChecklist.CompleteStage(handoff, Now).Succeeded);
    }

    [Fact]
    public void Completing_the_last_stage_completes_the_handoff_and_nothing_follows()
    {
        var handoff = NewHandoff();
        handoff.Stage = HandoffStage.PostHandoff;
        handoff.IntroductionEmailSentAt = Now;
        handoff.SalesInvolvedUntil = DateOnly.FromDateTime(Now.AddDays(30).UtcDateTime);
        handoff.TransitionMeetingAt = Now.AddDays(5);
        handoff.NextSteps = "Admin training on 3 Dec";

        Assert.True(HandoffChecklist.CompleteStage(handoff, Now).Succeeded);
        Assert.Equal(HandoffStatus.Completed, handoff.Status);
        Assert.Equal(Now, handoff.CompletedAt);

        var again = HandoffChecklist.CompleteStage(handoff, Now);
        Assert.False(again.Succeeded);
        Assert.Contains("completed", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Syncing_marks_bound_items_with_who_and_when_and_unmarks_them_when_the_data_goes()
    {
        var handoff = NewHandoff();
        handoff.CsmId = 7;

        var changed = HandoffChecklist.SyncBoundItems(handoff, Now, byId: 3);

        var csm = Assert.Single(changed);
        Assert.Equal("csm_assigned", csm.Key);
        Assert.Equal(Now, csm.CompletedAt);
        Assert.Equal(3, csm.CompletedById);
        Assert.Empty(HandoffChecklist.SyncBoundItems(handoff, Now, byId: 3));

        handoff.CsmId = null;
        Assert.Single(HandoffChecklist.SyncBoundItems(handoff, Now.AddHours(1), byId: 5));
        Assert.Null(csm.CompletedAt);
        Assert.Null(csm.CompletedById);
    }

    [Theory]
    [InlineData(ChecklistItemKind.Check, null, true, true)]
    [InlineData(ChecklistItemKind.Check, null, false, false)]
    [InlineData(ChecklistItemKind.Text, "Budget approved by CFO", false, true)]
    [InlineData(ChecklistItemKind.Text, "   ", false, false)]
    [InlineData(ChecklistItemKind.Date, "2026-12-01", false, true)]
    [InlineData(ChecklistItemKind.List, null, false, false)]
    public void A_custom_item_is_done_by_its_tick_or_its_value(ChecklistItemKind kind, string? value, bool ticked, bool done)
    {
        var handoff = NewHandoff();
        var item = new HandoffItem { Key = "security_review", Label = "Security review", Kind = kind, Value = value, CompletedAt = ticked ? Now : null };

        Assert.Equal(done, HandoffFields.IsSatisfied(handoff, item));
    }
}
