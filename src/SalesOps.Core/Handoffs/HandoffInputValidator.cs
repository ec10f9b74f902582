using System.Globalization;
using SalesOps.Core.Domain;
using SalesOps.Core.Validation;

namespace SalesOps.Core.Handoffs;

/// <summary>
/// Checks a handoff's input against the facts it must agree with: the deal's close date, the account's contacts and
/// the team. Every problem is named; the caller saves nothing unless the list is empty.
/// </summary>
public static class HandoffInputValidator
{
    public const int MaxTextLength = 4000;
    public const int MaxDeliverableLength = 1000;
    public const int MaxDeliverables = 50;
    public const int MaxStakeholders = 50;

    /// <param name="input">What the person entered.</param>
    /// <param name="closedOn">The day the deal closed: nothing in the handoff happens before it.</param>
    /// <param name="accountName">The account's name, for messages.</param>
    /// <param name="accountContactIds">The contacts of the handoff's account.</param>
    /// <param name="otherContacts">Contacts named in the input that belong to other accounts: id → (name, account name).</param>
    /// <param name="activeTeamMemberIds">Team members who may be the CSM.</param>
    /// <param name="itemKinds">The handoff's items not bound to structured data, by key.</param>
    public static IReadOnlyList<FieldError> Validate(
        HandoffInput input,
        DateOnly closedOn,
        string accountName,
        IReadOnlySet<int> accountContactIds,
        IReadOnlyDictionary<int, (string Name, string Account)> otherContacts,
        IReadOnlySet<int> activeTeamMemberIds,
        IReadOnlyDictionary<string, ChecklistItemKind> itemKinds)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(accountContactIds);
        ArgumentNullException.ThrowIfNull(otherContacts);
        ArgumentNullException.ThrowIfNull(activeTeamMemberIds);
        ArgumentNullException.ThrowIfNull(itemKinds);
        var errors = new List<FieldError>();
        var closed = closedOn.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

        if (input.CsmId is { } csm && !activeTeamMemberIds.Contains(csm))
        {
            errors.Add(new("csm", "The chosen CSM is not an active member of the team."));
        }

        NotBefore(errors, "kickoff", "The kickoff", input.KickoffAt is { } k ? DateOnly.FromDateTime(k.UtcDateTime) : null, closedOn, closed);
        NotBefore(errors, "transition_meeting", "The transition meeting", input.TransitionMeetingAt is { } t ? DateOnly.FromDateTime(t.UtcDateTime) : null, closedOn, closed);
        NotBefore(errors, "sales_involved_until", "Sales involvement", input.SalesInvolvedUntil, closedOn, closed);

        Length(errors, "goals_use_case", "Goals and use case", input.GoalsAndUseCase);
        Length(errors, "technical_requirements", "Technical requirements", input.TechnicalRequirements);
        Length(errors, "special_terms", "Special terms", input.SpecialTerms);
        Length(errors, "next_steps", "Next steps", input.NextSteps);

        if (input.Deliverables.Count > MaxDeliverables)
        {
            errors.Add(new("deliverables", $"There are {input.Deliverables.Count} deliverables; a handoff holds at most {MaxDeliverables}."));
        }

        for (var i = 0; i < input.Deliverables.Count; i++)
        {
            var d = input.Deliverables[i];
            var name = string.IsNullOrWhiteSpace(d.Description) ? $"Deliverable {i + 1}" : $"Deliverable '{d.Description.Trim()}'";
            if (string.IsNullOrWhiteSpace(d.Description))
            {
                errors.Add(new($"deliverables[{i}].description", $"{name} needs a description of what was promised."));
            }
            else if (d.Description.Trim().Length > MaxDeliverableLength)
            {
                errors.Add(new($"deliverables[{i}].description", $"{name} is {d.Description.Trim().Length} characters long; keep it to {MaxDeliverableLength}."));
            }

            if (d.DueDate is not { } due)
            {
                errors.Add(new($"deliverables[{i}].due_date", $"{name} needs a due date: when was it promised for?"));
            }
            else if (due < closedOn)
            {
                errors.Add(new($"deliverables[{i}].due_date", $"{name} is due {due.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}, before the deal closed ({closed})."));
            }
        }

        if (input.Stakeholders.Count > MaxStakeholders)
        {
            errors.Add(new("stakeholders", $"There are {input.Stakeholders.Count} stakeholders; a handoff holds at most {MaxStakeholders}."));
        }

        var seen = new HashSet<int>();
        for (var i = 0; i < input.Stakeholders.Count; i++)
        {
            var s = input.Stakeholders[i];
            if (otherContacts.TryGetValue(s.ContactId, out var other))
            {
                errors.Add(new($"stakeholders[{i}]", $"{other.Name} is a contact of {other.Account}, not of {accountName}: pick one of {accountName}'s contacts or add them."));
            }
            else if (!accountContactIds.Contains(s.ContactId))
            {
                errors.Add(new($"stakeholders[{i}]", $"Contact {s.ContactId} does not exist."));
            }
            else if (!seen.Add(s.ContactId))
            {
                errors.Add(new($"stakeholders[{i}]", "This contact is listed twice."));
            }

            if (!Enum.IsDefined(s.Role))
            {
                errors.Add(new($"stakeholders[{i}].role", $"'{s.Role}' is not a contact role."));
            }
        }

        foreach (var (key, item) in input.Items)
        {
            if (!itemKinds.TryGetValue(key, out var kind))
            {
                errors.Add(new($"items.{key}", $"This handoff has no checklist item '{key}' that can be set by hand."));
                continue;
            }

            Length(errors, $"items.{key}", "The value", item.Value);
            if (kind == ChecklistItemKind.Date && !string.IsNullOrWhiteSpace(item.Value)
                && !DateOnly.TryParseExact(item.Value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                errors.Add(new($"items.{key}", $"'{item.Value}' is not a date (yyyy-mm-dd)."));
            }
        }

        return errors;
    }

    private static void NotBefore(List<FieldError> errors, string field, string what, DateOnly? date, DateOnly closedOn, string closed)
    {
        if (date is { } d && d < closedOn)
        {
            errors.Add(new(field, $"{what} ({d.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}) cannot be before the deal closed ({closed})."));
        }
    }

    private static void Length(List<FieldError> errors, string field, string what, string? text)
    {
        if (text is not null && text.Trim().Length > MaxTextLength)
        {
            errors.Add(new(field, $"{what} is {text.Trim().Length} characters long; keep it to {MaxTextLength}."));
        }
    }
}
