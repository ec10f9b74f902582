using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Domain;
using SalesOps.Core.Health;
using SalesOps.Data;
using SalesOps.Services.Configuration;

namespace SalesOps.Services.Analytics;

public sealed partial class AnalyticsService : IAnalyticsService
{
    /// <summary>How far ahead "renewals due" looks, in days (inclusive of today and the last day).</summary>
    public const int RenewalHorizonDays = 90;

    private readonly IDbContextFactory<SalesOpsDbContext> _contextFactory;
    private readonly TimeProvider _clock;
    private readonly ICrmConfigurationProvider _configuration;

    // Internal: the configuration provider is internal; AnalyticsServicesRegistration builds it.
    internal AnalyticsService(IDbContextFactory<SalesOpsDbContext> contextFactory, TimeProvider clock, ICrmConfigurationProvider configuration)
    {
        _contextFactory = contextFactory;
        _clock = clock;
        _configuration = configuration;
    }

    public async Task<PortfolioSummary> GetPortfolioSummaryAsync(CancellationToken ct = default)
    {
        await using var db = await _contextFactory.CreateDbContextAsync(ct);
        return (await ReadPortfolioAsync(db, ct)).Summary;
    }

    /// <summary>
    /// The portfolio's headline numbers and the live accounts' current-health totals: one grouped pass over the
    /// accounts (counts and sums computed by the database, no rows loaded); tickets and signals are counted from the
    /// open ones only, through their status indexes, so the count does not read the whole history.
    /// </summary>
    private async Task<(PortfolioSummary Summary, HealthTotals Health)> ReadPortfolioAsync(SalesOpsDbContext db, CancellationToken ct)
    {
        var now = _clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var horizon = today.AddDays(RenewalHorizonDays);

        var accounts = await db.Accounts
            .Where(a => a.Lifecycle != Lifecycle.Churned)
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Count = g.Count(),
                Arr = g.Sum(a => a.Arr),
                Renewals = g.Count(a => a.RenewalDate >= today && a.RenewalDate <= horizon),
                RenewalArr = g.Sum(a => a.RenewalDate >= today && a.RenewalDate <= horizon ? a.Arr : 0m),
                AverageScore = g.Average(a => (double?)a.Health.Score),
                Scored = g.Count(a => a.Health.Score != null),
                AtRisk = g.Count(a => a.Health.IsAtRisk),
                ArrAtStake = g.Sum(a => a.Health.IsAtRisk ? a.Health.ArrAtStake : 0m),
                ArrOfAtRisk = g.Sum(a => a.Health.IsAtRisk ? a.Arr : 0m),
                // The health-band distribution in the same pass (a GROUP BY would read every account again).
                Healthy = g.Count(a => a.Health.Band == HealthBand.Healthy),
                HealthyArr = g.Sum(a => a.Health.Band == HealthBand.Healthy ? a.Arr : 0m),
                Watch = g.Count(a => a.Health.Band == HealthBand.Watch),
                WatchArr = g.Sum(a => a.Health.Band == HealthBand.Watch ? a.Arr : 0m),
                AtRiskBand = g.Count(a => a.Health.Band == HealthBand.AtRisk),
                AtRiskBandArr = g.Sum(a => a.Health.Band == HealthBand.AtRisk ? a.Arr : 0m),
                NotScored = g.Count(a => a.Health.Band == null),
                NotScoredArr = g.Sum(a => a.Health.Band == null ? a.Arr : 0m),
            })
            .SingleOrDefaultAsync(ct);

        var tickets = await db.SupportTickets
            .Where(t => EF.Constant(OpenTicketStatuses).Contains(t.Status))
            .GroupBy(_ => 1)
            .Select(g => new { Open = g.Count(), Escalated = g.Count(t => t.EscalatedAt != null) })
            .SingleOrDefaultAsync(ct);

        var signals = await db.ExpansionSignals.CountAsync(s => EF.Constant(OpenSignalStatuses).Contains(s.Status), ct);

        var summary = new PortfolioSummary(
            accounts?.Count ?? 0,
            accounts?.Arr ?? 0m,
            tickets?.Open ?? 0,
            tickets?.Escalated ?? 0,
            accounts?.Renewals ?? 0,
            accounts?.RenewalArr ?? 0m,
            signals,
            now);
        // Every band is listed, empty ones too, so the distribution always reads the same way.
        BandSlice[] bands =
        [
            new(HealthBand.Healthy, accounts?.Healthy ?? 0, accounts?.HealthyArr ?? 0m),
            new(HealthBand.Watch, accounts?.Watch ?? 0, accounts?.WatchArr ?? 0m),
            new(HealthBand.AtRisk, accounts?.AtRiskBand ?? 0, accounts?.AtRiskBandArr ?? 0m),
            new(null, accounts?.NotScored ?? 0, accounts?.NotScoredArr ?? 0m),
        ];
        var health = new HealthTotals(accounts?.AverageScore, accounts?.Scored ?? 0, accounts?.AtRisk ?? 0, accounts?.ArrAtStake ?? 0m,
            accounts?.ArrOfAtRisk ?? 0m, bands);
        return (summary, health);
    }

    // Open is "not solved or closed", spelled out as the statuses that are, so that the database seeks them in its index.
    private static readonly TicketStatus[] OpenTicketStatuses =
        [.. Enum.GetValues<TicketStatus>().Where(s => s is not (TicketStatus.Solved or TicketStatus.Closed))];

    private static readonly SignalStatus[] OpenSignalStatuses =
        [.. Enum.GetValues<SignalStatus>().Where(s => s is not (SignalStatus.OpportunityCreated or SignalStatus.Dismissed))];

    /// <summary>The current-health totals of the live accounts, and their accounts and ARR per band (not scored last).</summary>
    private sealed record HealthTotals(double? AverageScore, int Scored, int AtRisk, decimal ArrAtStake, decimal ArrOfAtRisk, IReadOnlyList<BandSlice> Bands);
}
