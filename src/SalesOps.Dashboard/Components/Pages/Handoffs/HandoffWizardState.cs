using SalesOps.Core.Domain;
using SalesOps.Core.Handoffs;
using SalesOps.Core.Validation;
using SalesOps.Services.Handoffs;

namespace SalesOps.Dashboard.Components.Pages.Handoffs;

/// <summary>
/// The wizard's one state object: the handoff as last saved, the draft being edited, the step shown, what the current
/// stage still misses, unsaved changes, and the errors and messages of the last save. The step components read and
/// edit it; the page saves it.
/// </summary>
public sealed class HandoffWizardState
{
    private int _revision;
    private int _savedRevision;
    private List<ContactOption> _contacts;

    private HandoffWizardState(HandoffDetails details, bool mayEdit)
    {
        Details = details;
        MayEdit = mayEdit;
        Draft = DraftOf(details);
        _contacts = [.. details.AccountContacts];
        ActiveIndex = StageIndex;
    }

    public HandoffDetails Details { get; private set; }

    public HandoffDraft Draft { get; private set; }

    /// <summary>The signed-in person may edit handoffs (EditHandoffs).</summary>
    public bool MayEdit { get; }

    /// <summary>Editable: the person may edit and the handoff is still in progress.</summary>
    public bool CanEdit => MayEdit && Details.IsOpen;

    public bool ReadOnly => !CanEdit;

    /// <summary>The step shown.</summary>
    public int ActiveIndex { get; set; }

    /// <summary>The step of the handoff's current stage (the last one once it is complete).</summary>
    public int StageIndex => IndexOf(Details.Stage);

    public Guid Version => Details.Version;

    /// <summary>The account's contacts to pick stakeholders from, including any added in this session.</summary>
    public IReadOnlyList<ContactOption> Contacts => _contacts;

    public bool Dirty => _revision != _savedRevision;

    public int Revision => _revision;

    public bool Saving { get; set; }

    public DateTimeOffset? LastSavedAt { get; private set; }

    /// <summary>Set when someone else saved first; nothing more is saved until the person reloads.</summary>
    public string? Conflict { get; private set; }

    /// <summary>The message of the last refused save or completion (it names what is missing or wrong).</summary>
    public string? Problem { get; private set; }

    /// <summary>The message of the last successful completion or e-mail record.</summary>
    public string? Success { get; private set; }

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    /// <summary>Required items of the current stage the draft does not satisfy.</summary>
    public IReadOnlyList<HandoffDraftItem> Missing => Details.IsOpen ? Draft.MissingRequired(Details.Stage) : [];

    public bool CanAdvance => CanEdit && Missing.Count == 0;

    public static HandoffWizardState From(HandoffDetails details, bool mayEdit)
    {
        ArgumentNullException.ThrowIfNull(details);
        return new HandoffWizardState(details, mayEdit);
    }

    public static int IndexOf(HandoffStage stage) => HandoffChecklist.Stages.ToList().IndexOf(stage);

    /// <summary>Step <paramref name="index"/> can be looked at: it is the current stage or an earlier one.</summary>
    public bool IsReachable(int index) => index <= StageIndex;

    /// <summary>Step <paramref name="index"/> is done: an earlier stage, or any once the handoff is complete.</summary>
    public bool IsStepCompleted(int index) => index < StageIndex || Details.Status == HandoffStatus.Completed;

    /// <summary>Step <paramref name="index"/> is edited here (the current stage of an open handoff, by someone who may).</summary>
    public bool IsStepEditable(int index) => CanEdit && index == StageIndex;

    /// <summary>Records an edit: the draft now differs from what was saved.</summary>
    public void Changed()
    {
        _revision++;
        Success = null;
    }

    public void DismissSuccess() => Success = null;

    public void AddContact(ContactOption contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        _contacts.Add(contact);
    }

    public ContactOption? Contact(int id) => _contacts.FirstOrDefault(c => c.Id == id);

    /// <summary>The same checks the service runs on save, for the draft as it stands.</summary>
    public IReadOnlyList<FieldError> Validate() =>
        HandoffInputValidator.Validate(
            Draft.ToInput(),
            Details.ClosedOn,
            Details.AccountName,
            _contacts.Select(c => c.Id).ToHashSet(),
            new Dictionary<int, (string Name, string Account)>(),
            Details.SuccessTeam.Select(t => t.Id).Concat(Details.CsmId is { } csm ? [csm] : []).ToHashSet(),
            Details.Items.Where(i => !i.Bound).ToDictionary(i => i.Key, i => i.Kind, StringComparer.Ordinal));

    /// <summary>Shows errors found before saving (nothing was sent).</summary>
    public void ShowErrors(IReadOnlyList<FieldError> errors, string? message = null)
    {
        Errors = errors;
        Problem = message;
        Success = null;
    }

    /// <summary>
    /// Takes a save's answer for the draft as it was at <paramref name="postedRevision"/>. Saved: the handoff as it now
    /// is (the draft is rebuilt from it unless the person kept editing). Refused: the errors and message, draft untouched.
    /// </summary>
    public void Apply(HandoffResult result, int postedRevision, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(result);
        switch (result.Outcome)
        {
            case HandoffOutcome.Saved:
                var stageChanged = result.Handoff!.Stage != Details.Stage || result.Handoff.Status != Details.Status;
                Details = result.Handoff;
                foreach (var contact in Details.AccountContacts.Where(c => _contacts.All(x => x.Id != c.Id)))
                {
                    _contacts.Add(contact);
                }

                if (_revision == postedRevision || stageChanged)
                {
                    Draft = DraftOf(Details);
                    _revision = postedRevision;
                }
                else
                {
                    Draft.AdoptDeliverableIds(Details.Deliverables.Select(d => (d.Id, d.Description, d.DueDate)));
                    Draft.IntroductionEmailSent = Details.IntroductionEmailSentAt is not null;
                }

                _savedRevision = postedRevision;
                LastSavedAt = now;
                Errors = [];
                Problem = null;
                Success = result.Message;
                if (stageChanged)
                {
                    ActiveIndex = StageIndex;
                }

                break;
            case HandoffOutcome.Conflict:
            case HandoffOutcome.NotFound:
                Conflict = result.Message;
                Problem = null;
                Success = null;
                break;
            default:
                Errors = result.Errors;
                Problem = result.Message;
                Success = null;
                break;
        }
    }

    public bool HasError(string field) => ErrorsFor(field).Any();

    /// <summary>The messages for an input: its own field's, and those of the checklist item bound to it.</summary>
    public string? ErrorText(string field)
    {
        var messages = ErrorsFor(field).Select(e => e.Message).Distinct(StringComparer.Ordinal).ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }

    /// <summary>The messages about a checklist item (items.key).</summary>
    public string? ItemErrorText(string key)
    {
        var messages = Errors.Where(e => e.Field == $"items.{key}").Select(e => e.Message).Distinct(StringComparer.Ordinal).ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }

    private IEnumerable<FieldError> ErrorsFor(string field)
    {
        var key = KeyOf(field);
        return Errors.Where(e => e.Field == field || (key is not null && e.Field == $"items.{key}"));
    }

    private static string? KeyOf(string field) => field switch
    {
        "csm" => "csm_assigned",
        "kickoff" => "kickoff_scheduled",
        "goals_use_case" => "goals_use_case",
        "deliverables" => "promised_deliverables",
        "stakeholders" => "stakeholders",
        "technical_requirements" => "technical_requirements",
        "special_terms" => "special_terms",
        "introduction_email" => "introduction_email",
        "sales_involved_until" => "sales_involved_30_days",
        "transition_meeting" => "transition_meeting",
        "next_steps" => "next_steps",
        _ => null,
    };

    private static HandoffDraft DraftOf(HandoffDetails d)
    {
        var draft = new HandoffDraft(d.Items.Select(i => new HandoffDraftItem
        {
            Key = i.Key, Label = i.Label, Stage = i.Stage, Kind = i.Kind, Required = i.Required,
            Done = !i.Bound && i.Done, Value = i.Value,
        }))
        {
            CsmId = d.CsmId,
            KickoffAt = d.KickoffAt,
            GoalsAndUseCase = d.GoalsAndUseCase,
            TechnicalRequirements = d.TechnicalRequirements,
            SpecialTerms = d.SpecialTerms,
            NextSteps = d.NextSteps,
            TransitionMeetingAt = d.TransitionMeetingAt,
            SalesInvolvedUntil = d.SalesInvolvedUntil,
            IntroductionEmailSent = d.IntroductionEmailSentAt is not null,
        };

        // A suggestion on screen; it is saved only with the person's next save.
        if (d.IsOpen && d.Stage == HandoffStage.PostHandoff && d.SalesInvolvedUntil is null)
        {
            draft.SalesInvolvedUntil = d.ClosedOn.AddDays(d.SalesInvolvementDays);
        }

        draft.Deliverables.AddRange(d.Deliverables.Select(x => new DeliverableDraft
        {
            Id = x.Id, Description = x.Description, DueDate = x.DueDate, Delivered = x.DeliveredAt is not null,
        }));
        draft.Stakeholders.AddRange(d.Stakeholders.Select(s => new StakeholderDraft
        {
            ContactId = s.ContactId, Role = s.Role, IsDecisionMaker = s.IsDecisionMaker,
        }));
        return draft;
    }
}
