using Microsoft.EntityFrameworkCore;
using SalesOps.Data;
using SalesOps.Services.Analytics;

namespace SalesOps.Services.WallDisplays;

/// <summary>
/// Not behind the authorizing proxy (see <see cref="IWallDisplayGate"/>): it calls the analytics implementation
/// directly, so the wall reads the very numbers the pages read without needing a signed-in user.
/// </summary>
public sealed class WallDisplayGate(IDbContextFactory<SalesOpsDbContext> contextFactory, TimeProvider clock, AnalyticsService analytics) : IWallDisplayGate
{
    /// <summary>LastUsedAt is written at most this often per token.</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    private readonly IDbContextFactory<SalesOpsDbContext> _contextFactory = contextFactory;
    private readonly TimeProvider _clock = clock;
    private readonly AnalyticsService _analytics = analytics;

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
        return display is null ? null : new WallDisplayReading(display.Name, await _analytics.GetPortfolioSummaryAsync(ct));
    }
}
