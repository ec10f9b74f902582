using SalesOps.Core.Domain;
using SalesOps.Core.Handoffs;
using SalesOps.Services.Events;
using SalesOps.Services.Handoffs;
using SalesOps.Services.Tests.Infrastructure;

namespace SalesOps.Services.Tests.Handoffs;

/// <summary>
/// Every handoff write announces <see cref="HandoffsChanged"/> once it is committed, so the board, its metrics and the
/// account pages update live; a refused write changes nothing and announces nothing.
/// </summary>
public sealed class HandoffEventsTests : IClassFixture<SeededSqliteFixture>
{
    private readonly TestDatabase _database;
    private readonly CommittedStateEventBus _events;
    private readonly HandoffTestServices _services;

    public HandoffEventsTests(SeededSqliteFixture fixture)
    {
        _database = fixture.Database;
        _events = new CommittedStateEventBus(_database);
        _services = new HandoffTestServices(_database) { Events = _events };
    }

    [Fact]
    public async Task Winning_a_deal_announces_the_deal_and_its_new_handoff_after_both_are_stored()
    {
        var (deal, account) = await _services.OpenDealAsync("Live start");

        var result = await _services.Deals().ChangeStageAsync(deal.Id, OpportunityStage.ClosedWon, deal.Version);

        Assert.True(result.Succeeded, result.Error);
        var published = _events.Published;
        Assert.Equal(2, published.Count);
        var dealChange = Assert.IsType<DealsChanged>(published[0].Event);
        Assert.Equal((account.Id, deal.Id), (dealChange.AccountId, dealChange.DealId));
        var handoffChange = Assert.IsType<HandoffsChanged>(published[1].Event);
        Assert.Equal((account.Id, result.HandoffId!.Value), (handoffChange.AccountId, handoffChange.HandoffId));
        // Another connection already saw the new handoff when the event went out.
        var stored = published[1].Stored;
        Assert.NotNull(stored);
        Assert.Equal(HandoffStage.PreHandoff, stored.Stage);
        Assert.Equal(_database.Clock.GetUtcNow(), handoffChange.At);
    }

    [Fact]
    public async Task Moving_a_deal_without_starting_a_handoff_announces_only_the_deal()
    {
        var (deal, _) = await _services.OpenDealAsync("Live renewal", OpportunityType.Renewal);

        var result = await _services.Deals().ChangeStageAsync(deal.Id, OpportunityStage.ClosedWon, deal.Version);

        Assert.True(result.Succeeded, result.Error);
        Assert.Null(result.HandoffId);
        Assert.IsType<DealsChanged>(Assert.Single(_events.Published).Event);
    }

    [Fact]
    public async Task A_draft_save_a_csm_change_a_stage_step_and_the_introduction_email_each_announce_the_handoff_once_stored()
    {
        var h = await _services.WonHandoffAsync("Live steps");
        var before = _events.Published.Count;
        int otherCsm;
        await using (var db = _database.CreateContext())
        {
            otherCsm = db.TeamMembers.Where(t => t.Role == TeamRole.Success && t.IsActive && t.Id != h.CsmId).Select(t => t.Id).First();
        }

        // The wizard's autosave and "Save draft" both go through SaveAsync.
        var draft = await _services.Handoffs().SaveAsync(h.Id, InputOf(h) with { GoalsAndUseCase = "Faster month-end close" }, h.Version);
        Assert.True(draft.Succeeded, draft.Message);
        var csm = await _services.Handoffs().SaveAsync(h.Id, InputOf(draft.Handoff!) with { CsmId = otherCsm }, draft.Handoff!.Version);
        Assert.True(csm.Succeeded, csm.Message);
        var pre = InputOf(csm.Handoff!) with
        {
            KickoffAt = _database.Clock.GetUtcNow().AddDays(3),
            Items = new Dictionary<string, ItemInput>(InputOf(csm.Handoff!).Items) { ["contract_signed"] = new(true) },
        };
        var step = await _services.Handoffs().CompleteStageAsync(h.Id, pre, csm.Handoff!.Version);
        Assert.True(step.Succeeded, step.Message);
        var email = new IntroductionEmailDraft([new("Ana Ruiz", "ana@customer.example")], [], "Welcome", "Hello Ana");
        var sent = await _services.Handoffs().RecordIntroductionEmailAsync(h.Id, email, sendNow: false, step.Handoff!.Version);
        Assert.True(sent.Succeeded, sent.Message);

        var published = _events.Published.Skip(before).ToList();
        Assert.Equal(4, published.Count);
        Assert.All(published, p =>
        {
            var change = Assert.IsType<HandoffsChanged>(p.Event);
            Assert.Equal((h.AccountId, h.Id), (change.AccountId, change.HandoffId));
        });
        // What another connection read at each announcement is what that write stored.
        Assert.Equal([draft.Handoff.Version, csm.Handoff.Version, step.Handoff.Version, sent.Handoff!.Version], published.Select(p => p.Stored!.Version));
        Assert.Equal("Faster month-end close", published[0].Stored!.GoalsAndUseCase);
        Assert.Equal(HandoffStage.PreHandoff, published[1].Stored!.Stage);
        Assert.Equal(HandoffStage.InformationTransfer, published[2].Stored!.Stage);
        Assert.NotNull(published[3].Stored!.IntroductionEmailSentAt);
    }

    [Fact]
    public async Task Refused_writes_announce_nothing()
    {
        var h = await _services.WonHandoffAsync("Live refusals");
        var saved = await _services.Handoffs().SaveAsync(h.Id, InputOf(h) with { GoalsAndUseCase = "First" }, h.Version);
        Assert.True(saved.Succeeded, saved.Message);
        var before = _events.Published.Count;

        var stale = await _services.Handoffs().SaveAsync(h.Id, InputOf(h) with { GoalsAndUseCase = "Second" }, h.Version);
        var invalid = await _services.Handoffs().SaveAsync(h.Id, InputOf(saved.Handoff!) with { KickoffAt = h.ClosedWonAt.AddDays(-2) }, saved.Handoff!.Version);
        var incomplete = await _services.Handoffs().CompleteStageAsync(h.Id, InputOf(saved.Handoff), saved.Handoff.Version);
        var noMail = new IntroductionEmailDraft([], [], "Welcome", "Hello");
        var unsendable = await _services.Handoffs().RecordIntroductionEmailAsync(h.Id, noMail, sendNow: false, saved.Handoff.Version);
        var missing = await _services.Handoffs().SaveAsync(int.MaxValue, InputOf(h), h.Version);

        Assert.Equal(HandoffOutcome.Conflict, stale.Outcome);
        Assert.Equal(HandoffOutcome.Invalid, invalid.Outcome);
        Assert.Equal(HandoffOutcome.Invalid, incomplete.Outcome);
        Assert.Equal(HandoffOutcome.Invalid, unsendable.Outcome);
        Assert.False(missing.Succeeded);
        Assert.Equal(before, _events.Published.Count);
    }

    private static HandoffInput InputOf(HandoffDetails h) => new()
    {
        CsmId = h.CsmId, KickoffAt = h.KickoffAt, GoalsAndUseCase = h.GoalsAndUseCase, TechnicalRequirements = h.TechnicalRequirements,
        SpecialTerms = h.SpecialTerms, NextSteps = h.NextSteps, TransitionMeetingAt = h.TransitionMeetingAt, SalesInvolvedUntil = h.SalesInvolvedUntil,
        Deliverables = [.. h.Deliverables.Select(d => new DeliverableInput(d.Id, d.Description, d.DueDate, d.DeliveredAt is not null))],
        Stakeholders = [.. h.Stakeholders.Select(s => new StakeholderInput(s.ContactId, s.Role, s.IsDecisionMaker))],
        Items = h.Items.Where(i => !i.Bound).ToDictionary(i => i.Key, i => new ItemInput(i.Done, i.Value)),
    };
}
