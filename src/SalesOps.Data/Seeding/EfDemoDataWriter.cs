using Microsoft.EntityFrameworkCore;

namespace SalesOps.Data.Seeding;

/// <summary>
/// The portable path: each batch through a fresh, untracked context's SaveChanges. Used on the server providers, where
/// generated data is the demo company or a server-side test; SQLite takes <see cref="SqliteBulkWriter"/>.
/// </summary>
internal sealed class EfDemoDataWriter(IDbContextFactory<SalesOpsDbContext> contextFactory) : IDemoDataWriter
{
    private readonly IDbContextFactory<SalesOpsDbContext> _contextFactory = contextFactory;

    public async Task WriteAsync(DemoDataBatch batch, CancellationToken ct)
    {
        await using var db = await _contextFactory.CreateDbContextAsync(ct);
        // Generated data is not a change anybody made: no audit entries for it.
        db.AuditEnabled = false;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Accounts.AddRange(batch.Accounts);
        db.SupportTickets.AddRange(batch.UnlinkedTickets);
        db.Handoffs.AddRange(batch.Handoffs);
        db.ExpansionSignals.AddRange(batch.Signals);
        await db.SaveChangesAsync(ct);

        foreach (var (account, contact) in batch.PrimaryContacts)
        {
            db.Entry(account).Property(a => a.PrimarySupportContactId).CurrentValue = contact.Id;
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
