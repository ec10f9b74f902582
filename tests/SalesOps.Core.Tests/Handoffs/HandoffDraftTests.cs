using SalesOps.Core.Domain;
using SalesOps.Core.Handoffs;

namespace SalesOps.Core.Tests.Handoffs;

public class HandoffDraftTests
{
    private static readonly DateTimeOffset Closed = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    private static HandoffDraft NewDraft() =>
        new(DefaultHandoffTemplate.Items.Select(d => new HandoffDraftItem
        {
            Key = d.Key, Label = d.Label, Stage = d.Stage, Kind = d.Kind, Required = d.Required, Done = d.Key == "deal_closed",
        }));

    private static IEnumerable<string> Labels(IEnumerable<HandoffDraftItem> items) => items.Select(i => i.Label);

    [Fact]
    public void Pre_handoff_misses_the_unticked_contract_the_CSM_and_the_kickoff_until_they_are_there()
    {
        var draft = NewDraft();

        Assert.Equal(
            ["Contract signed and processed", "Customer success manager assigned", "Onboarding kickoff scheduled"],
            Labels(draft.MissingRequired(HandoffStage.PreHandoff)));

        draft.Item("contract_signed")!.Done = true;
        draft.CsmId = 7;
        draft.KickoffAt = Closed.AddDays(3);

        Assert.Empty(draft.MissingRequired(HandoffStage.PreHandoff));
        Assert.True(draft.IsDone(draft.Item("kickoff_scheduled")!));
    }

    [Fact]
    public void Bound_items_follow_the_data_and_stakeholders_need_a_decision_maker()
    {
        var draft = NewDraft();
        draft.GoalsAndUseCase = "Cut onboarding time in half";
        draft.TechnicalRequirements = "SSO with Okta";
        draft.Deliverables.Add(new DeliverableDraft { Description = "Admin training", DueDate = new DateOnly(2026, 3, 20) });
        draft.Stakeholders.Add(new StakeholderDraft { ContactId = 1, Role = ContactRole.Champion });

        Assert.Equal(["Key stakeholders and decision makers"], Labels(draft.MissingRequired(HandoffStage.InformationTransfer)));
        Assert.False(draft.IsDone(draft.Item("special_terms")!));

        draft.Stakeholders[0].IsDecisionMaker = true;

        Assert.Empty(draft.MissingRequired(HandoffStage.InformationTransfer));
    }

    [Fact]
    public void Blank_text_does_not_count_as_filled_in()
    {
        var draft = NewDraft();
        draft.NextSteps = "   ";

        Assert.Contains("Clear next steps for customer", Labels(draft.MissingRequired(HandoffStage.PostHandoff)));
    }

    [Fact]
    public void The_introduction_email_item_is_done_only_once_the_email_is_recorded_as_sent()
    {
        var draft = NewDraft();
        var item = draft.Item("introduction_email")!;
        item.Done = true; // a tick on a bound item means nothing

        Assert.False(draft.IsDone(item));

        draft.IntroductionEmailSent = true;

        Assert.True(draft.IsDone(item));
    }

    [Fact]
    public void Input_carries_the_data_and_only_the_items_not_bound_to_it()
    {
        var draft = NewDraft();
        draft.Item("contract_signed")!.Done = true;
        draft.CsmId = 3;
        draft.Deliverables.Add(new DeliverableDraft { Id = 12, Description = "Data migration", DueDate = new DateOnly(2026, 4, 1), Delivered = true });
        draft.Deliverables.Add(new DeliverableDraft { Description = "Training" });
        draft.Stakeholders.Add(new StakeholderDraft { ContactId = 5, Role = ContactRole.DecisionMaker, IsDecisionMaker = true });

        var input = draft.ToInput();

        Assert.Equal(3, input.CsmId);
        Assert.Equal(["contract_signed", "deal_closed"], input.Items.Keys.Order(StringComparer.Ordinal));
        Assert.True(input.Items["contract_signed"].Done);
        Assert.Equal([new DeliverableInput(12, "Data migration", new DateOnly(2026, 4, 1), true), new DeliverableInput(null, "Training", null)], input.Deliverables);
        Assert.Equal([new StakeholderInput(5, ContactRole.DecisionMaker, true)], input.Stakeholders);
    }

    [Fact]
    public void New_deliverables_take_the_ids_their_save_gave_them_matched_by_description_and_date()
    {
        var draft = NewDraft();
        draft.Deliverables.Add(new DeliverableDraft { Id = 1, Description = "Kept", DueDate = new DateOnly(2026, 3, 10) });
        draft.Deliverables.Add(new DeliverableDraft { Description = " Training ", DueDate = new DateOnly(2026, 3, 20) });
        draft.Deliverables.Add(new DeliverableDraft { Description = "Typed after the save", DueDate = null });

        draft.AdoptDeliverableIds([(1, "Kept", new DateOnly(2026, 3, 10)), (9, "Training", new DateOnly(2026, 3, 20))]);

        Assert.Equal([1L, 9L, null], draft.Deliverables.Select(d => d.Id));
    }
}
