using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Domain;
using SalesOps.Data;
using SalesOps.Services.Common;
using SalesOps.Services.Configuration;
using SalesOps.Services.Events;
using SalesOps.Services.Handoffs;
using SalesOps.Services.Security;

namespace SalesOps.Services.Deals;

internal sealed class DealService(
    IDbContextFactory<SalesOpsDbContext> contextFactory,
    ICrmConfigurationProvider configuration,
    ICurrentUser user,
    IEventBus events,
    TimeProvider clock) : IDealService
{
    public async Task<IReadOnlyList<DealListItem>> GetForAccountAsync(int accountId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.Opportunities.AsNoTracking().Where(o => o.AccountId == accountId)
            .OrderByDescending(o => o.CloseDate).ThenBy(o => o.Id)
            .Select(o => new DealListItem(o.Id, o.Name, o.Type, o.Stage, o.Amount, o.CloseDate, o.Owner != null ? o.Owner.Name : null, o.Version,
                db.Handoffs.Where(h => h.OpportunityId == o.Id).Select(h => (int?)h.Id).FirstOrDefault()))
            .ToListAsync(ct);
    }

    public async Task<DealStageResult> ChangeStageAsync(int dealId, OpportunityStage stage, Guid version, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(stage))
        {
            return DealStageResult.Fail($"'{stage}' is not a deal stage.");
        }

        var (config, _) = await configuration.GetCurrentAsync(ct);
        var now = clock.GetUtcNow();
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var deal = await db.Opportunities.FirstOrDefaultAsync(o => o.Id == dealId, ct);
        if (deal is null)
        {
            return DealStageResult.Fail($"Deal {dealId} does not exist.");
        }

        if (deal.Stage == stage)
        {
            // Already there (a double click, or someone else did it first): nothing to do, nothing started twice.
            return new DealStageResult(true, null, await db.Handoffs.Where(h => h.OpportunityId == dealId).Select(h => (int?)h.Id).FirstOrDefaultAsync(ct));
        }

        if (deal.Version != version)
        {
            return DealStageResult.Fail($"{deal.Name} was changed by someone else while you were looking at it. Reload to see the change, then try again.");
        }

        if (deal.IsClosed)
        {
            return DealStageResult.Fail($"{deal.Name} is already closed ({(deal.Stage == OpportunityStage.ClosedWon ? "won" : "lost")}); a closed deal cannot be moved.");
        }

        var me = await CurrentTeamMember.IdAsync(db, user, ct);
        db.OpportunityStageChanges.Add(new OpportunityStageChange { OpportunityId = deal.Id, FromStage = deal.Stage, ToStage = stage, ChangedAt = now, ChangedById = me });
        deal.Stage = stage;
        deal.UpdatedAt = now;
        if (deal.IsClosed)
        {
            deal.ClosedAt = now;
            deal.CloseDate = DateOnly.FromDateTime(now.UtcDateTime);
        }

        db.Entry(deal).Property(o => o.Version).OriginalValue = version;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var handoff = await HandoffStarter.StartAsync(db, deal, config.Handoffs, now, me, ct);
            await db.SaveChangesAsync(ct);
            if (handoff is not null)
            {
                var account = await db.Accounts.AsNoTracking().Where(a => a.Id == deal.AccountId).Select(a => a.Name).FirstAsync(ct);
                HandoffStarter.Notify(db, handoff, account, deal.Name, now);
                await db.SaveChangesAsync(ct);
            }

            await transaction.CommitAsync(ct);
            // Only after the commit: a live page that reloads at once must find the handoff already stored.
            events.Publish(new DealsChanged(deal.AccountId, deal.Id, now));
            if (handoff is not null)
            {
                events.Publish(new HandoffsChanged(handoff.AccountId, handoff.Id, now));
            }

            return new DealStageResult(true, null, handoff?.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return DealStageResult.Fail($"{deal.Name} was changed by someone else while you were looking at it. Reload to see the change, then try again.");
        }
    }
}
