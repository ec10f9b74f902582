using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Domain;
using SalesOps.Core.Health;
using SalesOps.Core.Renewals;
using SalesOps.Data;
using SalesOps.Services.Accounts;
using SalesOps.Services.Common;

namespace SalesOps.Services.Analytics;

// Renewal pipeline: ARR by renewal month and band is grouped in the database; the list is paged in the database.
public sealed partial class AnalyticsService
{
    public const int RenewalPipelineMonths = 12;
    public const int MaxRenewalPageSize = 200;

    public async Task<RenewalPipeline> GetRenewalPipelineAsync(RenewalPipelineQuery? query = null, CancellationToken ct = default)
    {
        query ??= new RenewalPipelineQuery();
        var today = Today();
        var firstMonth = new DateOnly(today.Year, today.Month, 1);
        var to = firstMonth.AddMonths(RenewalPipelineMonths).AddDays(-1);
        var (configuration, _) = await _configuration.GetCurrentAsync(ct);
        var likelihood = configuration.RenewalLikelihood;

        await using var db = await _contextFactory.CreateDbContextAsync(ct);
        var accounts = RenewingAccounts(db, today, to).InSegmentAndBook(query.Segment, query.CsmId, query.OwnerId);
        var (months, quarters, total) = await PipelinePeriodsAsync(accounts, today, likelihood, ct);
        var size = Math.Clamp(query.PageSize, 1, MaxRenewalPageSize);
        var rows = await accounts
            .OrderBy(a => a.RenewalDate).ThenBy(a => a.Name).ThenBy(a => a.Id)
            .Skip(Math.Max(0, query.Page) * size).Take(size)
            .Select(a => new
            {
                a.Id, a.Name, a.RenewalDate, a.Arr, a.Health.Band,
                Owner = a.Owner != null ? a.Owner.Name : null,
                Csm = a.Csm != null ? a.Csm.Name : null,
            })
            .ToListAsync(ct);

        // The page's renewal deals only (a handful of rows); the one closing nearest the renewal date decides the status.
        var ids = rows.Select(r => r.Id).ToList();
        var deals = await db.Opportunities.AsNoTracking()
            .Where(o => o.Type == OpportunityType.Renewal && ids.Contains(o.AccountId))
            .Select(o => new { o.AccountId, o.Id, o.CloseDate, o.Stage })
            .ToListAsync(ct);

        var items = rows.Select(r =>
        {
            var deal = deals.Where(d => d.AccountId == r.Id)
                .OrderBy(d => Math.Abs(d.CloseDate.DayNumber - r.RenewalDate.DayNumber))
                .ThenByDescending(d => d.CloseDate).ThenByDescending(d => d.Id)
                .FirstOrDefault();
            return new RenewalRow(r.Id, r.Name, r.RenewalDate, r.Arr, r.Band, r.Owner, r.Csm, RenewalStatuses.FromStage(deal?.Stage));
        }).ToList();

        return new RenewalPipeline(today, to, months, quarters, new PagedResult<RenewalRow>(items, total));
    }

    /// <summary>The live accounts renewing from <paramref name="today"/> to <paramref name="to"/>.</summary>
    private static IQueryable<Account> RenewingAccounts(SalesOpsDbContext db, DateOnly today, DateOnly to) =>
        db.Accounts.AsNoTracking().Where(a => a.Lifecycle != Lifecycle.Churned && a.RenewalDate >= today && a.RenewalDate <= to);

    /// <summary>The pipeline's next twelve months and four quarters (ARR by band, forecast, at risk) for the overview's chart.</summary>
    private async Task<IReadOnlyList<RenewalPeriod>> OverviewPipelineAsync(SalesOpsDbContext db, DateOnly today, CancellationToken ct)
    {
        var (configuration, _) = await _configuration.GetCurrentAsync(ct);
        var to = new DateOnly(today.Year, today.Month, 1).AddMonths(RenewalPipelineMonths).AddDays(-1);
        return (await PipelinePeriodsAsync(RenewingAccounts(db, today, to), today, configuration.RenewalLikelihood, ct)).Months;
    }

    /// <summary>
    /// The renewals of <paramref name="accounts"/> by month and by quarter, and how many there are: grouped by renewal day
    /// and band in the database (at most a few rows per day and band) and by month here, as taking the month of each date
    /// in SQL (strftime on SQLite) would cost more than the grouping.
    /// </summary>
    private static async Task<(List<RenewalPeriod> Months, List<RenewalPeriod> Quarters, int Total)> PipelinePeriodsAsync(
        IQueryable<Account> accounts, DateOnly today, Core.Configuration.RenewalLikelihoodSettings likelihood, CancellationToken ct)
    {
        var firstMonth = new DateOnly(today.Year, today.Month, 1);
        var groups = await accounts
            .GroupBy(a => new { a.RenewalDate, a.Health.Band })
            .Select(g => new
            {
                g.Key.RenewalDate, g.Key.Band,
                Count = g.Count(),
                Arr = g.Sum(a => a.Arr),
                AtRisk = g.Sum(a => a.Health.IsAtRisk ? a.Health.ArrAtStake : 0m),
            })
            .ToListAsync(ct);

        var cells = groups
            .GroupBy(g => (Month: new DateOnly(g.RenewalDate.Year, g.RenewalDate.Month, 1), g.Band))
            .Select(m => new Cell(m.Key.Month, m.Key.Band, m.Sum(g => g.Count), m.Sum(g => g.Arr), m.Sum(g => g.AtRisk)))
            .ToList();
        var months = Enumerable.Range(0, RenewalPipelineMonths).Select(i =>
        {
            var start = firstMonth.AddMonths(i);
            return Period(i == 0 ? today : start, start.AddMonths(1).AddDays(-1), start.ToString("MMM yyyy", CultureInfo.InvariantCulture),
                cells.Where(c => c.Month == start).ToList(), likelihood);
        }).ToList();
        var quarters = Enumerable.Range(0, RenewalPipelineMonths / 3).Select(q =>
        {
            var start = firstMonth.AddMonths(q * 3);
            var end = start.AddMonths(3).AddDays(-1);
            var label = $"{start.ToString("MMM", CultureInfo.InvariantCulture)}–{end.ToString("MMM yyyy", CultureInfo.InvariantCulture)}";
            return Period(q == 0 ? today : start, end, label, cells.Where(c => c.Month >= start && c.Month <= end).ToList(), likelihood);
        }).ToList();

        // The groups partition the window's renewals, so they also give the list's total.
        return (months, quarters, groups.Sum(g => g.Count));
    }

    private static RenewalPeriod Period(DateOnly start, DateOnly end, string label, List<Cell> cells, Core.Configuration.RenewalLikelihoodSettings likelihood)
    {
        HealthBand?[] order = [HealthBand.Healthy, HealthBand.Watch, HealthBand.AtRisk, null];
        var bands = order.Select(b => new BandSlice(b, cells.Where(c => c.Band == b).Sum(c => c.Count), cells.Where(c => c.Band == b).Sum(c => c.Arr))).ToList();
        var forecast = bands.Where(b => b.Band is not null).Sum(b => RenewalForecast.Forecast(b.Arr, b.Band!.Value, likelihood));
        return new RenewalPeriod(start, end, label, cells.Sum(c => c.Count), cells.Sum(c => c.Arr), bands, forecast, cells.Sum(c => c.AtRisk));
    }

    private sealed record Cell(DateOnly Month, HealthBand? Band, int Count, decimal Arr, decimal AtRisk);
}
