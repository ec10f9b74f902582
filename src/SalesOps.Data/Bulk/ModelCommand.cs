using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SalesOps.Data.Bulk;

/// <summary>
/// A prepared INSERT, UPDATE or DELETE of single rows of one entity type, on the context's connection and current
/// transaction, for writes too many for the change tracker (generated data, the health job). Table and column names,
/// value conversions and parameter types come from the EF model, so on every provider a row is stored as SaveChanges
/// would store it. The caller owns the transaction and what is read back (nothing: keys the database generates stay
/// unknown).
/// </summary>
public sealed class ModelCommand : IDisposable
{
    private readonly DbContext _db;
    private readonly DbCommand _command;
    private readonly Column[] _columns;

    private ModelCommand(DbContext db, string sql, IReadOnlyList<IProperty> parameters)
    {
        _db = db;
        _command = db.Database.GetDbConnection().CreateCommand();
        _columns = [.. parameters.Select((p, i) =>
        {
            var mapping = p.GetRelationalTypeMapping();
            var parameter = mapping.CreateParameter(_command, $"@p{i}", null, nullable: true);
            _command.Parameters.Add(parameter);
            return new Column(p.GetGetter(), mapping.Converter, parameter);
        })];
#pragma warning disable CA2100 // Identifiers come from the EF model and values go in as parameters.
        _command.CommandText = sql;
#pragma warning restore CA2100
    }

    /// <summary>INSERT of every mapped column (complex properties included); the key too unless the database generates it.</summary>
    public static ModelCommand Insert(DbContext db, IEntityType type, bool withKey)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(type);
        var columns = type.GetFlattenedProperties().Where(p => withKey || !p.IsPrimaryKey()).ToArray();
        var sql = db.GetService<ISqlGenerationHelper>();
        return new ModelCommand(db, $"INSERT INTO {Table(type, sql)} ({string.Join(", ", columns.Select(p => Name(p, sql)))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})", columns);
    }

    /// <summary>UPDATE of <paramref name="set"/> on the row that matches <paramref name="where"/> (e.g. key and concurrency token).</summary>
    public static ModelCommand Update(DbContext db, IEntityType type, IReadOnlyList<IProperty> set, IReadOnlyList<IProperty> where)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(where);
        var sql = db.GetService<ISqlGenerationHelper>();
        return new ModelCommand(db, $"UPDATE {Table(type, sql)} SET {string.Join(", ", set.Select((p, i) => $"{Name(p, sql)} = @p{i}"))} " +
            $"WHERE {string.Join(" AND ", where.Select((p, i) => $"{Name(p, sql)} = @p{set.Count + i}"))}", [.. set, .. where]);
    }

    /// <summary>DELETE of the row with the entity's key.</summary>
    public static ModelCommand Delete(DbContext db, IEntityType type)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(type);
        var key = type.FindPrimaryKey()!.Properties;
        var sql = db.GetService<ISqlGenerationHelper>();
        return new ModelCommand(db, $"DELETE FROM {Table(type, sql)} WHERE {string.Join(" AND ", key.Select((p, i) => $"{Name(p, sql)} = @p{i}"))}", key);
    }

    /// <summary>Writes the row <paramref name="entity"/> describes; returns the number of rows the database says it changed.</summary>
    public int Execute(object entity)
    {
        Bind(entity);
        return _command.ExecuteNonQuery();
    }

    /// <inheritdoc cref="Execute"/>
    public Task<int> ExecuteAsync(object entity, CancellationToken ct)
    {
        Bind(entity);
        return _command.ExecuteNonQueryAsync(ct);
    }

    public void Dispose() => _command.Dispose();

    private void Bind(object entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        _command.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var column in _columns)
        {
            var value = column.Getter.GetClrValueUsingContainingEntity(entity);
            if (value is not null && column.Converter is { } converter)
            {
                value = converter.ConvertToProvider(value);
            }

            column.Parameter.Value = value ?? DBNull.Value;
        }
    }

    private static string Table(IEntityType type, ISqlGenerationHelper sql) =>
        sql.DelimitIdentifier(type.GetTableName() ?? throw new NotSupportedException($"{type.DisplayName()} is not mapped to a table."), type.GetSchema());

    private static string Name(IProperty property, ISqlGenerationHelper sql) =>
        property.IsShadowProperty()
            ? throw new NotSupportedException($"{property.DeclaringType.DisplayName()}.{property.Name} is a shadow property: the row's values are read from the object.")
            : sql.DelimitIdentifier(property.GetColumnName());

    private sealed record Column(IClrPropertyGetter Getter, ValueConverter? Converter, DbParameter Parameter);
}
