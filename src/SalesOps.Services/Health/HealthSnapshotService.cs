using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;
using SalesOps.Core.Health;
using SalesOps.Data;
using SalesOps.Services.Configuration;

namespace SalesOps.Services.Health;

internal sealed class HealthSnapshotService(
    IDbContextFactory<SalesOpsDbContext> contextFactory,
    ICrmConfigurationProvider configuration,
    TimeProvider clock,
    ILogger<HealthSnapshotService> logger) : IHealthSnapshotService
{
    internal const int BatchSize = 500;
    private const int SaveAttempts = 3;

    public async Task<int> RecomputeAllAsync(DateTimeOffset asOf, CancellationToken ct = default)
    {
        var (config, version) = await configuration.GetCurrentAsync(ct);
        var date = DateOnly.FromDateTime(asOf.UtcDateTime);
        var count = 0;
        var lastId = 0;
        while (true)
        {
            int[] ids;
            await using (var db = await contextFactory.CreateDbContextAsync(ct))
            {
                // An account has no health before it became a customer.
                ids = await db.Accounts.AsNoTracking().Where(a => a.Id > lastId && a.ContractStart <= date)
                    .OrderBy(a => a.Id).Select(a => a.Id).Take(BatchSize).ToArrayAsync(ct);
            }

            if (ids.Length == 0)
            {
                return count;
            }

            count += await ComputeBatchAsync(ids, asOf, config, version, ct);
            lastId = ids[^1];
        }
    }

    public async Task<int> RecomputeAccountsAsync(IReadOnlyCollection<int> accountIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(accountIds);
        if (accountIds.Count == 0)
        {
            return 0;
        }

        var (config, version) = await configuration.GetCurrentAsync(ct);
        var now = clock.GetUtcNow();
        var count = 0;
        foreach (var chunk in accountIds.Distinct().Chunk(BatchSize))
        {
            count += await ComputeBatchAsync(chunk, now, config, version, ct);
        }

        return count;
    }

    public async Task<int> BackfillHistoryAsync(int weeks = 12, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(weeks);
        var now = clock.GetUtcNow();
        var count = 0;
        for (var week = weeks; week >= 0; week--)
        {
            var asOf = now.AddDays(-7 * week);
            var written = await RecomputeAllAsync(asOf, ct);
            count += written;
            logger.LogInformation("Health history: {Count} snapshots for {Date:yyyy-MM-dd} ({Step} of {Steps})",
                written, asOf.UtcDateTime, weeks - week + 1, weeks + 1);
        }

        return count;
    }

    private async Task<int> ComputeBatchAsync(int[] ids, DateTimeOffset asOf, CrmConfiguration config, int version, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryComputeBatchAsync(ids, asOf, config, version, ct);
            }
            catch (DbUpdateException ex) when (attempt < SaveAttempts)
            {
                // Another recompute wrote the same day's snapshot, or someone edited an account, in the meantime:
                // read again and replace.
                logger.LogDebug(ex, "Health recompute of {Count} accounts collided with another write; retrying", ids.Length);
            }
        }
    }

    private async Task<int> TryComputeBatchAsync(int[] ids, DateTimeOffset asOf, CrmConfiguration config, int version, CancellationToken ct)
    {
        var computedAt = clock.GetUtcNow();
        var date = DateOnly.FromDateTime(asOf.UtcDateTime);
        var isCurrent = date >= DateOnly.FromDateTime(computedAt.UtcDateTime);
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var inputs = await HealthInputsReader.ReadAsync(db, ids, asOf, useStoredArr: isCurrent, ct);

        var window = config.AtRisk.ScoreDropWindowDays;
        var dropFrom = date.AddDays(-window);
        // A snapshot much older than the window would describe a slower decline than the rule is about.
        var dropLimit = date.AddDays(-2 * window);
        var earlier = await db.HealthSnapshots.AsNoTracking()
            .Where(s => ids.Contains(s.AccountId) && s.Date <= dropFrom && s.Date > dropLimit)
            .GroupBy(s => s.AccountId)
            .Select(g => g.OrderByDescending(s => s.Date).Select(s => new { s.AccountId, s.Score }).First())
            .ToDictionaryAsync(s => s.AccountId, s => s.Score, ct);
        var existing = await db.HealthSnapshots.Where(s => ids.Contains(s.AccountId) && s.Date == date)
            .ToDictionaryAsync(s => s.AccountId, ct);
        var accounts = isCurrent
            ? await db.Accounts.Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct)
            : [];

        var written = 0;
        foreach (var account in inputs.Values)
        {
            var result = HealthCalculator.Calculate(account.Inputs, config.HealthModel);
            var facts = new AtRiskFacts(
                result.Score,
                result.Band,
                earlier.TryGetValue(account.AccountId, out var before) ? before : null,
                account.Inputs.DaysToRenewal,
                account.Inputs.HasOpenEscalation == true,
                account.OpenEscalationSince);
            var reasons = AtRiskRules.Evaluate(facts, config.AtRisk);
            var atStake = result.Band is { } band ? RenewalForecast.AtStake(account.Arr, band, config.RenewalLikelihood) : 0m;

            if (accounts.TryGetValue(account.AccountId, out var row))
            {
                row.Health = new CurrentHealth
                {
                    Score = result.Score,
                    Band = result.Band,
                    Confidence = result.Confidence,
                    IsAtRisk = reasons.Count > 0,
                    ArrAtStake = atStake,
                    ComputedAt = computedAt,
                };
            }

            existing.TryGetValue(account.AccountId, out var snapshot);
            if (result.Score is not { } score || result.Band is not { } scoreBand)
            {
                // Nothing at all was known: no score to keep, and an earlier one from today would be stale.
                if (snapshot is not null)
                {
                    db.HealthSnapshots.Remove(snapshot);
                }

                continue;
            }

            if (snapshot is null)
            {
                snapshot = new HealthSnapshot { AccountId = account.AccountId, Date = date };
                db.HealthSnapshots.Add(snapshot);
            }

            snapshot.Score = score;
            snapshot.Band = scoreBand;
            snapshot.Confidence = result.Confidence;
            snapshot.ProductAdoption = result[HealthComponent.ProductAdoption].Score;
            snapshot.SupportExperience = result[HealthComponent.SupportExperience].Score;
            snapshot.Engagement = result[HealthComponent.Engagement].Score;
            snapshot.Sentiment = result[HealthComponent.Sentiment].Score;
            snapshot.Commercial = result[HealthComponent.Commercial].Score;
            snapshot.IsAtRisk = reasons.Count > 0;
            snapshot.Arr = account.Arr;
            snapshot.Explanation = HealthSnapshotJson.Explanation(result);
            snapshot.AtRiskReasons = HealthSnapshotJson.Reasons(reasons);
            snapshot.ConfigurationVersion = version;
            snapshot.ComputedAt = computedAt;
            written++;
        }

        await db.SaveChangesAsync(ct);
        return written;
    }
}
