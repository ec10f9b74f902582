using SalesOps.Core.Domain;

namespace SalesOps.Core.Handoffs;

/// <summary>
/// The wizard's editable copy of a handoff: everything <see cref="HandoffInput"/> carries, in mutable form, plus the
/// checklist. Whether an item is done and what the current stage still misses are answered by the same rules the
/// service applies (<see cref="HandoffFields"/>, <see cref="HandoffChecklist"/>), so the page shows what completing
/// the stage would say before anyone asks the server.
/// </summary>
public sealed class HandoffDraft
{
    public HandoffDraft(IEnumerable<HandoffDraftItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = [.. items];
    }

    public IReadOnlyList<HandoffDraftItem> Items { get; }

    public int? CsmId { get; set; }
    public DateTimeOffset? KickoffAt { get; set; }
    public string? GoalsAndUseCase { get; set; }
    public string? TechnicalRequirements { get; set; }
    public string? SpecialTerms { get; set; }
    public string? NextSteps { get; set; }
    public DateTimeOffset? TransitionMeetingAt { get; set; }
    public DateOnly? SalesInvolvedUntil { get; set; }

    /// <summary>Whether the introduction e-mail is recorded as sent (it is recorded on its own, never through a save).</summary>
    public bool IntroductionEmailSent { get; set; }

    public List<DeliverableDraft> Deliverables { get; } = [];
    public List<StakeholderDraft> Stakeholders { get; } = [];

    public IEnumerable<HandoffDraftItem> ItemsOf(HandoffStage stage) => Items.Where(i => i.Stage == stage);

    public HandoffDraftItem? Item(string key) => Items.FirstOrDefault(i => i.Key == key);

    /// <summary>Whether <paramref name="item"/> is done with the draft as it stands.</summary>
    public bool IsDone(HandoffDraftItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var handoff = ToHandoff();
        return HandoffFields.IsSatisfied(handoff, handoff.Items.First(i => i.Key == item.Key));
    }

    /// <summary>The required items of <paramref name="stage"/> the draft does not satisfy, in checklist order.</summary>
    public IReadOnlyList<HandoffDraftItem> MissingRequired(HandoffStage stage)
    {
        var missing = HandoffChecklist.MissingRequired(ToHandoff(), stage).Select(i => i.Key).ToHashSet(StringComparer.Ordinal);
        return [.. Items.Where(i => missing.Contains(i.Key))];
    }

    /// <summary>What the wizard sends on save: the data, and the ticks and values of the items not bound to it.</summary>
    public HandoffInput ToInput() => new()
    {
        CsmId = CsmId,
        KickoffAt = KickoffAt,
        GoalsAndUseCase = GoalsAndUseCase,
        TechnicalRequirements = TechnicalRequirements,
        SpecialTerms = SpecialTerms,
        NextSteps = NextSteps,
        TransitionMeetingAt = TransitionMeetingAt,
        SalesInvolvedUntil = SalesInvolvedUntil,
        Deliverables = [.. Deliverables.Select(d => new DeliverableInput(d.Id, d.Description, d.DueDate, d.Delivered))],
        Stakeholders = [.. Stakeholders.Select(s => new StakeholderInput(s.ContactId, s.Role, s.IsDecisionMaker))],
        Items = Items.Where(i => !i.Bound).ToDictionary(i => i.Key, i => new ItemInput(i.Done, i.Value), StringComparer.Ordinal),
    };

    /// <summary>
    /// Gives deliverables that were new when saved the ids the save gave them (matched by description and date), so
    /// the next save updates them instead of replacing them. For when the person kept typing while the save ran.
    /// </summary>
    public void AdoptDeliverableIds(IEnumerable<(long Id, string Description, DateOnly DueDate)> saved)
    {
        ArgumentNullException.ThrowIfNull(saved);
        var known = Deliverables.Where(d => d.Id is not null).Select(d => d.Id!.Value).ToHashSet();
        var free = saved.Where(s => !known.Contains(s.Id)).ToList();
        foreach (var draft in Deliverables.Where(d => d.Id is null))
        {
            var match = free.FirstOrDefault(s => s.DueDate == draft.DueDate
                && string.Equals(s.Description, draft.Description?.Trim(), StringComparison.Ordinal));
            if (match.Description is not null)
            {
                draft.Id = match.Id;
                free.Remove(match);
            }
        }
    }

    // The draft as a transient entity, so the checklist rules read it exactly as they read a saved handoff.
    private Handoff ToHandoff() => new()
    {
        CsmId = CsmId,
        KickoffAt = KickoffAt,
        GoalsAndUseCase = GoalsAndUseCase,
        TechnicalRequirements = TechnicalRequirements,
        SpecialTerms = SpecialTerms,
        NextSteps = NextSteps,
        TransitionMeetingAt = TransitionMeetingAt,
        SalesInvolvedUntil = SalesInvolvedUntil,
        IntroductionEmailSentAt = IntroductionEmailSent ? DateTimeOffset.UnixEpoch : null,
        Deliverables = [.. Deliverables.Select(d => new HandoffDeliverable { Description = d.Description ?? "", DueDate = d.DueDate ?? default })],
        Stakeholders = [.. Stakeholders.Select(s => new HandoffStakeholder { ContactId = s.ContactId, Role = s.Role, IsDecisionMaker = s.IsDecisionMaker })],
        Items = [.. Items.Select((i, order) => new HandoffItem
        {
            Key = i.Key, Label = i.Label, Stage = i.Stage, Kind = i.Kind, Required = i.Required, Order = order, Value = i.Value,
            CompletedAt = !i.Bound && (i.Kind == ChecklistItemKind.Check ? i.Done : !string.IsNullOrWhiteSpace(i.Value)) ? DateTimeOffset.UnixEpoch : null,
        })],
    };
}
