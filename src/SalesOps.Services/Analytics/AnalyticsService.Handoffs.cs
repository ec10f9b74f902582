using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Domain;

namespace SalesOps.Services.Analytics;

public sealed partial class AnalyticsService
{
    /// <summary>How far back the handoff metrics look.</summary>
    public const int HandoffWindowDays = 180;

    public async Task<HandoffMetrics> GetHandoffMetricsAsync(CancellationToken ct = default)
    {
        var (config, _) = await _configuration.GetCurrentAsync(ct);
        var sla = config.Handoffs.CompletionSlaDays;
        var now = _clock.GetUtcNow();
        var from = now.AddDays(-HandoffWindowDays);
        var overdueIfClosedBefore = now.AddDays(-sla);
        await using var db = await _contextFactory.CreateDbContextAsync(ct);

        var open = await db.Handoffs.Where(h => h.Status == HandoffStatus.InProgress).GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Overdue = g.Count(h => h.ClosedWonAt < overdueIfClosedBefore) })
            .FirstOrDefaultAsync(ct);

        // A median is not a portable SQL aggregate: one duration per completed handoff comes back (a few thousand at most).
        var durations = await db.Handoffs.Where(h => h.Status == HandoffStatus.Completed && h.CompletedAt >= from)
            .Select(h => new { h.ClosedWonAt, CompletedAt = h.CompletedAt!.Value })
            .ToListAsync(ct);
        var days = durations.Select(d => (d.CompletedAt - d.ClosedWonAt).TotalDays).Order().ToList();
        double? median = days.Count == 0 ? null
            : days.Count % 2 == 1 ? days[days.Count / 2] : (days[(days.Count / 2) - 1] + days[days.Count / 2]) / 2;
        double? withinSla = days.Count == 0 ? null : (double)days.Count(d => d <= sla) / days.Count;

        var transfer = await db.Handoffs
            .Where(h => h.Status != HandoffStatus.Cancelled && h.ClosedWonAt >= from
                && (h.Status == HandoffStatus.Completed || h.Stage != HandoffStage.PreHandoff))
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Count = g.Count(),
                Complete = g.Count(h => h.Items.Where(i => i.Stage == HandoffStage.InformationTransfer && i.Required).All(i => i.CompletedAt != null)),
            })
            .FirstOrDefaultAsync(ct);

        return new HandoffMetrics(open?.Count ?? 0, open?.Overdue ?? 0, days.Count, median, withinSla,
            transfer is { Count: > 0 } ? (double)transfer.Complete / transfer.Count : null, sla, HandoffWindowDays);
    }
}
