using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Domain;
using SalesOps.Core.Health;
using SalesOps.Data;

namespace SalesOps.Services.Health;

/// <summary>
/// Reads the health model's inputs for a batch of accounts as of an instant. Every figure is aggregated in the
/// database per account (GROUP BY, or the latest row per account); only one row per account and fact comes back.
/// </summary>
internal static class HealthInputsReader
{
    public const int UsageWindowDays = 30;
    public const int WindowDays = 90;
    public const int ArrTrendDays = 365;

    /// <summary>Renewal deals that closed more than this many days before the as-of date no longer count.</summary>
    public const int RenewalDealGraceDays = 30;

    /// <summary>
    /// The inputs of each account in <c>accountIds</c> as of <c>asOf</c>. With <c>useStoredArr</c> (as of now) the
    /// account's stored ARR is the ARR; for an earlier instant it is the sum of the revenue movements up to then.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, AccountHealthInputs>> ReadAsync(
        SalesOpsDbContext db, IReadOnlyCollection<int> accountIds, DateTimeOffset asOf, bool useStoredArr, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(accountIds);
        var ids = accountIds.Distinct().ToArray();
        var today = DateOnly.FromDateTime(asOf.UtcDateTime);
        var window = asOf.AddDays(-WindowDays);
        var usageFrom = today.AddDays(-UsageWindowDays);
        var arrTrendFrom = today.AddDays(-ArrTrendDays);

        // The batch's ids go in as one parameter (EF.Parameter: a JSON array on SQLite, an array on PostgreSQL), not one
        // per id: SQLite looks named parameters up one at a time, which at 500 ids costs more than the query.
        var accounts = await db.Accounts.AsNoTracking().Where(a => EF.Parameter(ids).Contains(a.Id))
            .Select(a => new { a.Id, a.Arr, a.RenewalDate, a.ContractStart, a.SupportTier })
            .ToListAsync(ct);

        // "The latest row per account" is written as "no later row" (one index seek per row): the grouped form becomes a
        // window function joined to itself, which SQLite evaluates in time quadratic in the batch.
        var usage = await db.UsageSnapshots.AsNoTracking()
            .Where(u => EF.Parameter(ids).Contains(u.AccountId) && u.PeriodStart > usageFrom && u.PeriodStart <= today
                && !db.UsageSnapshots.Any(later => later.AccountId == u.AccountId && later.PeriodStart > u.PeriodStart && later.PeriodStart <= today))
            .Select(u => new { u.AccountId, u.SeatsUsed, u.SeatsLicensed, u.ActiveUsers, u.AdvancedFeatureUsers })
            .ToDictionaryAsync(u => u.AccountId, ct);

        var tickets = await db.SupportTickets.AsNoTracking()
            .Where(t => t.AccountId != null && EF.Parameter(ids).Contains(t.AccountId.Value) && t.CreatedAt <= asOf)
            .GroupBy(t => t.AccountId!.Value)
            .Select(g => new
            {
                AccountId = g.Key,
                Escalations = g.Count(t => t.EscalatedAt > window && t.EscalatedAt <= asOf),
                Open = g.Count(t => t.SolvedAt == null || t.SolvedAt > asOf),
                OpenEscalationSince = g.Where(t => t.EscalatedAt <= asOf && (t.SolvedAt == null || t.SolvedAt > asOf)).Min(t => t.EscalatedAt),
                Good = g.Count(t => t.SolvedAt > window && t.SolvedAt <= asOf && t.Satisfaction == SatisfactionRating.Good),
                Bad = g.Count(t => t.SolvedAt > window && t.SolvedAt <= asOf && t.Satisfaction == SatisfactionRating.Bad),
            })
            .ToDictionaryAsync(t => t.AccountId, ct);

        var activities = await db.Activities.AsNoTracking()
            .Where(a => EF.Parameter(ids).Contains(a.AccountId) && a.OccurredAt <= asOf)
            .GroupBy(a => a.AccountId)
            .Select(g => new
            {
                AccountId = g.Key,
                LastMeeting = g.Where(a => a.Type == ActivityType.Meeting).Max(a => (DateTimeOffset?)a.OccurredAt),
                Recent = g.Count(a => a.OccurredAt > window),
            })
            .ToDictionaryAsync(a => a.AccountId, ct);

        var sentiments = await db.ExpansionSignals.AsNoTracking()
            .Where(s => EF.Parameter(ids).Contains(s.AccountId) && s.LoggedAt <= asOf
                && !db.ExpansionSignals.Any(later => later.AccountId == s.AccountId && later.LoggedAt <= asOf
                    && (later.LoggedAt > s.LoggedAt || (later.LoggedAt == s.LoggedAt && later.Id > s.Id))))
            .Select(s => new { s.AccountId, s.Sentiment })
            .ToDictionaryAsync(s => s.AccountId, s => s.Sentiment, ct);

        // Sums per account and movement type, to date and over the last year (at most five rows per account).
        var revenue = await db.RevenueEvents.AsNoTracking()
            .Where(r => EF.Parameter(ids).Contains(r.AccountId) && r.Date <= today)
            .GroupBy(r => new { r.AccountId, r.Type })
            .Select(g => new { g.Key.AccountId, g.Key.Type, ToDate = g.Sum(r => r.Amount), LastYear = g.Sum(r => r.Date > arrTrendFrom ? r.Amount : 0m) })
            .ToListAsync(ct);
        var toDate = revenue.ToLookup(r => r.AccountId, r => (r.Type, Amount: r.ToDate));
        var lastYear = revenue.ToLookup(r => r.AccountId, r => (r.Type, Amount: r.LastYear));

        // Renewal deals are about one per account and year, so the candidates come back and the closest is chosen here.
        var earliestClose = today.AddDays(-RenewalDealGraceDays);
        var renewalDeals = (await db.Opportunities.AsNoTracking()
                .Where(o => EF.Parameter(ids).Contains(o.AccountId) && o.Type == OpportunityType.Renewal && o.Stage != OpportunityStage.ClosedLost
                    && o.CloseDate >= earliestClose && o.CreatedAt <= asOf)
                .Select(o => new { o.AccountId, o.Id, o.CloseDate, o.Stage })
                .ToListAsync(ct))
            .ToLookup(o => o.AccountId);

        var result = new Dictionary<int, AccountHealthInputs>(accounts.Count);
        foreach (var account in accounts)
        {
            var inputs = new HealthInputs();
            if (usage.TryGetValue(account.Id, out var u))
            {
                inputs = inputs with { SeatsUsed = u.SeatsUsed, SeatsLicensed = u.SeatsLicensed, ActiveUsers = u.ActiveUsers, AdvancedFeatureUsers = u.AdvancedFeatureUsers };
            }

            DateTimeOffset? openEscalationSince = null;
            if (tickets.TryGetValue(account.Id, out var t))
            {
                openEscalationSince = t.OpenEscalationSince;
                var rated = t.Good + t.Bad;
                inputs = inputs with
                {
                    EscalationsLast90Days = t.Escalations,
                    OpenTickets = t.Open,
                    HasOpenEscalation = t.OpenEscalationSince is not null,
                    // Same rule as the stored support fields (SupportFieldsCalculator).
                    CsatLast90Days = rated == 0 ? null : Math.Round(100m * t.Good / rated, 1),
                };
            }

            if (activities.TryGetValue(account.Id, out var a))
            {
                inputs = inputs with
                {
                    DaysSinceLastMeeting = a.LastMeeting is { } met ? today.DayNumber - DateOnly.FromDateTime(met.UtcDateTime).DayNumber : null,
                    ActivitiesLast90Days = a.Recent,
                };
            }
            else
            {
                inputs = inputs with { ActivitiesLast90Days = 0 };
            }

            if (sentiments.TryGetValue(account.Id, out var sentiment))
            {
                inputs = inputs with { LatestSignalSentiment = sentiment };
            }

            var movements = toDate[account.Id].ToList();
            var arr = useStoredArr ? account.Arr : Math.Max(0, Net(movements, includeNew: true));
            if (movements.Count > 0)
            {
                inputs = inputs with { Arr = arr, NetArrChange12Months = Net(lastYear[account.Id], includeNew: false) };
            }
            else if (useStoredArr)
            {
                inputs = inputs with { Arr = arr };
            }

            var renewal = RenewalDateAsOf(account.RenewalDate, account.ContractStart, today);
            var days = renewal.DayNumber - today.DayNumber;
            var deal = renewalDeals[account.Id].OrderBy(o => Math.Abs(o.CloseDate.DayNumber - renewal.DayNumber)).ThenByDescending(o => o.Id).FirstOrDefault();
            inputs = inputs with { DaysToRenewal = days, RenewalStage = deal?.Stage };

            result[account.Id] = new AccountHealthInputs(account.Id, inputs, openEscalationSince, arr, account.SupportTier);
        }

        return result;
    }

    /// <summary>
    /// The renewal date that was next on <paramref name="asOf"/>: the stored date is the upcoming one today, so for an
    /// earlier date a renewal that has happened since is stepped back a year at a time.
    /// </summary>
    internal static DateOnly RenewalDateAsOf(DateOnly renewalDate, DateOnly contractStart, DateOnly asOf)
    {
        var date = renewalDate;
        while (date.AddYears(-1) >= asOf && date.AddYears(-1) > contractStart)
        {
            date = date.AddYears(-1);
        }

        return date;
    }

    private static decimal Net(IEnumerable<(RevenueEventType Type, decimal Amount)> movements, bool includeNew) =>
        movements.Sum(m => m.Type switch
        {
            RevenueEventType.New => includeNew ? m.Amount : 0,
            RevenueEventType.Expansion => m.Amount,
            RevenueEventType.Contraction or RevenueEventType.Churn => -m.Amount,
            _ => 0,
        });
}
