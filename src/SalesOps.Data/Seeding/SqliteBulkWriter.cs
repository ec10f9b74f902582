using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using SalesOps.Core.Domain;
using SalesOps.Data.Bulk;

namespace SalesOps.Data.Seeding;

/// <summary>
/// The fast path on SQLite, which holds the demo company and the benchmark scales: one open connection, one
/// transaction per batch and a prepared INSERT per table (<see cref="ModelCommand"/>), many times the rows per second
/// of SaveChanges. Keys are numbered after each table's largest and foreign keys are filled in from the object graph
/// (<see cref="EntityGraph"/>); foreign keys are still checked, at commit, so the order of the tables and the account ↔
/// primary contact cycle do not matter.
/// </summary>
internal sealed class SqliteBulkWriter : IDemoDataWriter
{
    private readonly SalesOpsDbContext _db;
    private readonly EntityGraph _graph;
    private readonly Dictionary<IEntityType, ModelCommand> _inserts = [];

    private SqliteBulkWriter(SalesOpsDbContext db)
    {
        _db = db;
        _graph = new EntityGraph(db.Model);
    }

    public static async Task<SqliteBulkWriter> OpenAsync(IDbContextFactory<SalesOpsDbContext> contextFactory, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(contextFactory);
        var db = await contextFactory.CreateDbContextAsync(ct);
        try
        {
            // Opened through EF, which switches SQLite's foreign key checks on as for every other connection of the app.
            await db.Database.OpenConnectionAsync(ct);
            // Generated rows can be made again: a power cut may cost the last batches but never corrupts the file (WAL).
            // A larger page cache keeps the big tables' index pages in memory while millions of rows go in.
            await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous = NORMAL; PRAGMA cache_size = -262144;", ct);
            return new SqliteBulkWriter(db);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    public async Task WriteAsync(DemoDataBatch batch, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(batch);
        _graph.Collect([.. batch.Accounts, .. batch.UnlinkedTickets, .. batch.Handoffs, .. batch.Signals]);
        foreach (var versioned in _graph.Entities.Values.SelectMany(e => e).OfType<IVersioned>())
        {
            versioned.Version = Guid.NewGuid(); // as SaveChanges does for every added record people edit
        }

        await using var transaction = await _db.Database.BeginTransactionAsync(ct);
        await _db.Database.ExecuteSqlRawAsync("PRAGMA defer_foreign_keys = ON;", ct);
        foreach (var type in _graph.Entities.Keys)
        {
            _graph.AssignKeys(type, await NextKeyAsync(type, ct));
        }

        _graph.FixUpForeignKeys();
        foreach (var (account, contact) in batch.PrimaryContacts)
        {
            account.PrimarySupportContactId = contact.Id;
        }

        foreach (var (type, entities) in _graph.Entities)
        {
            ct.ThrowIfCancellationRequested();
            var insert = Insert(type);
            foreach (var entity in entities)
            {
                insert.Execute(entity);
            }
        }

        await transaction.CommitAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var insert in _inserts.Values)
        {
            insert.Dispose();
        }

        await _db.Database.CloseConnectionAsync();
        await _db.DisposeAsync();
    }

    private ModelCommand Insert(IEntityType type)
    {
        if (!_inserts.TryGetValue(type, out var insert))
        {
            _inserts[type] = insert = ModelCommand.Insert(_db, type, withKey: true);
        }

        return insert;
    }

    /// <summary>The table's largest key plus one: where the batch's new rows are numbered from.</summary>
    private async Task<long> NextKeyAsync(IEntityType type, CancellationToken ct)
    {
        var sql = _db.GetService<ISqlGenerationHelper>();
        var key = type.FindPrimaryKey()!.Properties.Single();
        await using var command = _db.Database.GetDbConnection().CreateCommand();
        command.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
#pragma warning disable CA2100 // Identifiers come from the EF model.
        command.CommandText = $"SELECT COALESCE(MAX({sql.DelimitIdentifier(key.GetColumnName())}), 0) FROM {sql.DelimitIdentifier(type.GetTableName()!, type.GetSchema())}";
#pragma warning restore CA2100
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) + 1;
    }
}
