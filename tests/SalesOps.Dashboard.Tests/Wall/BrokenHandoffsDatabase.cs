using Microsoft.EntityFrameworkCore;
using SalesOps.Dashboard.Tests.Infrastructure;
using SalesOps.Data;

namespace SalesOps.Dashboard.Tests.Wall;

/// <summary>
/// The demo company with its handoffs table renamed away, so every handoff query fails for real ("no such table"),
/// as it would with the table locked or damaged; everything else reads as usual.
/// </summary>
public sealed class BrokenHandoffsDatabase : IAsyncLifetime, IDisposable
{
    private readonly SeededDatabase _database = new();

    public IDbContextFactory<SalesOpsDbContext> ContextFactory => _database.ContextFactory;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await using var db = await ContextFactory.CreateDbContextAsync();
        await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"Handoffs\" RENAME TO \"Handoffs_gone\"");
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    public void Dispose() => _database.Dispose();
}
