using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;
using SalesOps.Core.Handoffs;
using SalesOps.Data;
using SalesOps.Services.Accounts;
using SalesOps.Services.Common;
using SalesOps.Services.Configuration;
using SalesOps.Services.Events;
using SalesOps.Services.Notifications;
using SalesOps.Services.Security;

namespace SalesOps.Services.Handoffs;

/// <summary>Reads of the handoff service; the writes are in HandoffService.Writes.cs.</summary>
internal sealed partial class HandoffService(
    IDbContextFactory<SalesOpsDbContext> contextFactory,
    ICrmConfigurationProvider configuration,
    IMailSender mail,
    ICurrentUser user,
    IEventBus events,
    TimeProvider clock) : IHandoffService
{
    private const int MaxPageSize = 200;

    public async Task<HandoffBoard> GetBoardAsync(HandoffBoardQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (config, _) = await configuration.GetCurrentAsync(ct);
        var sla = config.Handoffs.CompletionSlaDays;
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        // Overdue: in progress and closed more than the SLA ago (the same rule as HandoffSla, as a SQL condition).
        var overdueIfClosedBefore = now.AddDays(-sla);
        await using var db = await contextFactory.CreateDbContextAsync(ct);

        var scoped = db.Handoffs.AsNoTracking().Where(h => h.Status != HandoffStatus.Cancelled);
        if (query.OwnerId is { } owner)
        {
            scoped = scoped.Where(h => h.OwnerId == owner);
        }

        if (query.CsmId is { } csm)
        {
            scoped = scoped.Where(h => h.CsmId == csm);
        }

        if (query.Segment is { } segment)
        {
            scoped = scoped.Where(h => h.Account!.Segment == segment);
        }

        var counts = await scoped.Where(h => h.Status == HandoffStatus.InProgress)
            .GroupBy(h => h.Stage)
            .Select(g => new { Stage = g.Key, Count = g.Count(), Overdue = g.Count(h => h.ClosedWonAt < overdueIfClosedBefore) })
            .ToListAsync(ct);

        var rows = scoped;
        if (query.Status is { } status)
        {
            rows = rows.Where(h => h.Status == status);
        }

        if (query.Stage is { } stage)
        {
            rows = rows.Where(h => h.Stage == stage);
        }

        if (query.OverdueOnly)
        {
            rows = rows.Where(h => h.Status == HandoffStatus.InProgress && h.ClosedWonAt < overdueIfClosedBefore);
        }

        var total = await rows.CountAsync(ct);
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var page = await rows
            .OrderByDescending(h => h.Status == HandoffStatus.InProgress && h.ClosedWonAt < overdueIfClosedBefore)
            .ThenByDescending(h => h.Status == HandoffStatus.InProgress)
            .ThenBy(h => h.ClosedWonAt)
            .ThenBy(h => h.Id)
            .Skip(Math.Max(0, query.Page) * pageSize).Take(pageSize)
            .Select(h => new
            {
                h.Id, h.AccountId, AccountName = h.Account!.Name, h.Account.Segment, DealName = h.Opportunity!.Name, h.Opportunity.Amount,
                h.Stage, h.Status, h.ClosedWonAt, h.CompletedAt,
                OwnerName = h.Owner != null ? h.Owner.Name : null, CsmName = h.Csm != null ? h.Csm.Name : null,
                ItemsDone = h.Items.Count(i => i.CompletedAt != null), ItemsTotal = h.Items.Count,
                OverdueDeliverables = h.Deliverables.Count(d => d.DueDate < today && d.DeliveredAt == null),
            })
            .ToListAsync(ct);

        var items = page.Select(h =>
        {
            var state = HandoffSla.Evaluate(h.ClosedWonAt, h.CompletedAt, sla, now);
            return new HandoffBoardRow(h.Id, h.AccountId, h.AccountName, h.Segment, h.DealName, h.Amount, h.Stage, h.Status,
                h.ClosedWonAt, h.CompletedAt, state.DueAt, state.AgeDays, state.IsOverdue && h.Status == HandoffStatus.InProgress,
                h.OwnerName, h.CsmName, h.ItemsDone, h.ItemsTotal, h.OverdueDeliverables);
        }).ToList();

        int Count(HandoffStage s) => counts.FirstOrDefault(c => c.Stage == s)?.Count ?? 0;
        return new HandoffBoard(new PagedResult<HandoffBoardRow>(items, total),
            Count(HandoffStage.PreHandoff), Count(HandoffStage.InformationTransfer), Count(HandoffStage.PostHandoff),
            counts.Sum(c => c.Overdue), sla);
    }

    public async Task<HandoffDetails?> GetAsync(int handoffId, CancellationToken ct = default)
    {
        var (config, _) = await configuration.GetCurrentAsync(ct);
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await LoadDetailsAsync(db, handoffId, config, ct);
    }

    public async Task<AccountHandoffSummary?> GetAccountSummaryAsync(int accountId, CancellationToken ct = default)
    {
        var (config, _) = await configuration.GetCurrentAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var handoffs = db.Handoffs.AsNoTracking().Where(h => h.AccountId == accountId && h.Status != HandoffStatus.Cancelled);
        var latest = await handoffs.OrderByDescending(h => h.ClosedWonAt).ThenByDescending(h => h.Id)
            .Select(h => new
            {
                Handoff = h, DealName = h.Opportunity!.Name,
                OwnerName = h.Owner != null ? h.Owner.Name : null, CsmName = h.Csm != null ? h.Csm.Name : null,
            })
            .FirstOrDefaultAsync(ct);
        if (latest is null)
        {
            return null;
        }

        var h = latest.Handoff;
        var others = await handoffs.CountAsync(ct) - 1;
        var deliverables = await DeliverablesAsync(db, h.Id, today, ct);
        var stakeholders = await StakeholdersAsync(db, h.Id, ct);
        var involvedUntil = SalesInvolvedUntil(h, config.Handoffs);
        return new AccountHandoffSummary(h.Id, latest.DealName, h.Stage, h.Status, h.ClosedWonAt, latest.OwnerName, latest.CsmName,
            h.GoalsAndUseCase, h.TechnicalRequirements, h.SpecialTerms, h.NextSteps, deliverables, stakeholders,
            today <= involvedUntil ? latest.OwnerName : null, involvedUntil, others);
    }

    /// <summary>The day sales stops being co-owner: the date agreed in the handoff, else the configured number of days after the close.</summary>
    internal static DateOnly SalesInvolvedUntil(Handoff handoff, HandoffSettings settings) =>
        handoff.SalesInvolvedUntil ?? DateOnly.FromDateTime(handoff.ClosedWonAt.UtcDateTime).AddDays(settings.SalesInvolvementDays);

    private async Task<HandoffDetails?> LoadDetailsAsync(SalesOpsDbContext db, int handoffId, CrmConfiguration config, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var row = await db.Handoffs.AsNoTracking().Where(h => h.Id == handoffId)
            .Select(h => new
            {
                Handoff = h, AccountName = h.Account!.Name, h.Account.Segment, DealName = h.Opportunity!.Name, h.Opportunity.Amount,
                h.Opportunity.CloseDate, OwnerName = h.Owner != null ? h.Owner.Name : null, CsmName = h.Csm != null ? h.Csm.Name : null,
            })
            .FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var h = row.Handoff;
        var items = await db.HandoffItems.AsNoTracking().Where(i => i.HandoffId == handoffId).OrderBy(i => i.Order)
            .Select(i => new { Item = i, By = i.CompletedBy != null ? i.CompletedBy.Name : null })
            .ToListAsync(ct);
        var deliverableRows = await db.HandoffDeliverables.AsNoTracking().Where(d => d.HandoffId == handoffId).ToListAsync(ct);
        var stakeholderRows = await db.HandoffStakeholders.AsNoTracking().Where(s => s.HandoffId == handoffId).ToListAsync(ct);
        h.Items = [.. items.Select(i => i.Item)];
        h.Deliverables = deliverableRows;
        h.Stakeholders = stakeholderRows;

        var contacts = (await db.Contacts.AsNoTracking().Where(c => c.AccountId == h.AccountId)
            .Select(c => new { c.Id, c.FirstName, c.LastName, c.Title, c.Email, c.Role }).ToListAsync(ct))
            .OrderBy(c => c.Role).ThenBy(c => c.LastName, StringComparer.CurrentCulture)
            .Select(c => new ContactOption(c.Id, $"{c.FirstName} {c.LastName}".Trim(), c.Title, c.Email, c.Role))
            .ToList();
        var success = await db.TeamMembers.AsNoTracking().Where(t => t.IsActive && t.Role == TeamRole.Success).OrderBy(t => t.Name)
            .Select(t => new TeamMemberOption(t.Id, t.Name, t.Role)).ToListAsync(ct);
        var closedOn = DateOnly.FromDateTime(h.ClosedWonAt.UtcDateTime);

        return new HandoffDetails
        {
            Id = h.Id, Version = h.Version, AccountId = h.AccountId, AccountName = row.AccountName, Segment = row.Segment,
            DealId = h.OpportunityId, DealName = row.DealName, DealAmount = row.Amount, ClosedOn = closedOn, ClosedWonAt = h.ClosedWonAt,
            Stage = h.Stage, Status = h.Status, TemplateName = h.TemplateName, TemplateVersion = h.TemplateVersion,
            OwnerId = h.OwnerId, OwnerName = row.OwnerName, CsmId = h.CsmId, CsmName = row.CsmName, CompletedAt = h.CompletedAt,
            KickoffAt = h.KickoffAt, TransitionMeetingAt = h.TransitionMeetingAt, SalesInvolvedUntil = h.SalesInvolvedUntil,
            IntroductionEmailSentAt = h.IntroductionEmailSentAt, IntroductionEmailSentBy = h.IntroductionEmailSentBy,
            IntroductionEmailSentBySmtp = h.IntroductionEmailSentBySmtp,
            GoalsAndUseCase = h.GoalsAndUseCase, TechnicalRequirements = h.TechnicalRequirements, SpecialTerms = h.SpecialTerms, NextSteps = h.NextSteps,
            Sla = HandoffSla.Evaluate(h.ClosedWonAt, h.CompletedAt, config.Handoffs.CompletionSlaDays, now),
            SalesInvolvementDays = config.Handoffs.SalesInvolvementDays,
            Items = [.. items.Select(i => new HandoffItemView(i.Item.Key, i.Item.Label, i.Item.Stage, i.Item.Kind, i.Item.Required,
                HandoffFields.IsBound(i.Item.Key), HandoffFields.IsSatisfied(h, i.Item), i.Item.Value,
                i.Item.DueOffsetDays is { } offset ? closedOn.AddDays(offset) : null, i.Item.CompletedAt, i.By))],
            Deliverables = [.. deliverableRows.OrderBy(d => d.DueDate).ThenBy(d => d.Id).Select(d => ToView(d, today))],
            Stakeholders = await StakeholdersAsync(db, handoffId, ct),
            AccountContacts = contacts,
            SuccessTeam = success,
            MissingForStage = h.Status == HandoffStatus.InProgress ? [.. HandoffChecklist.MissingRequired(h, h.Stage).Select(i => i.Label)] : [],
        };
    }

    private static async Task<IReadOnlyList<HandoffDeliverableView>> DeliverablesAsync(SalesOpsDbContext db, int handoffId, DateOnly today, CancellationToken ct) =>
        [.. (await db.HandoffDeliverables.AsNoTracking().Where(d => d.HandoffId == handoffId).ToListAsync(ct))
            .OrderBy(d => d.DueDate).ThenBy(d => d.Id).Select(d => ToView(d, today))];

    private static HandoffDeliverableView ToView(HandoffDeliverable d, DateOnly today) =>
        new(d.Id, d.Description, d.DueDate, d.DeliveredAt, d.DeliveredAt is null && d.DueDate < today);

    private static async Task<IReadOnlyList<HandoffStakeholderView>> StakeholdersAsync(SalesOpsDbContext db, int handoffId, CancellationToken ct) =>
        [.. (await db.HandoffStakeholders.AsNoTracking().Where(s => s.HandoffId == handoffId)
            .Select(s => new { s.ContactId, s.Contact!.FirstName, s.Contact.LastName, s.Contact.Title, s.Contact.Email, s.Role, s.IsDecisionMaker })
            .ToListAsync(ct))
            .OrderByDescending(s => s.IsDecisionMaker).ThenBy(s => s.Role).ThenBy(s => s.LastName, StringComparer.CurrentCulture)
            .Select(s => new HandoffStakeholderView(s.ContactId, $"{s.FirstName} {s.LastName}".Trim(), s.Title, s.Email, s.Role, s.IsDecisionMaker))];
}
