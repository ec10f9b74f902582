using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Support;
using SalesOps.Data;
using SalesOps.Services.Health;

namespace SalesOps.Services.Accounts;

/// <remarks>
/// <see cref="RefreshAsync"/> runs after tickets change (the <see cref="Health.AccountFactsRecomputeWorker"/> calls it
/// for every committed ticket change), so it also recomputes the accounts' health (when a health service is given;
/// tests of the support fields alone leave it out).
/// </remarks>
internal sealed class SupportFieldsService(IDbContextFactory<SalesOpsDbContext> contextFactory, TimeProvider clock, IHealthSnapshotService? health = null) : ISupportFieldsService
{
    private const int BatchSize = 500;
    private readonly IDbContextFactory<SalesOpsDbContext> _contextFactory = contextFactory;
    private readonly TimeProvider _clock = clock;

    public async Task RefreshAsync(IReadOnlyCollection<int> accountIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(accountIds);
        foreach (var chunk in accountIds.Distinct().Chunk(BatchSize))
        {
            await RefreshChunkAsync(chunk, ct);
        }

        if (health is not null)
        {
            await health.RecomputeAccountsAsync(accountIds, ct);
        }
    }

    public async Task<int> RefreshAllAsync(CancellationToken ct = default)
    {
        var count = 0;
        var lastId = 0;
        while (true)
        {
            int[] ids;
            await using (var db = await _contextFactory.CreateDbContextAsync(ct))
            {
                ids = await db.Accounts.Where(a => a.Id > lastId).OrderBy(a => a.Id).Select(a => a.Id).Take(BatchSize).ToArrayAsync(ct);
            }

            if (ids.Length == 0)
            {
                return count;
            }

            await RefreshChunkAsync(ids, ct);
            count += ids.Length;
            lastId = ids[^1];
        }
    }

    private async Task RefreshChunkAsync(int[] ids, CancellationToken ct)
    {
        var now = _clock.GetUtcNow();
        await using var db = await _contextFactory.CreateDbContextAsync(ct);
        var tickets = await db.SupportTickets.AsNoTracking()
            .Where(t => t.AccountId != null && ids.Contains(t.AccountId.Value))
            .Select(t => new { AccountId = t.AccountId!.Value, Facts = new TicketFacts(t.Status, t.CreatedAt, t.UpdatedAt, t.FirstResponseAt, t.SolvedAt, t.Satisfaction, t.EscalatedAt) })
            .ToListAsync(ct);
        var byAccount = tickets.ToLookup(t => t.AccountId, t => t.Facts);
        var accounts = await db.Accounts.Where(a => ids.Contains(a.Id)).ToListAsync(ct);
        foreach (var account in accounts)
        {
            account.Support = SupportFieldsCalculator.Derive(byAccount[account.Id], now);
        }

        await db.SaveChangesAsync(ct);
    }
}
