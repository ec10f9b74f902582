using SalesOps.Core.Domain;
using SalesOps.Core.Handoffs;
using SalesOps.Core.Validation;
using SalesOps.Dashboard.Components.Pages.Handoffs;
using SalesOps.Services.Accounts;
using SalesOps.Services.Handoffs;

namespace SalesOps.Dashboard.Tests.Handoffs;

/// <summary>The wizard's state object on its own: steps, unsaved changes, and how it takes a save's answer.</summary>
public class HandoffWizardStateTests
{
    private static readonly DateTimeOffset Closed = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    private static HandoffDetails Details(HandoffStage stage = HandoffStage.InformationTransfer, HandoffStatus status = HandoffStatus.InProgress) => new()
    {
        Id = 7, Version = Guid.NewGuid(), AccountId = 3, AccountName = "Contoso", Segment = Segment.MidMarket, DealId = 11, DealName = "Contoso platform",
        DealAmount = 48_000m, ClosedOn = DateOnly.FromDateTime(Closed.UtcDateTime), ClosedWonAt = Closed, Stage = stage, Status = status,
        TemplateName = DefaultHandoffTemplate.Name, TemplateVersion = 1, CsmId = 4, CsmName = "Casey Csm",
        Sla = HandoffSla.Evaluate(Closed, null, 14, Closed.AddDays(1)), SalesInvolvementDays = 30,
        Items = [.. DefaultHandoffTemplate.Items.Select(i => new HandoffItemView(i.Key, i.Label, i.Stage, i.Kind, i.Required, HandoffFields.IsBound(i.Key),
            i.Stage < stage, null, null, null, null))],
        Deliverables = [], Stakeholders = [],
        AccountContacts = [new ContactOption(21, "Ada Lovelace", "CTO", "ada@contoso.example", ContactRole.DecisionMaker)],
        SuccessTeam = [new TeamMemberOption(4, "Casey Csm", TeamRole.Success)],
        MissingForStage = [],
    };

    [Fact]
    public void The_current_stage_is_shown_and_editable_earlier_ones_viewable_later_ones_locked()
    {
        var state = HandoffWizardState.From(Details(), mayEdit: true);

        Assert.Equal(1, state.ActiveIndex);
        Assert.Equal([true, true, false], Enumerable.Range(0, 3).Select(state.IsReachable));
        Assert.Equal([true, false, false], Enumerable.Range(0, 3).Select(state.IsStepCompleted));
        Assert.Equal([false, true, false], Enumerable.Range(0, 3).Select(state.IsStepEditable));
    }

    [Fact]
    public void Someone_without_edit_rights_and_a_completed_handoff_are_read_only()
    {
        Assert.True(HandoffWizardState.From(Details(), mayEdit: false).ReadOnly);
        var completed = HandoffWizardState.From(Details(HandoffStage.PostHandoff, HandoffStatus.Completed), mayEdit: true);
        Assert.True(completed.ReadOnly);
        Assert.Empty(completed.Missing);
        Assert.Equal([true, true, true], Enumerable.Range(0, 3).Select(completed.IsStepCompleted));
    }

    [Fact]
    public void CanAdvance_follows_the_draft_as_it_is_edited()
    {
        var state = HandoffWizardState.From(Details(), mayEdit: true);
        Assert.False(state.CanAdvance);
        Assert.Equal(4, state.Missing.Count);

        state.Draft.GoalsAndUseCase = "Faster month-end close";
        state.Draft.TechnicalRequirements = "SSO";
        state.Draft.Deliverables.Add(new DeliverableDraft { Description = "Training", DueDate = new DateOnly(2026, 3, 20) });
        state.Draft.Stakeholders.Add(new StakeholderDraft { ContactId = 21, Role = ContactRole.DecisionMaker, IsDecisionMaker = true });

        Assert.True(state.CanAdvance);
    }

    [Fact]
    public void Errors_of_a_bound_item_show_under_the_input_that_fills_it_and_next_to_the_item()
    {
        var state = HandoffWizardState.From(Details(HandoffStage.PreHandoff), mayEdit: true);

        state.Apply(HandoffResult.Invalid([new FieldError("items.kickoff_scheduled", "Kickoff missing."), new FieldError("kickoff", "Too early.")]), 0, Closed);

        Assert.Equal("Kickoff missing. Too early.", state.ErrorText("kickoff"));
        Assert.Equal("Kickoff missing.", state.ItemErrorText("kickoff_scheduled"));
        Assert.Null(state.ErrorText("csm"));
        Assert.Equal("Kickoff missing. Too early.", state.Problem);
    }

    [Fact]
    public void The_local_check_is_the_services_own_a_deliverable_without_a_date_is_named()
    {
        var state = HandoffWizardState.From(Details(), mayEdit: true);
        state.Draft.Deliverables.Add(new DeliverableDraft { Description = "Training" });

        var error = Assert.Single(state.Validate());

        Assert.Equal(new FieldError("deliverables[0].due_date", "Deliverable 'Training' needs a due date: when was it promised for?"), error);
    }

    [Fact]
    public void A_save_answered_while_the_person_kept_typing_keeps_their_draft_unsaved_with_the_new_version_and_ids()
    {
        var state = HandoffWizardState.From(Details(), mayEdit: true);
        state.Draft.Deliverables.Add(new DeliverableDraft { Description = "Training", DueDate = new DateOnly(2026, 3, 20) });
        state.Changed();
        var posted = state.Revision;
        state.Draft.GoalsAndUseCase = "Typed while saving";
        state.Changed();
        var saved = Details() with
        {
            Version = Guid.NewGuid(),
            Deliverables = [new HandoffDeliverableView(31, "Training", new DateOnly(2026, 3, 20), null, false)],
        };

        state.Apply(HandoffResult.Saved(saved), posted, Closed.AddHours(1));

        Assert.Equal(saved.Version, state.Version);
        Assert.True(state.Dirty);
        Assert.Equal("Typed while saving", state.Draft.GoalsAndUseCase);
        Assert.Equal(31, state.Draft.Deliverables.Single().Id);
        Assert.Equal(Closed.AddHours(1), state.LastSavedAt);
    }

    [Fact]
    public void A_conflict_keeps_the_draft_on_screen_and_stops_further_saves()
    {
        var state = HandoffWizardState.From(Details(), mayEdit: true);
        state.Draft.GoalsAndUseCase = "Mine";
        state.Changed();

        state.Apply(HandoffResult.Conflict("Dana saved this handoff while you were editing it."), state.Revision, Closed);

        Assert.Equal("Dana saved this handoff while you were editing it.", state.Conflict);
        Assert.True(state.Dirty);
        Assert.Equal("Mine", state.Draft.GoalsAndUseCase);
    }

    [Fact]
    public void Completing_a_stage_moves_the_wizard_to_the_next_one_and_suggests_the_end_of_sales_involvement()
    {
        var state = HandoffWizardState.From(Details(), mayEdit: true);
        var next = Details(HandoffStage.PostHandoff) with { Version = Guid.NewGuid() };

        state.Apply(HandoffResult.Saved(next, "Information transfer completed; next: Post-handoff."), state.Revision, Closed);

        Assert.Equal(2, state.ActiveIndex);
        Assert.Equal("Information transfer completed; next: Post-handoff.", state.Success);
        Assert.Equal(new DateOnly(2026, 4, 1), state.Draft.SalesInvolvedUntil);
        Assert.False(state.Dirty);
    }
}
