using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using SalesOps.Core.Domain;
using SalesOps.Data;
using SalesOps.Data.Bulk;

namespace SalesOps.Services.Health;

/// <summary>
/// Writes a batch's health results in the context's open transaction without the change tracker, which at 100,000
/// accounts costs more than computing the health: prepared commands built from the EF model (<see cref="ModelCommand"/>),
/// so every provider stores what SaveChanges would. A conflict (the account edited, today's snapshot written or removed
/// by someone else in the meantime) throws <see cref="DbUpdateException"/>, as SaveChanges would, for the caller's retry.
/// </summary>
internal sealed class HealthSnapshotWriter(SalesOpsDbContext db) : IDisposable
{
    private readonly SalesOpsDbContext _db = db;
    private readonly Dictionary<int, ModelCommand> _setHealth = [];
    private ModelCommand? _insert;
    private ModelCommand? _replace;
    private ModelCommand? _delete;

    /// <summary>
    /// Stores the values of <paramref name="account"/>'s <see cref="Account.Health"/> that differ from
    /// <paramref name="previous"/>, if the account's version is still the one given; as SaveChanges would, it writes only
    /// what changed, which spares the indexes over health columns the work for values that stayed put.
    /// </summary>
    public Task SetHealthAsync(Account account, CurrentHealth previous, CancellationToken ct)
    {
        var type = _db.Model.FindEntityType(typeof(Account))!;
        var columns = type.FindComplexProperty(nameof(Account.Health))!.ComplexType.GetProperties().ToArray();
        var changed = 0;
        for (var i = 0; i < columns.Length; i++)
        {
            var getter = columns[i].GetGetter();
            if (!Equals(getter.GetClrValue(account.Health), getter.GetClrValue(previous)))
            {
                changed |= 1 << i;
            }
        }

        if (changed == 0)
        {
            return Task.CompletedTask;
        }

        if (!_setHealth.TryGetValue(changed, out var command))
        {
            _setHealth[changed] = command = ModelCommand.Update(_db, type, [.. columns.Where((_, i) => (changed & (1 << i)) != 0)],
                [.. type.FindPrimaryKey()!.Properties, .. type.GetProperties().Where(p => p.IsConcurrencyToken)]);
        }

        return ExpectOneAsync(command, account, ct);
    }

    public Task InsertAsync(HealthSnapshot snapshot, CancellationToken ct) =>
        ExpectOneAsync(_insert ??= ModelCommand.Insert(_db, Snapshots, withKey: false), snapshot, ct);

    /// <summary>
    /// Overwrites the snapshot with <paramref name="snapshot"/>'s key: every column but the account and date it was
    /// found by, which stay what they are (writing them would also rewrite their index entries).
    /// </summary>
    public Task ReplaceAsync(HealthSnapshot snapshot, CancellationToken ct)
    {
        var key = Snapshots.FindPrimaryKey()!.Properties;
        _replace ??= ModelCommand.Update(_db, Snapshots,
            [.. Snapshots.GetFlattenedProperties().Except(key).Where(p => p.Name is not (nameof(HealthSnapshot.AccountId) or nameof(HealthSnapshot.Date)))], key);
        return ExpectOneAsync(_replace, snapshot, ct);
    }

    public Task DeleteAsync(long snapshotId, CancellationToken ct) =>
        ExpectOneAsync(_delete ??= ModelCommand.Delete(_db, Snapshots), new HealthSnapshot { Id = snapshotId }, ct);

    public void Dispose()
    {
        foreach (var command in _setHealth.Values)
        {
            command.Dispose();
        }

        _insert?.Dispose();
        _replace?.Dispose();
        _delete?.Dispose();
    }

    private IEntityType Snapshots => _db.Model.FindEntityType(typeof(HealthSnapshot))!;

    private static async Task ExpectOneAsync(ModelCommand command, object row, CancellationToken ct)
    {
        int written;
        try
        {
            written = await command.ExecuteAsync(row, ct);
        }
        catch (DbException ex)
        {
            throw new DbUpdateException($"Writing a health result failed: {ex.Message}", ex);
        }

        if (written != 1)
        {
            throw new DbUpdateConcurrencyException($"A {row.GetType().Name} changed while its health was computed.");
        }
    }
}
