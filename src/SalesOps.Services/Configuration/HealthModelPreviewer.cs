using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;
using SalesOps.Core.Health;
using SalesOps.Data;
using SalesOps.Services.Health;

namespace SalesOps.Services.Configuration;

/// <summary>
/// Works out <see cref="HealthModelPreview"/>: each account's inputs are read once (in batches, aggregated in the
/// database by <see cref="HealthInputsReader"/>) and scored with the health model, the at-risk rules and the renewal
/// forecast under both configurations, exactly as the snapshot job would score them today. Nothing is written.
/// </summary>
internal static class HealthModelPreviewer
{
    internal const int BatchSize = 1000;
    internal const int ExampleCount = 8;

    // Batches are independent reads (a context each); a few at a time use the cores the database work leaves idle.
    private static readonly int Parallelism = Math.Clamp(Environment.ProcessorCount, 1, 4);

    public static async Task<HealthModelPreview> PreviewAsync(
        IDbContextFactory<SalesOpsDbContext> contextFactory,
        CrmConfiguration current,
        int currentVersion,
        CrmConfiguration candidate,
        DateTimeOffset asOf,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(contextFactory);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(candidate);
        var errors = candidate.Validate();
        if (errors.Count > 0)
        {
            return HealthModelPreview.Invalid(errors);
        }

        var today = DateOnly.FromDateTime(asOf.UtcDateTime);
        int[] ids;
        await using (var db = await contextFactory.CreateDbContextAsync(ct))
        {
            // The accounts the snapshot job scores (contract started), less the churned ones no dashboard counts.
            ids = await db.Accounts.AsNoTracking().Where(a => a.Lifecycle != Lifecycle.Churned && a.ContractStart <= today)
                .OrderBy(a => a.Id).Select(a => a.Id).ToArrayAsync(ct);
        }

        var total = new HealthPreviewTally(ExampleCount);
        var gate = new Lock();
        await Parallel.ForEachAsync(
            ids.Chunk(BatchSize),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct },
            async (batch, token) =>
            {
                var tally = await PreviewBatchAsync(contextFactory, batch, current, candidate, asOf, token);
                lock (gate)
                {
                    total.Merge(tally);
                }
            });

        var exampleIds = total.ExampleIds();
        Dictionary<int, string> names;
        await using (var db = await contextFactory.CreateDbContextAsync(ct))
        {
            names = await db.Accounts.AsNoTracking().Where(a => exampleIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        }

        return total.ToPreview(asOf, currentVersion, names);
    }

    private static async Task<HealthPreviewTally> PreviewBatchAsync(
        IDbContextFactory<SalesOpsDbContext> contextFactory, int[] ids, CrmConfiguration current, CrmConfiguration candidate,
        DateTimeOffset asOf, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var inputs = await HealthInputsReader.ReadAsync(db, ids, asOf, useStoredArr: true, ct);
        var today = DateOnly.FromDateTime(asOf.UtcDateTime);
        var earlierBefore = await ScoresAWindowAgoAsync(db, ids, today, current.AtRisk.ScoreDropWindowDays, ct);
        var earlierAfter = candidate.AtRisk.ScoreDropWindowDays == current.AtRisk.ScoreDropWindowDays
            ? earlierBefore
            : await ScoresAWindowAgoAsync(db, ids, today, candidate.AtRisk.ScoreDropWindowDays, ct);

        var tally = new HealthPreviewTally(ExampleCount);
        foreach (var account in inputs.Values)
        {
            tally.Add(account.AccountId, account.Arr, Score(account, current, earlierBefore), Score(account, candidate, earlierAfter));
        }

        return tally;
    }

    /// <summary>One account under one configuration: the same steps, in the same order, as the snapshot job.</summary>
    internal static PreviewOutcome Score(AccountHealthInputs account, CrmConfiguration config, IReadOnlyDictionary<int, int> scoresAWindowAgo)
    {
        var result = HealthCalculator.Calculate(account.Inputs, config.HealthModelFor(account.Tier));
        var facts = new AtRiskFacts(
            result.Score,
            result.Band,
            scoresAWindowAgo.TryGetValue(account.AccountId, out var before) ? before : null,
            account.Inputs.DaysToRenewal,
            account.Inputs.HasOpenEscalation == true,
            account.OpenEscalationSince);
        var atRisk = AtRiskRules.Evaluate(facts, config.AtRisk).Count > 0;
        var atStake = result.Band is { } band ? RenewalForecast.AtStake(account.Arr, band, config.RenewalLikelihood) : 0m;
        return new PreviewOutcome(result.Score, result.Band, atRisk, atStake);
    }

    /// <summary>
    /// The score the drop rule compares with: the latest snapshot on or before a window ago, and not older than two
    /// windows (the snapshot job's rule).
    /// </summary>
    private static async Task<Dictionary<int, int>> ScoresAWindowAgoAsync(SalesOpsDbContext db, int[] ids, DateOnly today, int windowDays, CancellationToken ct)
    {
        var dropFrom = today.AddDays(-windowDays);
        var dropLimit = today.AddDays(-2 * windowDays);
        return await db.HealthSnapshots.AsNoTracking()
            .Where(s => ids.Contains(s.AccountId) && s.Date <= dropFrom && s.Date > dropLimit)
            .GroupBy(s => s.AccountId)
            .Select(g => g.OrderByDescending(s => s.Date).Select(s => new { s.AccountId, s.Score }).First())
            .ToDictionaryAsync(s => s.AccountId, s => s.Score, ct);
    }
}
