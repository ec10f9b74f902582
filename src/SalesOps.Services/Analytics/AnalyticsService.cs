using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Domain;
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
        var now = _clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var horizon = today.AddDays(RenewalHorizonDays);
        await using var db = await _contextFactory.CreateDbContextAsync(ct);

        // One grouped query per table: counts and sums are computed by the database, no rows are loaded.
        var accounts = await db.Accounts
            .Where(a => a.Lifecycle != Lifecycle.Churned)
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Count = g.Count(),
                Arr = g.Sum(a => a.Arr),
                Renewals = g.Count(a => a.RenewalDate >= today && a.RenewalDate <= horizon),
                RenewalArr = g.Sum(a => a.RenewalDate >= today && a.RenewalDate <= horizon ? a.Arr : 0m),
            })
            .FirstOrDefaultAsync(ct);

        var tickets = await db.SupportTickets
            .Where(t => t.Status != TicketStatus.Solved && t.Status != TicketStatus.Closed)
            .GroupBy(_ => 1)
            .Select(g => new { Open = g.Count(), Escalated = g.Count(t => t.EscalatedAt != null) })
            .FirstOrDefaultAsync(ct);

        var signals = await db.ExpansionSignals
            .CountAsync(s => s.Status != SignalStatus.OpportunityCreated && s.Status != SignalStatus.Dismissed, ct);

        return new PortfolioSummary(
            accounts?.Count ?? 0,
            accounts?.Arr ?? 0m,
            tickets?.Open ?? 0,
            tickets?.Escalated ?? 0,
            accounts?.Renewals ?? 0,
            accounts?.RenewalArr ?? 0m,
            signals,
            now);
    }
}
