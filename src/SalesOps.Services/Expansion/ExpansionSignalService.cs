using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;
using SalesOps.Core.Expansion;
using SalesOps.Core.Handoffs;
using SalesOps.Data;
using SalesOps.Services.Common;
using SalesOps.Services.Configuration;
using SalesOps.Services.Events;
using SalesOps.Services.Notifications;
using SalesOps.Services.Security;

namespace SalesOps.Services.Expansion;

/// <summary>Reads of the signal service; writes are in ExpansionSignalService.Writes.cs.</summary>
internal sealed partial class ExpansionSignalService(
    IDbContextFactory<SalesOpsDbContext> contextFactory,
    ICrmConfigurationProvider configuration,
    IMailSender mail,
    IEventBus events,
    ICurrentUser user,
    TimeProvider clock) : IExpansionSignalService
{
    private const int MaxPageSize = 200;

    public async Task<IReadOnlyList<ExpansionTrigger>> GetTriggersInUseAsync(CancellationToken ct = default)
    {
        var (config, _) = await configuration.GetCurrentAsync(ct);
        return [.. Enum.GetValues<ExpansionTrigger>().Where(config.Expansion.Uses)];
    }

    public async Task<SignalView?> GetAsync(int signalId, CancellationToken ct = default)
    {
        var (config, _) = await configuration.GetCurrentAsync(ct);
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return (await ProjectAsync(db.ExpansionSignals.AsNoTracking().Where(s => s.Id == signalId), config.Expansion, ct)).FirstOrDefault();
    }

    public async Task<PagedResult<SignalView>> ListAsync(SignalQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (config, _) = await configuration.GetCurrentAsync(ct);
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var q = db.ExpansionSignals.AsNoTracking();
        if (query.Status is { } status)
        {
            q = q.Where(s => s.Status == status);
        }
        else if (!query.AllStatuses)
        {
            q = q.Where(s => s.Status != SignalStatus.OpportunityCreated && s.Status != SignalStatus.Dismissed);
        }

        if (query.Trigger is { } trigger)
        {
            q = q.Where(s => s.Trigger == trigger);
        }

        if (query.Source is { } source)
        {
            q = q.Where(s => s.Source == source);
        }

        if (query.AccountId is { } account)
        {
            q = q.Where(s => s.AccountId == account);
        }

        if (query.AccountManagerId is { } manager)
        {
            q = q.Where(s => s.AccountManagerId == manager);
        }

        if (query.AcknowledgementOverdueOnly)
        {
            // Overdue needs business days: anything not picked up and older than the SLA in calendar days is a candidate.
            var candidatesBefore = clock.GetUtcNow().AddDays(-config.Expansion.AcknowledgementSlaBusinessDays);
            q = q.Where(s => s.AcknowledgedAt == null && s.Status != SignalStatus.OpportunityCreated && s.Status != SignalStatus.Dismissed
                && s.LoggedAt < candidatesBefore);
            var candidates = await ProjectAsync(q.OrderByDescending(s => s.LoggedAt).ThenByDescending(s => s.Id), config.Expansion, ct);
            var overdue = candidates.Where(s => s.AcknowledgementOverdue).ToList();
            var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
            return new PagedResult<SignalView>([.. overdue.Skip(Math.Max(0, query.Page) * size).Take(size)], overdue.Count);
        }

        var total = await q.CountAsync(ct);
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var page = q.OrderByDescending(s => s.LoggedAt).ThenByDescending(s => s.Id).Skip(Math.Max(0, query.Page) * pageSize).Take(pageSize);
        return new PagedResult<SignalView>(await ProjectAsync(page, config.Expansion, ct), total);
    }

    public async Task<SignalAccountContext?> GetAccountContextAsync(int accountId, CancellationToken ct = default)
    {
        var (config, _) = await configuration.GetCurrentAsync(ct);
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var a = await db.Accounts.AsNoTracking().Where(x => x.Id == accountId)
            .Select(x => new
            {
                x.Id, x.Name, x.Segment, x.Plan, x.Limits, x.Health.Score, x.Health.Band, x.SupportTier, x.Support.OpenTicketCount, x.RenewalDate, x.Arr,
                Manager = x.Owner != null ? x.Owner.Name : null, Csm = x.Csm != null ? x.Csm.Name : null,
                Usage = db.UsageSnapshots.Where(u => u.AccountId == x.Id).OrderByDescending(u => u.PeriodStart)
                    .Select(u => new { u.SeatsUsed, u.ApiCalls, u.StorageUsedGb }).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        if (a is null)
        {
            return null;
        }

        var open = await ProjectAsync(db.ExpansionSignals.AsNoTracking()
            .Where(s => s.AccountId == accountId && s.Status != SignalStatus.OpportunityCreated && s.Status != SignalStatus.Dismissed)
            .OrderByDescending(s => s.LoggedAt), config.Expansion, ct);
        return new SignalAccountContext(a.Id, a.Name, a.Segment, a.Plan, a.Limits, a.Usage?.SeatsUsed, a.Usage?.ApiCalls, a.Usage?.StorageUsedGb,
            a.Score, a.Band, a.SupportTier, a.OpenTicketCount, a.RenewalDate, a.Arr, a.Manager, a.Csm, open);
    }

    public async Task<IntroductionEmailDraft?> GetIntroductionDraftAsync(int signalId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var s = await db.ExpansionSignals.AsNoTracking().Where(x => x.Id == signalId)
            .Select(x => new
            {
                x.Trigger, x.Context, x.CustomerWords, x.Sentiment, AccountName = x.Account!.Name,
                Manager = x.AccountManager != null ? new { x.AccountManager.Name, x.AccountManager.Email } : null,
                Rep = x.LoggedBy != null ? x.LoggedBy.Name : null,
                Contact = x.Account.PrimarySupportContact != null && x.Account.PrimarySupportContact.Email != null
                    ? new { Name = x.Account.PrimarySupportContact.FirstName + " " + x.Account.PrimarySupportContact.LastName, Email = x.Account.PrimarySupportContact.Email }
                    : null,
            })
            .FirstOrDefaultAsync(ct);
        if (s is null)
        {
            return null;
        }

        var first = s.Contact?.Name.Split(' ')[0];
        var manager = s.Manager?.Name ?? "our account manager";
        var body = $"""
            Hello {first ?? "there"},

            Thank you for the conversation. You mentioned something that my colleague {manager} can help with far better than I can, so I'd like to introduce you.

            {manager}: {s.Context?.Trim()}{(string.IsNullOrWhiteSpace(s.CustomerWords) ? "" : $"{Environment.NewLine}In their words: \"{s.CustomerWords.Trim()}\"")}
            (Sentiment: {s.Sentiment.ToString().ToLowerInvariant()}; {TriggerCatalog.Label(s.Trigger).ToLowerInvariant()}.)

            I'll leave you two to find a time.

            Best regards,
            {s.Rep ?? ""}
            """;
        return new IntroductionEmailDraft(
            s.Contact is null ? [] : [new EmailRecipient(s.Contact.Name, s.Contact.Email)],
            s.Manager is null ? [] : [new EmailRecipient(s.Manager.Name, s.Manager.Email)],
            $"{s.AccountName}: introducing {manager}",
            body.TrimEnd() + Environment.NewLine);
    }

    private async Task<List<SignalView>> ProjectAsync(IQueryable<ExpansionSignal> query, ExpansionSettings settings, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var rows = await query.Select(s => new
        {
            Signal = s, AccountName = s.Account!.Name,
            LoggedBy = s.LoggedBy != null ? s.LoggedBy.Name : null,
            Manager = s.AccountManager != null ? s.AccountManager.Name : null,
            OpportunityName = s.Opportunity != null ? s.Opportunity.Name : null,
            OpportunityStage = s.Opportunity != null ? (OpportunityStage?)s.Opportunity.Stage : null,
        }).ToListAsync(ct);
        return [.. rows.Select(r => new SignalView
        {
            Id = r.Signal.Id, Version = r.Signal.Version, AccountId = r.Signal.AccountId, AccountName = r.AccountName,
            Trigger = r.Signal.Trigger, TriggerLabel = TriggerCatalog.Label(r.Signal.Trigger), Source = r.Signal.Source, Status = r.Signal.Status,
            Context = r.Signal.Context, CustomerWords = r.Signal.CustomerWords, Sentiment = r.Signal.Sentiment, Evidence = r.Signal.Evidence,
            TicketId = r.Signal.TicketId, EstimatedArr = r.Signal.EstimatedArr, LoggedBy = r.LoggedBy,
            AccountManagerId = r.Signal.AccountManagerId, AccountManager = r.Manager,
            LoggedAt = r.Signal.LoggedAt, NotifiedAt = r.Signal.NotifiedAt, AcknowledgedAt = r.Signal.AcknowledgedAt,
            IntroducedAt = r.Signal.IntroducedAt, Introduction = r.Signal.Introduction, OpportunityId = r.Signal.OpportunityId, OpportunityName = r.OpportunityName,
            OpportunityStage = r.OpportunityStage, ClosedAt = r.Signal.ClosedAt, DismissedReason = r.Signal.DismissedReason,
            AcknowledgementDue = SignalWorkflow.AcknowledgementDue(r.Signal, settings),
            AcknowledgementOverdue = SignalWorkflow.IsAcknowledgementOverdue(r.Signal, settings, now),
        })];
    }
}
