using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Domain;
using SalesOps.Core.Expansion;
using SalesOps.Data;
using SalesOps.Services.Configuration;
using SalesOps.Services.Events;
using SalesOps.Services.Notifications;

namespace SalesOps.Services.Expansion;

/// <summary>
/// Runs the usage-based trigger detector over accounts' latest usage and records a "detected" signal for each trigger
/// that fires, unless the account already has an open signal for that trigger (from any source): running it again
/// never duplicates. System-only: the daily job and usage changes call it.
/// </summary>
internal sealed class SignalDetection(
    IDbContextFactory<SalesOpsDbContext> contextFactory,
    ICrmConfigurationProvider configuration,
    IMailSender mail,
    IEventBus events,
    TimeProvider clock)
{
    private const int BatchSize = 500;

    /// <summary>Usage older than this is not "latest" any more and fires nothing.</summary>
    internal const int FreshUsageDays = 35;

    public async Task<int> DetectAllAsync(CancellationToken ct = default)
    {
        var created = 0;
        var lastId = 0;
        while (true)
        {
            int[] ids;
            await using (var db = await contextFactory.CreateDbContextAsync(ct))
            {
                ids = await db.Accounts.AsNoTracking().Where(a => a.Id > lastId && a.Lifecycle != Lifecycle.Churned)
                    .OrderBy(a => a.Id).Select(a => a.Id).Take(BatchSize).ToArrayAsync(ct);
            }

            if (ids.Length == 0)
            {
                return created;
            }

            created += await DetectAsync(ids, ct);
            lastId = ids[^1];
        }
    }

    public async Task<int> DetectAsync(IReadOnlyCollection<int> accountIds, CancellationToken ct = default)
    {
        var (config, _) = await configuration.GetCurrentAsync(ct);
        var now = clock.GetUtcNow();
        var freshFrom = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-FreshUsageDays);
        var ids = accountIds.Distinct().ToArray();
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var latest = await db.UsageSnapshots.AsNoTracking()
            .Where(u => ids.Contains(u.AccountId) && u.PeriodStart >= freshFrom)
            .GroupBy(u => u.AccountId)
            .Select(g => g.OrderByDescending(u => u.PeriodStart).First())
            .ToListAsync(ct);
        var open = (await db.ExpansionSignals.AsNoTracking()
            .Where(s => ids.Contains(s.AccountId) && s.Status != SignalStatus.OpportunityCreated && s.Status != SignalStatus.Dismissed)
            .Select(s => new { s.AccountId, s.Trigger }).ToListAsync(ct))
            .Select(s => (s.AccountId, s.Trigger)).ToHashSet();

        var created = 0;
        foreach (var usage in latest)
        {
            var facts = new UsageFacts(usage.SeatsUsed, usage.SeatsLicensed, usage.ApiCalls, usage.ApiCallLimit, usage.StorageUsedGb,
                usage.StorageLimitGb, usage.ActiveUsers, usage.AdvancedFeatureUsers, usage.DepartmentsActive, usage.UsersAtLimit);
            foreach (var fired in TriggerDetector.Detect(facts, config.Expansion).Where(f => !open.Contains((usage.AccountId, f.Trigger))))
            {
                var signal = new ExpansionSignal
                {
                    AccountId = usage.AccountId, Trigger = fired.Trigger, Source = SignalSource.Detected, Status = SignalStatus.Logged,
                    Evidence = fired.Evidence, Context = $"Detected from usage of the week of {usage.PeriodStart:d MMM yyyy}: {fired.Evidence}.",
                    Sentiment = Sentiment.Neutral, LoggedAt = now,
                };
                await SignalRecorder.RecordAsync(db, signal, mail, now, ct);
                open.Add((usage.AccountId, fired.Trigger));
                events.Publish(new SignalsChanged(signal.AccountId, signal.Id, now));
                created++;
            }
        }

        return created;
    }
}
