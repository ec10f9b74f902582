using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Domain;
using SalesOps.Data;
using SalesOps.Services.Configuration;

namespace SalesOps.Services.Handoffs;

/// <summary>
/// "Sales stays involved the first 30 days": when that period ends, sales and the CSM each get a reminder (once per
/// handoff) to agree who leads from here and what is still open. Periods that ended more than a week ago are left
/// alone, so a first start on old data does not flood anyone.
/// </summary>
internal sealed class HandoffReminders(IDbContextFactory<SalesOpsDbContext> contextFactory, ICrmConfigurationProvider configuration, TimeProvider clock)
{
    internal const int LookBackDays = 7;

    /// <summary>Sends the reminders that are due; returns how many notifications were written.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct = default)
    {
        var (config, _) = await configuration.GetCurrentAsync(ct);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var earliest = today.AddDays(-LookBackDays);
        var days = config.Handoffs.SalesInvolvementDays;
        // Without an agreed date the period ends the configured number of days after the close.
        var closedBefore = now.AddDays(-days);
        var closedAfter = now.AddDays(-days - LookBackDays - 1);
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var due = await db.Handoffs
            .Where(h => h.Status != HandoffStatus.Cancelled && h.SalesReminderSentAt == null)
            .Where(h => h.SalesInvolvedUntil != null
                ? h.SalesInvolvedUntil <= today && h.SalesInvolvedUntil >= earliest
                : h.ClosedWonAt <= closedBefore && h.ClosedWonAt > closedAfter)
            .Select(h => new
            {
                Handoff = h, Account = h.Account!.Name,
                Open = h.Deliverables.Count(d => d.DeliveredAt == null),
            })
            .ToListAsync(ct);

        var written = 0;
        foreach (var d in due)
        {
            var h = d.Handoff;
            foreach (var recipient in new[] { h.OwnerId, h.CsmId }.OfType<int>().Distinct())
            {
                db.Notifications.Add(new Notification
                {
                    RecipientId = recipient, Kind = NotificationKind.SalesInvolvementEnds, CreatedAt = now,
                    Title = $"Day {days}: sales involvement with {d.Account} ends",
                    Body = d.Open == 0
                        ? "Agree who leads the relationship from here."
                        : $"Agree who leads the relationship from here; {d.Open} promised deliverable{(d.Open == 1 ? " is" : "s are")} still open.",
                    Link = $"/handoffs/{h.Id}", AccountId = h.AccountId, HandoffId = h.Id,
                });
                written++;
            }

            h.SalesReminderSentAt = now;
        }

        await db.SaveChangesAsync(ct);
        return written;
    }
}
