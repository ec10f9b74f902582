using Microsoft.EntityFrameworkCore;
using SalesOps.Data;

namespace SalesOps.Services.ApiKeys;

/// <summary>Not behind the authorizing proxy (see <see cref="IApiKeyGate"/>).</summary>
public sealed class ApiKeyGate(IDbContextFactory<SalesOpsDbContext> contextFactory, TimeProvider clock) : IApiKeyGate
{
    /// <summary>LastUsedAt is written at most this often per key.</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    private readonly IDbContextFactory<SalesOpsDbContext> _contextFactory = contextFactory;
    private readonly TimeProvider _clock = clock;

    public async Task<ApiKeyInfo?> ValidateAsync(string? key, CancellationToken ct = default)
    {
        if (!ApiKeyTokens.IsWellFormed(key))
        {
            return null;
        }

        var hash = ApiKeyTokens.Hash(key!);
        await using var db = await _contextFactory.CreateDbContextAsync(ct);
        var record = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.KeyHash == hash, ct);
        if (record is null || !record.IsActive)
        {
            return null;
        }

        var now = _clock.GetUtcNow();
        if (record.LastUsedAt is null || record.LastUsedAt <= now - LastUsedResolution)
        {
            // A direct update: bookkeeping, not a change anybody made, so it stays out of the audit log.
            var staleBefore = now - LastUsedResolution;
            await db.ApiKeys
                .Where(k => k.Id == record.Id && (k.LastUsedAt == null || k.LastUsedAt <= staleBefore))
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), ct);
            record.LastUsedAt = now;
        }

        return ApiKeyService.ToInfo(record);
    }
}
