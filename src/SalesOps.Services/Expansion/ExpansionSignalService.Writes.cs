using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Domain;
using SalesOps.Core.Expansion;
using SalesOps.Core.Validation;
using SalesOps.Data;
using SalesOps.Services.Common;
using SalesOps.Services.Events;
using SalesOps.Services.Security;

namespace SalesOps.Services.Expansion;

internal sealed partial class ExpansionSignalService
{
    private const int MaxIdempotencyKeyLength = 200;
    private const int MaxOpportunityNameLength = 200;

    public async Task<SignalResult> LogAsync(SignalInput input, string? idempotencyKey = null, string? requestHash = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = SignalInputValidator.Validate(input);
        idempotencyKey = string.IsNullOrWhiteSpace(idempotencyKey) ? null : idempotencyKey.Trim();
        if (idempotencyKey?.Length > MaxIdempotencyKeyLength)
        {
            errors.Add(new("idempotency_key", $"The idempotency key is {idempotencyKey.Length} characters long; keep it to {MaxIdempotencyKeyLength}."));
        }

        await using var db = await contextFactory.CreateDbContextAsync(ct);
        if (idempotencyKey is not null && await ReplayAsync(db, idempotencyKey, requestHash, ct) is { } replay)
        {
            return replay;
        }

        var (config, _) = await configuration.GetCurrentAsync(ct);
        if (Enum.IsDefined(input.Trigger) && !config.Expansion.Uses(input.Trigger))
        {
            errors.Add(new("trigger", $"The trigger '{TriggerCatalog.Label(input.Trigger)}' is switched off in the CRM configuration; choose one in use."));
        }

        if (input.AccountId > 0 && !await db.Accounts.AnyAsync(a => a.Id == input.AccountId, ct))
        {
            errors.Add(new("account_id", $"Account {input.AccountId} does not exist."));
        }

        if (input.TicketId is { } ticketId)
        {
            var ticketAccount = await db.SupportTickets.AsNoTracking().Where(t => t.Id == ticketId).Select(t => new { t.AccountId }).FirstOrDefaultAsync(ct);
            if (ticketAccount is null)
            {
                errors.Add(new("ticket_id", $"Ticket {ticketId} does not exist."));
            }
            else if (ticketAccount.AccountId != input.AccountId)
            {
                errors.Add(new("ticket_id", $"Ticket {ticketId} belongs to another account."));
            }
        }

        if (errors.Count > 0)
        {
            return SignalResult.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var signal = new ExpansionSignal
        {
            AccountId = input.AccountId, Trigger = input.Trigger, Status = SignalStatus.Logged,
            Source = user.IsIntegration() ? SignalSource.Integration : SignalSource.Logged,
            Context = input.Context!.Trim(), CustomerWords = string.IsNullOrWhiteSpace(input.CustomerWords) ? null : input.CustomerWords.Trim(),
            Sentiment = input.Sentiment, TicketId = input.TicketId, EstimatedArr = input.EstimatedArr,
            LoggedById = await CurrentTeamMember.IdAsync(db, user, ct), LoggedAt = now,
            IdempotencyKey = idempotencyKey, IdempotencyHash = idempotencyKey is null ? null : requestHash,
        };
        try
        {
            await SignalRecorder.RecordAsync(db, signal, mail, now, ct);
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // The same key arrived twice at the same moment; the other request stored it first.
            await using var fresh = await contextFactory.CreateDbContextAsync(ct);
            return await ReplayAsync(fresh, idempotencyKey, requestHash, ct) ?? throw new InvalidOperationException("Idempotent signal vanished.");
        }

        events.Publish(new SignalsChanged(signal.AccountId, signal.Id, now));
        return SignalResult.Saved((await GetAsync(signal.Id, ct))!, "Signal logged; the account manager has been notified.");
    }

    private async Task<SignalResult?> ReplayAsync(SalesOpsDbContext db, string key, string? hash, CancellationToken ct)
    {
        var existing = await db.ExpansionSignals.AsNoTracking().Where(s => s.IdempotencyKey == key).Select(s => new { s.Id, s.IdempotencyHash }).FirstOrDefaultAsync(ct);
        if (existing is null)
        {
            return null;
        }

        if (!string.Equals(existing.IdempotencyHash, hash, StringComparison.Ordinal))
        {
            return SignalResult.Invalid([new FieldError("idempotency_key",
                $"The idempotency key '{key}' was already used for a different request; use a new key for a new signal.")]);
        }

        return SignalResult.Saved((await GetAsync(existing.Id, ct))!, "Already received: this request was stored before and is not stored twice.");
    }

    public Task<SignalResult> AcknowledgeAsync(int signalId, Guid version, CancellationToken ct = default) =>
        StepAsync(signalId, version, (s, now) => SignalWorkflow.Acknowledge(s, now), "Signal acknowledged.", ct);

    public Task<SignalResult> RecordIntroductionAsync(int signalId, Guid version, string? introduction = null, CancellationToken ct = default) =>
        introduction?.Trim().Length > SignalWorkflow.MaxIntroductionLength
            ? Task.FromResult(SignalResult.Invalid([new("introduction",
                $"The introduction is {introduction.Trim().Length:N0} characters long; keep it to {SignalWorkflow.MaxIntroductionLength:N0}.")]))
            : StepAsync(signalId, version, (s, now) => SignalWorkflow.RecordIntroduction(s, now, introduction), "Warm introduction recorded.", ct);

    public Task<SignalResult> DismissAsync(int signalId, string? reason, Guid version, CancellationToken ct = default) =>
        StepAsync(signalId, version, (s, now) => SignalWorkflow.Dismiss(s, reason, now), "Signal dismissed.", ct);

    public async Task<SignalResult> CreateOpportunityAsync(int signalId, string? name, decimal? amount, Guid version, CancellationToken ct = default)
    {
        if (amount is < 0)
        {
            return SignalResult.Invalid([new("amount", "The amount cannot be negative.")]);
        }

        if (name?.Trim().Length > MaxOpportunityNameLength)
        {
            return SignalResult.Invalid([new("name", $"The name is {name.Trim().Length} characters long; keep it to {MaxOpportunityNameLength}.")]);
        }

        return await StepAsync(signalId, version, (signal, now) =>
        {
            if (!signal.IsOpen)
            {
                return SignalWorkflow.LinkOpportunity(signal, null, now);
            }

            var account = signal.Account!;
            var deal = new Opportunity
            {
                AccountId = signal.AccountId, Type = OpportunityType.Expansion, Stage = OpportunityStage.Qualification,
                Name = string.IsNullOrWhiteSpace(name) ? $"{account.Name} - {TriggerCatalog.Label(signal.Trigger)}" : name.Trim(),
                Amount = amount ?? signal.EstimatedArr ?? 0, CloseDate = DateOnly.FromDateTime(now.UtcDateTime).AddDays(60),
                OwnerId = signal.AccountManagerId ?? account.OwnerId, NextStep = "Expansion conversation", CreatedAt = now, UpdatedAt = now,
            };
            deal.StageHistory.Add(new OpportunityStageChange { ToStage = deal.Stage, ChangedAt = now });
            signal.Opportunity = deal;
            return SignalWorkflow.LinkOpportunity(signal, null, now);
        }, "Expansion opportunity created and linked.", ct);
    }

    private async Task<SignalResult> StepAsync(int signalId, Guid version, Func<ExpansionSignal, DateTimeOffset, SignalStepResult> step, string message, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var signal = await db.ExpansionSignals.Include(s => s.Account).FirstOrDefaultAsync(s => s.Id == signalId, ct);
        if (signal is null)
        {
            return SignalResult.NotFound(signalId);
        }

        if (signal.Version != version)
        {
            return SignalResult.Conflict("Someone else changed this signal while you were looking at it. Reload to see what they did.");
        }

        var result = step(signal, now);
        if (!result.Succeeded)
        {
            return SignalResult.Invalid([new("status", result.Error!)]);
        }

        db.Entry(signal).Property(s => s.Version).OriginalValue = version;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SignalResult.Conflict("Someone else changed this signal while you were looking at it. Reload to see what they did.");
        }

        events.Publish(new SignalsChanged(signal.AccountId, signal.Id, now));
        return SignalResult.Saved((await GetAsync(signal.Id, ct))!, message);
    }
}
