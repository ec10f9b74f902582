using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SalesOps.Core.Configuration;
using SalesOps.Data;
using SalesOps.Services.Analytics;
using SalesOps.Services.Configuration;

namespace SalesOps.Services.WallDisplays;

/// <summary>
/// Not behind the authorizing proxy (see <see cref="IWallDisplayGate"/>): it calls the analytics implementation
/// directly, so the wall reads the very numbers the pages read without needing a signed-in user.
/// </summary>
public sealed class WallDisplayGate(
    IDbContextFactory<SalesOpsDbContext> contextFactory, TimeProvider clock, AnalyticsService analytics, ILogger<WallDisplayGate>? logger = null)
    : IWallDisplayGate
{
    /// <summary>LastUsedAt is written at most this often per token.</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    /// <summary>How many rows a panel's list shows: what fits on a TV at a size readable from five metres.</summary>
    public const int ListLength = 5;

    private readonly IDbContextFactory<SalesOpsDbContext> _contextFactory = contextFactory;
    private readonly TimeProvider _clock = clock;
    private readonly AnalyticsService _analytics = analytics;
    private readonly ILogger _logger = logger ?? NullLogger<WallDisplayGate>.Instance;
    // The provider is a stateless read of the latest stored version; the gate keeps to public constructor types.
    private readonly CrmConfigurationProvider _configuration = new(contextFactory);

    public async Task<WallDisplayTokenInfo?> ValidateAsync(string? token, CancellationToken ct = default)
    {
        if (!WallDisplayTokens.IsWellFormed(token))
        {
            return null;
        }

        var hash = WallDisplayTokens.Hash(token!);
        var now = _clock.GetUtcNow();
        await using var db = await _contextFactory.CreateDbContextAsync(ct);
        var record = await db.WallDisplayTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash, ct);
        if (record is null || !record.IsActive(now))
        {
            return null;
        }

        if (record.LastUsedAt is null || record.LastUsedAt <= now - LastUsedResolution)
        {
            // A direct update: bookkeeping, not a change anybody made, so it neither renews versions nor fills the audit log.
            var staleBefore = now - LastUsedResolution;
            await db.WallDisplayTokens
                .Where(t => t.Id == record.Id && (t.LastUsedAt == null || t.LastUsedAt <= staleBefore))
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), ct);
            record.LastUsedAt = now;
        }

        return WallDisplayService.ToInfo(record);
    }

    public async Task<WallDisplayReading?> ReadAsync(string? token, CancellationToken ct = default)
    {
        var display = await ValidateAsync(token, ct);
        if (display is null)
        {
            return null;
        }

        var (configuration, _) = await _configuration.GetCurrentAsync(ct);
        var walls = configuration.WallDisplays;
        var rotation = walls.RotationFor(display.Rotation);
        var asOf = _clock.GetUtcNow();
        var panels = await ReadPanelsAsync(rotation.Panels, ct);
        if (rotation.HideCustomerNames)
        {
            panels = CustomerAliases.Hide(panels, rotation.Panels);
        }

        return new WallDisplayReading(display.Id, display.Name, rotation, walls.StaleAfterSeconds, display.ExpiresAt, asOf, panels);
    }

    /// <summary>
    /// Each panel's figures on their own: one that fails (its table locked, a query timing out) is logged and marked
    /// unavailable, and the other panels still show.
    /// </summary>
    private async Task<WallPanelData> ReadPanelsAsync(IReadOnlyList<WallPanel> panels, CancellationToken ct)
    {
        var data = new WallPanelData();
        var unavailable = new HashSet<WallPanel>();
        foreach (var panel in panels.Distinct())
        {
            try
            {
                data = panel switch
                {
                    WallPanel.OverviewKpis => data with { Overview = await _analytics.GetOverviewKpisAsync(ct) },
                    WallPanel.ArrAtRisk => data with { ArrAtRisk = await _analytics.GetArrAtRiskAsync(ListLength, ct) },
                    WallPanel.RenewalsDue => data with { Renewals = await _analytics.GetRenewalsDueAsync(ct) },
                    WallPanel.OpenEscalations => data with { Escalations = await _analytics.GetOpenEscalationsAsync(ListLength, ct) },
                    WallPanel.ExpansionSignalsThisWeek => data with { Expansion = await _analytics.GetExpansionThisWeekAsync(ListLength, ct) },
                    WallPanel.HandoffsOverdue => data with { Handoffs = await _analytics.GetOverdueHandoffsAsync(ListLength, ct) },
                    _ => data,
                };
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                _logger.LogWarning(ex, "The wall panel {Panel} could not be read; it shows as unavailable", panel);
                unavailable.Add(panel);
            }
        }

        return data with { Unavailable = unavailable };
    }
}
