using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Domain;
using SalesOps.Core.Health;
using SalesOps.Data;
using SalesOps.Services.Accounts;
using SalesOps.Services.Common;

namespace SalesOps.Services.Analytics;

// Health dashboards: they read Account.Health (the latest snapshot, one row per account) and HealthSnapshots; they
// never recompute health. Aggregates run in the database; only the JSON words of the rows shown are parsed here.
public sealed partial class AnalyticsService
{
    /// <summary>How far back the portfolio trend looks: 13 weeks of snapshot dates, today included.</summary>
    public const int PortfolioTrendDays = 91;

    /// <summary>How far back an account's score trend looks.</summary>
    public const int AccountTrendDays = 182;

    /// <summary>"What moved it most" compares the latest snapshot with the one about this many days before it.</summary>
    public const int MoverWindowDays = 30;

    public const int TopAtRiskCount = 5;
    public const int MaxAtRiskPageSize = 200;

    public async Task<PortfolioOverview> GetOverviewAsync(CancellationToken ct = default)
    {
        var today = Today();
        // Four independent reads at once, each on a context of its own (and a thread: SQLite's async calls run
        // synchronously): the trend alone reads over a million index entries at scale L.
        var portfolio = ReadConcurrentlyAsync(db => ReadPortfolioAsync(db, ct), ct);
        var trendPoints = ReadConcurrentlyAsync(db => PortfolioTrendAsync(db, today, ct), ct);
        // The five at-risk accounts with the most ARR; the list's total is not needed here.
        var topRows = ReadConcurrentlyAsync(db => AtRiskRowsAsync(db,
            SortAtRisk(AtRiskAccounts(db, new AtRiskQuery(), today), AtRiskSort.Arr, descending: true).Take(TopAtRiskCount), ct), ct);
        var pipeline = ReadConcurrentlyAsync(db => OverviewPipelineAsync(db, today, ct), ct);
        await Task.WhenAll(portfolio, trendPoints, topRows, pipeline);
        var (summary, health) = await portfolio;
        var trend = await trendPoints;
        var top = await topRows;

        var kpis = Kpis(summary, health);
        return new PortfolioOverview(
            kpis,
            health.Bands,
            trend,
            top,
            await pipeline,
            summary.AsOf);
    }

    private Task<T> ReadConcurrentlyAsync<T>(Func<SalesOpsDbContext, Task<T>> read, CancellationToken ct) =>
        Task.Run(async () =>
        {
            await using var db = await _contextFactory.CreateDbContextAsync(ct);
            return await read(db);
        }, ct);

    /// <summary>
    /// The live accounts' mean score per snapshot date, as the totals of all snapshots less those of the churned
    /// accounts (a few percent): the first come from the (Date, Band, Score) index alone, where joining every snapshot to
    /// its account would visit a row per account and date — over a million at scale L. Scores are whole numbers, so
    /// the sums are exact and the mean is the one the database's AVG gives.
    /// </summary>
    private static async Task<List<HealthTrendPoint>> PortfolioTrendAsync(SalesOpsDbContext db, DateOnly today, CancellationToken ct)
    {
        var from = today.AddDays(-(PortfolioTrendDays - 1));
        var snapshots = db.HealthSnapshots.AsNoTracking().Where(s => s.Date >= from && s.Date <= today);
        var all = await snapshots
            .GroupBy(s => s.Date)
            .Select(g => new { Date = g.Key, Sum = g.Sum(s => s.Score), Count = g.Count() })
            .ToListAsync(ct);
        var churnedIds = await db.Accounts.AsNoTracking().Where(a => a.Lifecycle == Lifecycle.Churned).Select(a => a.Id).ToListAsync(ct);
        var churned = await snapshots
            .Where(s => EF.Parameter(churnedIds).Contains(s.AccountId))
            .GroupBy(s => s.Date)
            .Select(g => new { Date = g.Key, Sum = g.Sum(s => s.Score), Count = g.Count() })
            .ToDictionaryAsync(g => g.Date, ct);

        return all
            .Select(d => churned.TryGetValue(d.Date, out var c) ? (d.Date, Sum: (long)d.Sum - c.Sum, Count: d.Count - c.Count) : (d.Date, Sum: (long)d.Sum, d.Count))
            .Where(d => d.Count > 0)
            .OrderBy(d => d.Date)
            .Select(d => new HealthTrendPoint(d.Date, Math.Round(d.Sum / (double)d.Count, 1), d.Count))
            .ToList();
    }

    public async Task<PagedResult<AtRiskRow>> GetAtRiskAsync(AtRiskQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await _contextFactory.CreateDbContextAsync(ct);
        var accounts = AtRiskAccounts(db, query, Today());
        var total = await accounts.CountAsync(ct);
        var size = Math.Clamp(query.PageSize, 1, MaxAtRiskPageSize);
        var page = SortAtRisk(accounts, query.Sort, query.Descending).Skip(Math.Max(0, query.Page) * size).Take(size);
        return new PagedResult<AtRiskRow>(await AtRiskRowsAsync(db, page, ct), total);
    }

    public async Task<string> GetAtRiskCsvAsync(AtRiskQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await _contextFactory.CreateDbContextAsync(ct);
        var rows = await AtRiskRowsAsync(db, SortAtRisk(AtRiskAccounts(db, query, Today()), query.Sort, query.Descending), ct);

        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        // Names come from people and imports: a leading = + - @ is escaped so a spreadsheet never runs it as a formula.
        var options = new CsvWriterOptions { FormatProvider = CultureInfo.InvariantCulture, Injection = CsvInjection.Escape };
        await using (var csv = CsvWriter.Create(text, options, leaveOpen: true))
        {
            foreach (var header in CsvHeader)
            {
                csv.WriteField(header);
            }

            await csv.EndRecordAsync(ct);
            foreach (var r in rows)
            {
                csv.WriteField(r.AccountId.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(r.Name);
                csv.WriteField(SegmentText(r.Segment));
                csv.WriteField(r.Arr.ToString("0.##", CultureInfo.InvariantCulture));
                csv.WriteField(r.ArrAtStake.ToString("0.##", CultureInfo.InvariantCulture));
                csv.WriteField(r.RenewalDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                csv.WriteField(r.CsmName ?? "");
                csv.WriteField(r.OwnerName ?? "");
                csv.WriteField(r.Score?.ToString(CultureInfo.InvariantCulture) ?? "");
                csv.WriteField(r.Band is { } b ? BandText(b) : "Not scored");
                csv.WriteField(string.Join("; ", r.Reasons.Select(x => x.Text)));
                await csv.EndRecordAsync(ct);
            }
        }

        return text.ToString();
    }

    /// <summary>The CSV export's columns, in order.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } =
        ["Account id", "Account", "Segment", "ARR", "ARR at stake", "Renewal date", "CSM", "Owner", "Health score", "Band", "Reasons"];

    public async Task<AccountHealth?> GetAccountHealthAsync(int accountId, CancellationToken ct = default)
    {
        await using var db = await _contextFactory.CreateDbContextAsync(ct);
        var account = await db.Accounts.AsNoTracking().Where(a => a.Id == accountId)
            .Select(a => new { a.Health.Score, a.Health.Band, a.Health.Confidence, a.Health.IsAtRisk, a.Health.ArrAtStake, a.Health.ComputedAt })
            .FirstOrDefaultAsync(ct);
        if (account is null)
        {
            return null;
        }

        var snapshots = db.HealthSnapshots.AsNoTracking().Where(s => s.AccountId == accountId);
        var latest = await snapshots.OrderByDescending(s => s.Date)
            .Select(s => new
            {
                s.Date,
                s.Explanation,
                s.AtRiskReasons,
                Scores = new ComponentScores(s.ProductAdoption, s.SupportExperience, s.Engagement, s.Sentiment, s.Commercial),
            })
            .FirstOrDefaultAsync(ct);
        if (latest is null)
        {
            return new AccountHealth(accountId, account.Score, account.Band, account.Confidence, account.IsAtRisk, account.ArrAtStake,
                account.ComputedAt, [], [], [], null);
        }

        var from = Today().AddDays(-(AccountTrendDays - 1));
        var trend = await snapshots.Where(s => s.Date >= from).OrderBy(s => s.Date)
            .Select(s => new { s.Date, s.Score })
            .ToListAsync(ct);

        // "About 30 days ago": the newest snapshot at least 30 days older than the latest; with a shorter history,
        // the oldest one there is.
        var windowStart = latest.Date.AddDays(-MoverWindowDays);
        var earlier = await snapshots.Where(s => s.Date <= windowStart).OrderByDescending(s => s.Date)
                .Select(s => new { s.Date, Scores = new ComponentScores(s.ProductAdoption, s.SupportExperience, s.Engagement, s.Sentiment, s.Commercial) })
                .FirstOrDefaultAsync(ct)
            ?? await snapshots.Where(s => s.Date < latest.Date).OrderBy(s => s.Date)
                .Select(s => new { s.Date, Scores = new ComponentScores(s.ProductAdoption, s.SupportExperience, s.Engagement, s.Sentiment, s.Commercial) })
                .FirstOrDefaultAsync(ct);

        var components = Components(HealthJson.Explanation(latest.Explanation), latest.Scores);
        var mover = earlier is null ? null : BiggestMover(earlier.Scores, latest.Scores, earlier.Date, latest.Date);
        return new AccountHealth(accountId, account.Score, account.Band, account.Confidence, account.IsAtRisk, account.ArrAtStake,
            account.ComputedAt, components, HealthJson.Reasons(latest.AtRiskReasons),
            trend.Select(p => new HealthTrendPoint(p.Date, p.Score, 1)).ToList(), mover);
    }

    /// <summary>The component with the largest change (either way) among those scored at both dates; null when nothing moved.</summary>
    internal static HealthMover? BiggestMover(ComponentScores before, ComponentScores after, DateOnly from, DateOnly to) =>
        Enum.GetValues<HealthComponent>()
            .Select(c => (Component: c, Before: before.Of(c), After: after.Of(c)))
            .Where(x => x.Before is not null && x.After is not null && x.Before != x.After)
            .OrderByDescending(x => Math.Abs(x.After!.Value - x.Before!.Value))
            .ThenBy(x => x.Component)
            .Select(x => new HealthMover(x.Component, x.Before!.Value, x.After!.Value, from, to))
            .FirstOrDefault();

    // The explanation's words, in the model's component order; the snapshot's columns hold the scores when the words are missing.
    private static List<ComponentExplanation> Components(IReadOnlyList<ComponentExplanation> explained, ComponentScores scores) =>
        Enum.GetValues<HealthComponent>()
            .Select(c => explained.FirstOrDefault(e => e.Component == c) is { } e
                ? e with { Score = e.Score ?? scores.Of(c) }
                : new ComponentExplanation(c, scores.Of(c), [], []))
            .ToList();

    /// <summary>The at-risk accounts (not churned) that match the query's filters.</summary>
    private static IQueryable<Account> AtRiskAccounts(SalesOpsDbContext db, AtRiskQuery query, DateOnly today)
    {
        var accounts = db.Accounts.AsNoTracking().Where(a => a.Lifecycle != Lifecycle.Churned && a.Health.IsAtRisk);
        accounts = accounts.InSegmentAndBook(query.Segment, query.CsmId, query.OwnerId);

        if (query.RenewalWithinDays is { } days)
        {
            var until = today.AddDays(Math.Max(0, days));
            accounts = accounts.Where(a => a.RenewalDate >= today && a.RenewalDate <= until);
        }

        if (query.Reason is { } rule)
        {
            // The reasons live in the latest snapshot's JSON; the rule's name is matched in the text, in the database.
            var token = HealthJson.RuleToken(rule);
            accounts = accounts.Where(a => db.HealthSnapshots.Where(s => s.AccountId == a.Id).OrderByDescending(s => s.Date)
                .Select(s => s.AtRiskReasons).FirstOrDefault()!.Contains(token));
        }

        return accounts;
    }

    /// <summary>The rows of the given (sorted, perhaps paged) accounts, with the reasons of their latest snapshot in words.</summary>
    private static async Task<List<AtRiskRow>> AtRiskRowsAsync(SalesOpsDbContext db, IQueryable<Account> accounts, CancellationToken ct)
    {
        var rows = await accounts
            .Select(a => new
            {
                a.Id, a.Name, a.Segment, a.Arr, a.Health.ArrAtStake, a.RenewalDate,
                Csm = a.Csm != null ? a.Csm.Name : null,
                Owner = a.Owner != null ? a.Owner.Name : null,
                a.Health.Score, a.Health.Band,
                Reasons = db.HealthSnapshots.Where(s => s.AccountId == a.Id).OrderByDescending(s => s.Date).Select(s => s.AtRiskReasons).FirstOrDefault(),
            })
            .ToListAsync(ct);

        return rows.Select(r => new AtRiskRow(r.Id, r.Name, r.Segment, r.Arr, r.ArrAtStake, r.RenewalDate, r.Csm, r.Owner, r.Score, r.Band,
            HealthJson.Reasons(r.Reasons))).ToList();
    }

    private static IOrderedQueryable<Account> SortAtRisk(IQueryable<Account> q, AtRiskSort sort, bool descending)
    {
        var sorted = sort switch
        {
            AtRiskSort.Arr => Order(q, a => a.Arr, descending),
            AtRiskSort.Name => Order(q, a => a.Name, descending),
            AtRiskSort.RenewalDate => Order(q, a => a.RenewalDate, descending),
            AtRiskSort.Score => Order(q, a => a.Health.Score, descending),
            AtRiskSort.Csm => Order(q, a => a.Csm != null ? a.Csm.Name : null, descending),
            AtRiskSort.Owner => Order(q, a => a.Owner != null ? a.Owner.Name : null, descending),
            _ => Order(q, a => a.Health.ArrAtStake, descending),
        };

        // A unique tie-breaker keeps paging stable when many rows share the sort value.
        return sorted.ThenBy(a => a.Name).ThenBy(a => a.Id);
    }

    private static IOrderedQueryable<Account> Order<TKey>(IQueryable<Account> q, System.Linq.Expressions.Expression<Func<Account, TKey>> key, bool descending) =>
        descending ? q.OrderByDescending(key) : q.OrderBy(key);

    private DateOnly Today() => DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);

    private static string BandText(HealthBand band) => band switch
    {
        HealthBand.Healthy => "Healthy",
        HealthBand.Watch => "Watch",
        _ => "At risk",
    };

    private static string SegmentText(Segment segment) => segment switch
    {
        Segment.Smb => "SMB",
        Segment.MidMarket => "Mid-Market",
        _ => "Enterprise",
    };
}
