using System.Globalization;
using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;
using SalesOps.Core.Handoffs;
using SalesOps.Core.Validation;
using SalesOps.Data;
using SalesOps.Services.Common;
using SalesOps.Services.Events;
using SalesOps.Services.Notifications;

namespace SalesOps.Services.Handoffs;

internal sealed partial class HandoffService
{
    private const int MaxSubjectLength = 300;
    private const int MaxBodyLength = 20_000;
    private const int MaxNameLength = 100;

    public Task<HandoffResult> SaveAsync(int handoffId, HandoffInput input, Guid version, CancellationToken ct = default) =>
        ApplyAsync(handoffId, input, version, completeStage: false, ct);

    public Task<HandoffResult> CompleteStageAsync(int handoffId, HandoffInput input, Guid version, CancellationToken ct = default) =>
        ApplyAsync(handoffId, input, version, completeStage: true, ct);

    private async Task<HandoffResult> ApplyAsync(int handoffId, HandoffInput input, Guid version, bool completeStage, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (config, _) = await configuration.GetCurrentAsync(ct);
        var now = clock.GetUtcNow();
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var handoff = await LoadTrackedAsync(db, handoffId, ct);
        if (handoff is null)
        {
            return HandoffResult.NotFound(handoffId);
        }

        if (handoff.Version != version)
        {
            return await ConflictAsync(db, handoff, ct);
        }

        if (handoff.Status == HandoffStatus.Cancelled)
        {
            return HandoffResult.Invalid([new("handoff", "This handoff was cancelled; it can no longer be changed.")]);
        }

        var errors = await ValidateAsync(db, handoff, input, ct);
        if (errors.Count > 0)
        {
            return HandoffResult.Invalid(errors);
        }

        var me = await CurrentTeamMember.IdAsync(db, user, ct);
        Apply(handoff, input, now, me);
        HandoffChecklist.SyncBoundItems(handoff, now, me);
        string? message = null;
        if (completeStage)
        {
            var stage = handoff.Stage;
            var step = HandoffChecklist.CompleteStage(handoff, now);
            if (!step.Succeeded)
            {
                // Nothing is saved: the person fixes what is missing and completes again (their draft is still on screen).
                return HandoffResult.Invalid([.. step.MissingKeys.Select(k => new FieldError($"items.{k}", MissingMessage(handoff, k)))], step.Error);
            }

            message = handoff.Status == HandoffStatus.Completed
                ? "Handoff completed."
                : $"{HandoffChecklist.StageName(stage)} completed; next: {HandoffChecklist.StageName(handoff.Stage)}.";

            // The CSM the handoff assigned becomes the account's, when the account had none: success owns the customer
            // from here, and the account page, at-risk list and books of business show who. An existing CSM is kept.
            if (handoff.CsmId is { } csm
                && await db.Accounts.FirstOrDefaultAsync(a => a.Id == handoff.AccountId && a.CsmId == null, ct) is { } account)
            {
                account.CsmId = csm;
            }
        }

        return await SaveTrackedAsync(db, handoff, version, now, config, message, ct);
    }

    private static string MissingMessage(Handoff handoff, string key)
    {
        var item = handoff.Items.First(i => i.Key == key);
        return HandoffFields.IsBound(key)
            ? $"'{item.Label}' is required: fill in the {HandoffFields.Describe(key)}."
            : $"'{item.Label}' is required.";
    }

    private static async Task<IReadOnlyList<FieldError>> ValidateAsync(SalesOpsDbContext db, Handoff handoff, HandoffInput input, CancellationToken ct)
    {
        var account = await db.Accounts.AsNoTracking().Where(a => a.Id == handoff.AccountId).Select(a => a.Name).FirstAsync(ct);
        var accountContacts = (await db.Contacts.AsNoTracking().Where(c => c.AccountId == handoff.AccountId).Select(c => c.Id).ToListAsync(ct)).ToHashSet();
        var named = input.Stakeholders.Select(s => s.ContactId).Where(id => !accountContacts.Contains(id)).Distinct().ToArray();
        var others = named.Length == 0
            ? new Dictionary<int, (string, string)>()
            : await db.Contacts.AsNoTracking().Where(c => named.Contains(c.Id))
                .Select(c => new { c.Id, Name = c.FirstName + " " + c.LastName, Account = c.Account!.Name })
                .ToDictionaryAsync(c => c.Id, c => (c.Name, c.Account), ct);
        var team = (await db.TeamMembers.AsNoTracking().Where(t => t.IsActive).Select(t => t.Id).ToListAsync(ct)).ToHashSet();
        if (handoff.CsmId is { } current)
        {
            // A CSM who has since left stays acceptable on the handoff they already hold.
            team.Add(current);
        }

        var settable = handoff.Items.Where(i => !HandoffFields.IsBound(i.Key)).ToDictionary(i => i.Key, i => i.Kind, StringComparer.Ordinal);
        return HandoffInputValidator.Validate(input, DateOnly.FromDateTime(handoff.ClosedWonAt.UtcDateTime), account,
            accountContacts, others, team, settable);
    }

    private static void Apply(Handoff handoff, HandoffInput input, DateTimeOffset now, int? me)
    {
        handoff.CsmId = input.CsmId;
        handoff.KickoffAt = input.KickoffAt;
        handoff.TransitionMeetingAt = input.TransitionMeetingAt;
        handoff.SalesInvolvedUntil = input.SalesInvolvedUntil;
        handoff.GoalsAndUseCase = Clean(input.GoalsAndUseCase);
        handoff.TechnicalRequirements = Clean(input.TechnicalRequirements);
        handoff.SpecialTerms = Clean(input.SpecialTerms);
        handoff.NextSteps = Clean(input.NextSteps);

        var kept = input.Deliverables.Where(d => d.Id is not null).Select(d => d.Id!.Value).ToHashSet();
        handoff.Deliverables.RemoveAll(d => !kept.Contains(d.Id));
        foreach (var d in input.Deliverables)
        {
            var row = d.Id is { } id ? handoff.Deliverables.FirstOrDefault(x => x.Id == id) : null;
            if (row is null)
            {
                row = new HandoffDeliverable();
                handoff.Deliverables.Add(row);
            }

            row.Description = d.Description!.Trim();
            row.DueDate = d.DueDate!.Value;
            row.DeliveredAt = d.Delivered ? row.DeliveredAt ?? now : null;
        }

        var wanted = input.Stakeholders.ToDictionary(s => s.ContactId);
        handoff.Stakeholders.RemoveAll(s => !wanted.ContainsKey(s.ContactId));
        foreach (var s in input.Stakeholders)
        {
            var row = handoff.Stakeholders.FirstOrDefault(x => x.ContactId == s.ContactId);
            if (row is null)
            {
                row = new HandoffStakeholder { ContactId = s.ContactId };
                handoff.Stakeholders.Add(row);
            }

            row.Role = s.Role;
            row.IsDecisionMaker = s.IsDecisionMaker;
        }

        foreach (var item in handoff.Items.Where(i => !HandoffFields.IsBound(i.Key)))
        {
            if (!input.Items.TryGetValue(item.Key, out var value))
            {
                continue;
            }

            var done = item.Kind == ChecklistItemKind.Check ? value.Done : !string.IsNullOrWhiteSpace(value.Value);
            item.Value = item.Kind == ChecklistItemKind.Check ? null : Clean(value.Value);
            if (done != item.IsDone)
            {
                item.CompletedAt = done ? now : null;
                item.CompletedById = done ? me : null;
            }
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public async Task<(ContactOption? Contact, string? Error)> AddContactAsync(int handoffId, NewContact contact, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(contact);
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var accountId = await db.Handoffs.AsNoTracking().Where(h => h.Id == handoffId).Select(h => (int?)h.AccountId).FirstOrDefaultAsync(ct);
        if (accountId is null)
        {
            return (null, $"Handoff {handoffId} does not exist.");
        }

        var first = contact.FirstName?.Trim() ?? "";
        var last = contact.LastName?.Trim() ?? "";
        var email = string.IsNullOrWhiteSpace(contact.Email) ? null : contact.Email.Trim();
        if (first.Length == 0 || last.Length == 0)
        {
            return (null, "A new contact needs a first and a last name.");
        }

        if (first.Length > MaxNameLength || last.Length > MaxNameLength || contact.Title?.Trim().Length > MaxNameLength)
        {
            return (null, $"Keep names and the title to {MaxNameLength} characters.");
        }

        if (email is not null && !IsEmail(email))
        {
            return (null, $"'{email}' is not an e-mail address.");
        }

        if (!Enum.IsDefined(contact.Role))
        {
            return (null, $"'{contact.Role}' is not a contact role.");
        }

        if (email is not null)
        {
            var upper = email.ToUpperInvariant();
            var existing = await db.Contacts.AsNoTracking().Where(c => c.AccountId == accountId && c.Email != null && c.Email.ToUpper() == upper)
                .Select(c => c.FirstName + " " + c.LastName).FirstOrDefaultAsync(ct);
            if (existing is not null)
            {
                return (null, $"{existing} already has the address {email}: pick them from the list instead.");
            }
        }

        var now = clock.GetUtcNow();
        var row = new Contact
        {
            AccountId = accountId.Value, FirstName = first, LastName = last, Email = email,
            Title = string.IsNullOrWhiteSpace(contact.Title) ? null : contact.Title.Trim(), Role = contact.Role, CreatedAt = now, UpdatedAt = now,
        };
        db.Contacts.Add(row);
        await db.SaveChangesAsync(ct);
        return (new ContactOption(row.Id, row.FullName, row.Title, row.Email, row.Role), null);
    }

    public async Task<(IntroductionEmailDraft Draft, bool CanSend)?> GetIntroductionEmailAsync(int handoffId, CancellationToken ct = default)
    {
        var (config, _) = await configuration.GetCurrentAsync(ct);
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var h = await db.Handoffs.AsNoTracking().Where(x => x.Id == handoffId)
            .Select(x => new
            {
                x.AccountId, AccountName = x.Account!.Name, x.GoalsAndUseCase, x.KickoffAt, x.NextSteps,
                Owner = x.Owner != null ? new { x.Owner.Name, x.Owner.Email } : null,
                Csm = x.Csm != null ? new { x.Csm.Name, x.Csm.Email } : null,
                Deliverables = x.Deliverables.OrderBy(d => d.DueDate).Select(d => new { d.Description, d.DueDate }).ToList(),
                Stakeholders = x.Stakeholders.Where(s => s.Contact!.Email != null)
                    .Select(s => new { Name = s.Contact!.FirstName + " " + s.Contact.LastName, Email = s.Contact.Email!, s.IsDecisionMaker }).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        if (h is null)
        {
            return null;
        }

        var customer = h.Stakeholders.OrderByDescending(s => s.IsDecisionMaker).Select(s => new EmailRecipient(s.Name, s.Email)).ToList();
        var draft = IntroductionEmailComposer.Compose(new(
            h.AccountName, customer,
            h.Owner is null ? null : new EmailRecipient(h.Owner.Name, h.Owner.Email),
            h.Csm is null ? null : new EmailRecipient(h.Csm.Name, h.Csm.Email),
            h.GoalsAndUseCase, [.. h.Deliverables.Select(d => (d.Description, d.DueDate))], h.KickoffAt, h.NextSteps,
            config.Handoffs.SalesInvolvementDays));
        return (draft, mail.IsConfigured);
    }

    public async Task<HandoffResult> RecordIntroductionEmailAsync(int handoffId, IntroductionEmailDraft email, bool sendNow, Guid version, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        var (config, _) = await configuration.GetCurrentAsync(ct);
        var errors = ValidateEmail(email);
        if (sendNow && !mail.IsConfigured)
        {
            errors.Add(new("send", "The app has no mail server configured (Smtp:Host). Copy the e-mail or open it in your mail client, then record it as sent."));
        }

        if (errors.Count > 0)
        {
            return HandoffResult.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var handoff = await LoadTrackedAsync(db, handoffId, ct);
        if (handoff is null)
        {
            return HandoffResult.NotFound(handoffId);
        }

        if (handoff.Version != version)
        {
            return await ConflictAsync(db, handoff, ct);
        }

        if (sendNow)
        {
            try
            {
                await mail.SendAsync(new OutgoingMail(email.To, email.Cc, email.Subject.Trim(), email.Body), ct);
            }
            catch (Exception ex) when (ex is MailKit.ProtocolException or MailKit.CommandException or System.Net.Sockets.SocketException or IOException or MailKit.Security.AuthenticationException)
            {
                return HandoffResult.Invalid([new("send", $"The mail server did not take the e-mail ({ex.Message}). Nothing was recorded; try again or send it from your mail client.")]);
            }
        }

        handoff.IntroductionEmailSentAt = now;
        handoff.IntroductionEmailSentBySmtp = sendNow;
        var (me, myName) = await CurrentTeamMember.FindAsync(db, user, ct);
        // By name, as the checklist names who ticked an item; the sign-in name only for a user who is no team member.
        handoff.IntroductionEmailSentBy = myName ?? user.Name;
        HandoffChecklist.SyncBoundItems(handoff, now, me);
        return await SaveTrackedAsync(db, handoff, version, now, config,
            sendNow ? $"Introduction e-mail sent to {email.To.Count + email.Cc.Count} people." : "Introduction e-mail recorded as sent.", ct);
    }

    private static List<FieldError> ValidateEmail(IntroductionEmailDraft email)
    {
        var errors = new List<FieldError>();
        if (email.To.Count == 0)
        {
            errors.Add(new("to", "Add at least one customer contact with an e-mail address (name stakeholders in Information transfer)."));
        }

        foreach (var r in email.To.Concat(email.Cc).Where(r => !IsEmail(r.Address)))
        {
            errors.Add(new("to", $"'{r.Address}' is not an e-mail address."));
        }

        if (string.IsNullOrWhiteSpace(email.Subject) || email.Subject.Trim().Length > MaxSubjectLength)
        {
            errors.Add(new("subject", $"The subject must be between 1 and {MaxSubjectLength} characters."));
        }

        if (string.IsNullOrWhiteSpace(email.Body) || email.Body.Length > MaxBodyLength)
        {
            errors.Add(new("body", $"The message must be between 1 and {MaxBodyLength} characters."));
        }

        return errors;
    }

    private static bool IsEmail(string address) =>
        MailAddress.TryCreate(address, out var parsed) && string.Equals(parsed.Address, address, StringComparison.OrdinalIgnoreCase) && address.Contains('.', StringComparison.Ordinal);

    private static Task<Handoff?> LoadTrackedAsync(SalesOpsDbContext db, int handoffId, CancellationToken ct) =>
        db.Handoffs.Include(h => h.Items).Include(h => h.Deliverables).Include(h => h.Stakeholders)
            .AsSplitQuery().FirstOrDefaultAsync(h => h.Id == handoffId, ct);

    private async Task<HandoffResult> SaveTrackedAsync(SalesOpsDbContext db, Handoff handoff, Guid version, DateTimeOffset now, CrmConfiguration config, string? message, CancellationToken ct)
    {
        // Touching the handoff renews its version even when only its items, deliverables or stakeholders changed, so a
        // second editor's save of the same handoff is always caught.
        handoff.UpdatedAt = now;
        db.Entry(handoff).Property(h => h.Version).OriginalValue = version;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = await contextFactory.CreateDbContextAsync(ct);
            return await ConflictAsync(fresh, handoff, ct);
        }

        // Every handoff write ends here (drafts and autosave, stage steps, completion, the introduction e-mail), so the
        // board, its metrics and the account pages hear of each one once it is stored.
        events.Publish(new HandoffsChanged(handoff.AccountId, handoff.Id, now));

        await using var read = await contextFactory.CreateDbContextAsync(ct);
        return HandoffResult.Saved((await LoadDetailsAsync(read, handoff.Id, config, ct))!, message);
    }

    private static async Task<HandoffResult> ConflictAsync(SalesOpsDbContext db, Handoff handoff, CancellationToken ct)
    {
        var id = handoff.Id.ToString(CultureInfo.InvariantCulture);
        var last = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == "Handoff" && a.EntityId == id)
            .OrderByDescending(a => a.Id).Select(a => new { a.UserName, a.At }).FirstOrDefaultAsync(ct);
        var who = last is null ? "Someone else" : last.UserName;
        return HandoffResult.Conflict(
            $"{who} saved this handoff while you were editing it. Your changes are not saved: reload to see theirs, then make yours again.");
    }
}
