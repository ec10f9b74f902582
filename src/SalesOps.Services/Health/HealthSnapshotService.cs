using System.Runtime.CompilerServices;
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
    ILogger<HealthSnapshotService> logger) : IHealthSnapshotService, IDisposable
{
    internal const int BatchSize = 500;
    private const int SaveAttempts = 3;

    /// <summary>
    /// Batches computed at once by a full recompute: while one batch writes (SQLite takes one writer at a time), the
    /// other reads and computes, so the daily job uses two cores for its few seconds.
    /// </summary>
    private const int Workers = 2;

    // One batch writes at a time: SQLite takes one writer anyway, and a batch waiting here goes on as soon as the other
    // commits, where SQLite's busy handler would sleep and retry.
    private readonly SemaphoreSlim _writing = new(1, 1);

    public void Dispose() => _writing.Dispose();

    public async Task<int> RecomputeAllAsync(DateTimeOffset asOf, CancellationToken ct = default)
    {
        var (config, version) = await configuration.GetCurrentAsync(ct);
        var count = 0;
        await Parallel.ForEachAsync(BatchesAsync(DateOnly.FromDateTime(asOf.UtcDateTime), ct),
            new ParallelOptions { MaxDegreeOfParallelism = Workers, CancellationToken = ct },
            async (ids, token) => Interlocked.Add(ref count, await ComputeBatchAsync(ids, asOf, config, version, token)));
        return count;
    }

    /// <summary>The ids of the accounts that are customers on <paramref name="date"/>, in batches in id order.</summary>
    private async IAsyncEnumerable<int[]> BatchesAsync(DateOnly date, [EnumeratorCancellation] CancellationToken ct)
    {
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
                yield break;
            }

            yield return ids;
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
        // The latest in the window is the one with no later one in it (see HealthInputsReader on why not GroupBy).
        var earlier = await db.HealthSnapshots.AsNoTracking()
            .Where(s => EF.Parameter(ids).Contains(s.AccountId) && s.Date <= dropFrom && s.Date > dropLimit
                && !db.HealthSnapshots.Any(later => later.AccountId == s.AccountId && later.Date > s.Date && later.Date <= dropFrom))
            .Select(s => new { s.AccountId, s.Score })
            .ToDictionaryAsync(s => s.AccountId, s => s.Score, ct);
        // Rows are written without the change tracker (HealthSnapshotWriter): of today's snapshots only the keys are read,
        // of the accounts only the concurrency token and current health, not the explanations and whole account rows.
        var existing = await db.HealthSnapshots.AsNoTracking().Where(s => EF.Parameter(ids).Contains(s.AccountId) && s.Date == date)
            .Select(s => new { s.AccountId, s.Id })
            .ToDictionaryAsync(s => s.AccountId, s => s.Id, ct);
        var current = isCurrent
            ? await db.Accounts.AsNoTracking().Where(a => EF.Parameter(ids).Contains(a.Id))
                .Select(a => new Account { Id = a.Id, Version = a.Version, Health = a.Health }).ToDictionaryAsync(a => a.Id, ct)
            : [];

        var healthRows = new List<(Account Row, CurrentHealth Previous)>(inputs.Count);
        var snapshots = new List<HealthSnapshot>(inputs.Count);
        var removed = new List<long>();
        foreach (var account in inputs.Values)
        {
            var (health, snapshot) = Compute(account, earlier.TryGetValue(account.AccountId, out var before) ? before : null, date, computedAt, config, version);
            if (current.TryGetValue(account.AccountId, out var row))
            {
                // Only the health columns are written, on the version read above: an edit in between is a conflict, retried.
                healthRows.Add((new Account { Id = row.Id, Version = row.Version, Health = health }, row.Health));
            }

            var replaces = existing.TryGetValue(account.AccountId, out var snapshotId);
            if (snapshot is null)
            {
                // Nothing at all was known: no score to keep, and an earlier one from today would be stale.
                if (replaces)
                {
                    removed.Add(snapshotId);
                }

                continue;
            }

            snapshot.Id = replaces ? snapshotId : 0;
            snapshots.Add(snapshot);
        }

        // Computed first, so that only the writes hold the database's write lock.
        await _writing.WaitAsync(ct);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            using var writer = new HealthSnapshotWriter(db);
            foreach (var (row, previous) in healthRows)
            {
                await writer.SetHealthAsync(row, previous, ct);
            }

            foreach (var snapshotId in removed)
            {
                await writer.DeleteAsync(snapshotId, ct);
            }

            foreach (var snapshot in snapshots)
            {
                await (snapshot.Id == 0 ? writer.InsertAsync(snapshot, ct) : writer.ReplaceAsync(snapshot, ct));
            }

            await transaction.CommitAsync(ct);
        }
        finally
        {
            _writing.Release();
        }

        return snapshots.Count;
    }

    /// <summary>The account's current health and its snapshot for <paramref name="date"/> (none when nothing at all was known).</summary>
    private static (CurrentHealth Health, HealthSnapshot? Snapshot) Compute(AccountHealthInputs account, int? scoreBefore, DateOnly date,
        DateTimeOffset computedAt, CrmConfiguration config, int version)
    {
        var result = HealthCalculator.Calculate(account.Inputs, config.HealthModelFor(account.Tier));
        var facts = new AtRiskFacts(
            result.Score,
            result.Band,
            scoreBefore,
            account.Inputs.DaysToRenewal,
            account.Inputs.HasOpenEscalation == true,
            account.OpenEscalationSince);
        var reasons = AtRiskRules.Evaluate(facts, config.AtRisk);
        var health = new CurrentHealth
        {
            Score = result.Score,
            Band = result.Band,
            Confidence = result.Confidence,
            IsAtRisk = reasons.Count > 0,
            ArrAtStake = result.Band is { } band ? RenewalForecast.AtStake(account.Arr, band, config.RenewalLikelihood) : 0m,
            ComputedAt = computedAt,
        };
        if (result.Score is not { } score || result.Band is not { } scoreBand)
        {
            return (health, null);
        }

        return (health, new HealthSnapshot
        {
            AccountId = account.AccountId,
            Date = date,
            Score = score,
            Band = scoreBand,
            Confidence = result.Confidence,
            ProductAdoption = result[HealthComponent.ProductAdoption].Score,
            SupportExperience = result[HealthComponent.SupportExperience].Score,
            Engagement = result[HealthComponent.Engagement].Score,
            Sentiment = result[HealthComponent.Sentiment].Score,
            Commercial = result[HealthComponent.Commercial].Score,
            IsAtRisk = reasons.Count > 0,
            Arr = account.Arr,
            Explanation = HealthSnapshotJson.Explanation(result),
            AtRiskReasons = HealthSnapshotJson.Reasons(reasons),
            ConfigurationVersion = version,
            ComputedAt = computedAt,
        });
    }
}
