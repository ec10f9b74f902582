using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;
using SalesOps.Core.Handoffs;
using SalesOps.Data;

namespace SalesOps.Services.Handoffs;

/// <summary>
/// The rule "a won deal starts its handoff", for every path that can win a deal (the deal page today; imports and the
/// API call it too). New-business and expansion deals start one; a renewal continues an existing relationship and
/// does not. At most one handoff per deal (also a unique index).
/// </summary>
internal static class HandoffStarter
{
    public static bool Applies(Opportunity deal) =>
        deal.Stage == OpportunityStage.ClosedWon && deal.Type != OpportunityType.Renewal;

    /// <summary>
    /// Adds (without saving) the handoff of <paramref name="deal"/> when it applies and none exists: owned by the deal's
    /// owner, with the account's CSM, items from the default template's current version, "deal closed" ticked.
    /// </summary>
    public static async Task<Handoff?> StartAsync(SalesOpsDbContext db, Opportunity deal, HandoffSettings settings, DateTimeOffset now, int? actorId, CancellationToken ct)
    {
        if (!Applies(deal) || await db.Handoffs.AnyAsync(h => h.OpportunityId == deal.Id, ct))
        {
            return null;
        }

        var csmId = await db.Accounts.Where(a => a.Id == deal.AccountId).Select(a => a.CsmId).FirstOrDefaultAsync(ct);
        var template = settings.Find(settings.DefaultTemplate) ?? settings.Templates[0];
        var handoff = new Handoff
        {
            AccountId = deal.AccountId, OpportunityId = deal.Id, OwnerId = deal.OwnerId, CsmId = csmId,
            Stage = HandoffStage.PreHandoff, Status = HandoffStatus.InProgress,
            TemplateName = template.Name, TemplateVersion = template.Version,
            ClosedWonAt = deal.ClosedAt ?? now, CreatedAt = now, UpdatedAt = now,
            Items = HandoffChecklist.ItemsFrom(template),
        };
        if (handoff.Items.FirstOrDefault(i => i.Key == "deal_closed") is { } closed)
        {
            closed.CompletedAt = now;
            closed.CompletedById = actorId;
        }

        HandoffChecklist.SyncBoundItems(handoff, now, actorId);
        db.Handoffs.Add(handoff);
        return handoff;
    }

    /// <summary>Tells the CSM (or, without one, the owner) that a handoff is waiting for them.</summary>
    public static void Notify(SalesOpsDbContext db, Handoff handoff, string accountName, string dealName, DateTimeOffset now)
    {
        foreach (var recipient in new[] { handoff.CsmId, handoff.OwnerId }.OfType<int>().Distinct())
        {
            db.Notifications.Add(new Notification
            {
                RecipientId = recipient, Kind = NotificationKind.HandoffStarted, CreatedAt = now,
                Title = $"Handoff started: {accountName}",
                Body = $"{dealName} was won. Work through the handoff checklist so nothing promised gets lost.",
                Link = $"/handoffs/{handoff.Id}", AccountId = handoff.AccountId, HandoffId = handoff.Id,
            });
        }
    }
}
