using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Domain;
using SalesOps.Core.Expansion;

namespace SalesOps.Services.Analytics;

// The figures of the wall display's panels (any page may read them too): each is a few grouped queries plus a short,
// bounded list, so a wall reloading on every change costs little even at scale L.
public sealed partial class AnalyticsService
{
    /// <summary>How many rows a short list (top at risk, longest escalated, latest signals, most overdue) holds at most.</summary>
    public const int MaxShortListLength = 10;

    /// <summary>The renewal windows of <see cref="GetRenewalsDueAsync"/>, in days.</summary>
    public static IReadOnlyList<int> RenewalWindowDays { get; } = [30, 60, 90];

    public async Task<OverviewKpis> GetOverviewKpisAsync(CancellationToken ct = default)
    {
        await using var db = await _contextFactory.CreateDbContextAsync(ct);
        var (summary, health) = await ReadPortfolioAsync(db, ct);
        return Kpis(summary, health);
    }

    public async Task<ArrAtRiskSummary> GetArrAtRiskAsync(int top = TopAtRiskCount, CancellationToken ct = default)
    {
        var now = _clock.GetUtcNow();
        await using var db = await _contextFactory.CreateDbContextAsync(ct);
        // The same sums as the portfolio's health totals, over the at-risk accounts only.
        var totals = await db.Accounts
            .Where(a => a.Lifecycle != Lifecycle.Churned && a.Health.IsAtRisk)
            .GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), ArrAtStake = g.Sum(a => a.Health.ArrAtStake), Arr = g.Sum(a => a.Arr) })
            .SingleOrDefaultAsync(ct);
        var rows = await AtRiskRowsAsync(db,
            SortAtRisk(AtRiskAccounts(db, new AtRiskQuery(), Today()), AtRiskSort.ArrAtStake, descending: true).Take(ShortList(top)), ct);
        return new ArrAtRiskSummary(totals?.Count ?? 0, totals?.ArrAtStake ?? 0m, totals?.Arr ?? 0m, rows, now);
    }

    public async Task<RenewalsDue> GetRenewalsDueAsync(CancellationToken ct = default)
    {
        var now = _clock.GetUtcNow();
        var today = Today();
        await using var db = await _contextFactory.CreateDbContextAsync(ct);
        // At most one row per day of the longest window; the windows are added up from them here.
        var days = await RenewingAccounts(db, today, today.AddDays(RenewalWindowDays[^1]))
            .GroupBy(a => a.RenewalDate)
            .Select(g => new
            {
                Date = g.Key,
                Count = g.Count(),
                Arr = g.Sum(a => a.Arr),
                AtRisk = g.Count(a => a.Health.IsAtRisk),
                ArrAtStake = g.Sum(a => a.Health.IsAtRisk ? a.Health.ArrAtStake : 0m),
            })
            .ToListAsync(ct);

        var windows = RenewalWindowDays.Select(n =>
        {
            var within = days.Where(d => d.Date <= today.AddDays(n)).ToList();
            return new RenewalWindow(n, within.Sum(d => d.Count), within.Sum(d => d.Arr), within.Sum(d => d.AtRisk), within.Sum(d => d.ArrAtStake));
        }).ToList();
        return new RenewalsDue(windows, now);
    }

    public async Task<OpenEscalations> GetOpenEscalationsAsync(int top = TopAtRiskCount, CancellationToken ct = default)
    {
        var now = _clock.GetUtcNow();
        await using var db = await _contextFactory.CreateDbContextAsync(ct);
        var escalated = db.SupportTickets.AsNoTracking()
            .Where(t => EF.Constant(OpenTicketStatuses).Contains(t.Status) && t.EscalatedAt != null);
        var tickets = await escalated.CountAsync(ct);
        var byAccount = escalated.Where(t => t.AccountId != null)
            .GroupBy(t => t.AccountId!.Value)
            .Select(g => new { AccountId = g.Key, Count = g.Count(), Since = g.Min(t => t.EscalatedAt!.Value) });
        var accounts = await byAccount.CountAsync(ct);
        var longest = await byAccount
            .OrderBy(g => g.Since).ThenBy(g => g.AccountId)
            .Take(ShortList(top))
            .ToListAsync(ct);
        var ids = longest.Select(g => g.AccountId).ToList();
        var names = await db.Accounts.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Name, a.SupportTier, a.Arr })
            .ToDictionaryAsync(a => a.Id, ct);

        return new OpenEscalations(tickets, accounts,
            [.. longest.Where(g => names.ContainsKey(g.AccountId)).Select(g =>
            {
                var a = names[g.AccountId];
                return new EscalatedAccount(g.AccountId, a.Name, a.SupportTier, a.Arr, g.Count, g.Since);
            })],
            now);
    }

    public async Task<ExpansionThisWeek> GetExpansionThisWeekAsync(int latest = TopAtRiskCount, CancellationToken ct = default)
    {
        var now = _clock.GetUtcNow();
        var weekStart = WeekStart(now);
        await using var db = await _contextFactory.CreateDbContextAsync(ct);
        var signals = db.ExpansionSignals.AsNoTracking().Where(s => s.LoggedAt >= weekStart);
        var byTrigger = await signals
            .GroupBy(s => s.Trigger)
            .Select(g => new
            {
                g.Key,
                Count = g.Count(),
                Open = g.Count(s => EF.Constant(OpenSignalStatuses).Contains(s.Status)),
                Arr = g.Sum(s => s.EstimatedArr ?? 0m),
            })
            .ToListAsync(ct);
        var newest = await signals
            .OrderByDescending(s => s.LoggedAt).ThenByDescending(s => s.Id)
            .Take(ShortList(latest))
            .Select(s => new RecentSignal(s.Id, s.AccountId, s.Account!.Name, s.Trigger, s.Source, s.LoggedAt))
            .ToListAsync(ct);

        return new ExpansionThisWeek(
            weekStart,
            byTrigger.Sum(t => t.Count),
            byTrigger.Sum(t => t.Open),
            byTrigger.Sum(t => t.Arr),
            [.. TriggerCatalog.All.Select(t => new ExpansionCount<ExpansionTrigger>(t.Trigger, byTrigger.FirstOrDefault(x => x.Key == t.Trigger)?.Count ?? 0))],
            newest,
            now);
    }

    public async Task<OverdueHandoffs> GetOverdueHandoffsAsync(int top = TopAtRiskCount, CancellationToken ct = default)
    {
        var (config, _) = await _configuration.GetCurrentAsync(ct);
        var sla = config.Handoffs.CompletionSlaDays;
        var now = _clock.GetUtcNow();
        // The same rule as the handoff metrics: in progress, and closed more than the SLA ago.
        var overdueIfClosedBefore = now.AddDays(-sla);
        await using var db = await _contextFactory.CreateDbContextAsync(ct);
        var inProgress = db.Handoffs.AsNoTracking().Where(h => h.Status == HandoffStatus.InProgress);
        var counts = await inProgress.GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Overdue = g.Count(h => h.ClosedWonAt < overdueIfClosedBefore) })
            .FirstOrDefaultAsync(ct);
        var oldest = await inProgress.Where(h => h.ClosedWonAt < overdueIfClosedBefore)
            .OrderBy(h => h.ClosedWonAt).ThenBy(h => h.Id)
            .Take(ShortList(top))
            .Select(h => new { h.Id, h.AccountId, AccountName = h.Account!.Name, CsmName = h.Csm != null ? h.Csm.Name : null, h.Stage, h.ClosedWonAt })
            .ToListAsync(ct);

        return new OverdueHandoffs(counts?.Count ?? 0, counts?.Overdue ?? 0, sla,
            [.. oldest.Select(h => new OverdueHandoff(h.Id, h.AccountId, h.AccountName, h.CsmName, h.Stage, h.ClosedWonAt,
                Math.Max(0, (int)(now - h.ClosedWonAt).TotalDays - sla)))],
            now);
    }

    /// <summary>Monday 00:00 UTC of the week <paramref name="now"/> is in.</summary>
    internal static DateTimeOffset WeekStart(DateTimeOffset now)
    {
        var day = now.UtcDateTime.Date;
        var sinceMonday = ((int)day.DayOfWeek + 6) % 7;
        return new DateTimeOffset(day.AddDays(-sinceMonday), TimeSpan.Zero);
    }

    private static int ShortList(int requested) => Math.Clamp(requested, 0, MaxShortListLength);

    private static OverviewKpis Kpis(PortfolioSummary summary, HealthTotals health) => new(
        summary,
        health.AverageScore is { } avg ? Math.Round(avg, 1) : null,
        health.Scored,
        health.AtRisk,
        health.ArrAtStake,
        health.ArrOfAtRisk);
}
