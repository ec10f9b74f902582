using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Domain;
using SalesOps.Core.Expansion;

namespace SalesOps.Services.Analytics;

public sealed partial class AnalyticsService
{
    /// <summary>How far back the expansion figures look by default.</summary>
    public const int ExpansionWindowDays = 365;

    private const int TopRepCount = 10;

    public async Task<ExpansionOverview> GetExpansionAsync(int windowDays = ExpansionWindowDays, CancellationToken ct = default)
    {
        windowDays = Math.Clamp(windowDays, 1, 3650);
        var (config, _) = await _configuration.GetCurrentAsync(ct);
        var now = _clock.GetUtcNow();
        var from = now.AddDays(-windowDays);
        await using var db = await _contextFactory.CreateDbContextAsync(ct);
        var signals = db.ExpansionSignals.AsNoTracking().Where(s => s.LoggedAt >= from);

        var byStatus = await signals.GroupBy(s => s.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var bySource = await signals.GroupBy(s => s.Source).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var byTrigger = await signals.GroupBy(s => s.Trigger).Select(g => new
        {
            g.Key, Count = g.Count(),
            WithOpportunity = g.Count(s => s.OpportunityId != null),
            Won = g.Count(s => s.Opportunity!.Stage == OpportunityStage.ClosedWon),
            WonArr = g.Where(s => s.Opportunity!.Stage == OpportunityStage.ClosedWon).Sum(s => (decimal?)s.Opportunity!.Amount) ?? 0,
        }).ToListAsync(ct);
        var byTeam = await signals.GroupBy(s => s.LoggedBy != null ? s.LoggedBy.Team : null).Select(g => new
        {
            g.Key, Count = g.Count(),
            WithOpportunity = g.Count(s => s.OpportunityId != null),
            Won = g.Count(s => s.Opportunity!.Stage == OpportunityStage.ClosedWon),
            WonArr = g.Where(s => s.Opportunity!.Stage == OpportunityStage.ClosedWon).Sum(s => (decimal?)s.Opportunity!.Amount) ?? 0,
        }).ToListAsync(ct);
        var byRep = await signals.Where(s => s.LoggedById != null).GroupBy(s => s.LoggedBy!.Name).Select(g => new
        {
            g.Key, Count = g.Count(),
            WithOpportunity = g.Count(s => s.OpportunityId != null),
            Won = g.Count(s => s.Opportunity!.Stage == OpportunityStage.ClosedWon),
            WonArr = g.Where(s => s.Opportunity!.Stage == OpportunityStage.ClosedWon).Sum(s => (decimal?)s.Opportunity!.Amount) ?? 0,
        }).ToListAsync(ct);

        // Overdue needs business days, so the few open, unacknowledged candidates are checked one by one.
        var candidatesBefore = now.AddDays(-config.Expansion.AcknowledgementSlaBusinessDays);
        var unacknowledged = await signals.Where(s => s.AcknowledgedAt == null && s.LoggedAt < candidatesBefore
                && s.Status != SignalStatus.OpportunityCreated && s.Status != SignalStatus.Dismissed)
            .Select(s => s.LoggedAt).ToListAsync(ct);
        var overdue = unacknowledged.Count(at => now > BusinessDays.Add(at, config.Expansion.AcknowledgementSlaBusinessDays));

        var total = byStatus.Sum(s => s.Count);
        return new ExpansionOverview(
            windowDays, total,
            byStatus.Where(s => s.Key is not (SignalStatus.OpportunityCreated or SignalStatus.Dismissed)).Sum(s => s.Count),
            overdue,
            byTrigger.Sum(t => t.WithOpportunity), byTrigger.Sum(t => t.Won), byTrigger.Sum(t => t.WonArr),
            [.. Enum.GetValues<SignalStatus>().Select(s => new ExpansionCount<SignalStatus>(s, byStatus.FirstOrDefault(x => x.Key == s)?.Count ?? 0))],
            [.. TriggerCatalog.All.Select(t => byTrigger.FirstOrDefault(x => x.Key == t.Trigger) is { } x
                ? new ExpansionFunnel<ExpansionTrigger>(t.Trigger, x.Count, x.WithOpportunity, x.Won, x.WonArr)
                : new ExpansionFunnel<ExpansionTrigger>(t.Trigger, 0, 0, 0, 0))],
            [.. Enum.GetValues<SignalSource>().Select(s => new ExpansionCount<SignalSource>(s, bySource.FirstOrDefault(x => x.Key == s)?.Count ?? 0))],
            [.. byTeam.OrderByDescending(t => t.WonArr).ThenByDescending(t => t.Count)
                .Select(t => new ExpansionFunnel<string>(t.Key ?? "Detected or integration", t.Count, t.WithOpportunity, t.Won, t.WonArr))],
            [.. byRep.OrderByDescending(r => r.WonArr).ThenByDescending(r => r.WithOpportunity).ThenBy(r => r.Key).Take(TopRepCount)
                .Select(r => new ExpansionFunnel<string>(r.Key, r.Count, r.WithOpportunity, r.Won, r.WonArr))]);
    }
}
