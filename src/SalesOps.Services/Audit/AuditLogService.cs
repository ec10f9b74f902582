using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Domain;
using SalesOps.Data;
using SalesOps.Services.Common;
using SalesOps.Services.Security;

namespace SalesOps.Services.Audit;

public sealed class AuditLogService(IDbContextFactory<SalesOpsDbContext> contextFactory) : IAuditLogService
{
    public const int MaxPageSize = 200;

    private readonly IDbContextFactory<SalesOpsDbContext> _contextFactory = contextFactory;

    public async Task<PagedResult<AuditLogItem>> SearchAsync(AuditQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await _contextFactory.CreateDbContextAsync(ct);
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.EntityType))
        {
            var type = query.EntityType.Trim();
            entries = entries.Where(e => e.EntityType == type);
        }

        if (!string.IsNullOrWhiteSpace(query.EntityId))
        {
            var id = query.EntityId.Trim();
            entries = entries.Where(e => e.EntityId == id);
        }

        if (!string.IsNullOrWhiteSpace(query.UserName))
        {
            var user = query.UserName.Trim().ToLowerInvariant();
            entries = entries.Where(e => e.UserName.ToLower().Contains(user));
        }

        if (query.Action is { } action)
        {
            entries = entries.Where(e => e.Action == action);
        }

        if (query.From is { } from)
        {
            entries = entries.Where(e => e.At >= from);
        }

        if (query.To is { } to)
        {
            entries = entries.Where(e => e.At < to);
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim().ToLowerInvariant();
            entries = entries.Where(e => e.Changes.ToLower().Contains(text));
        }

        return await PageAsync(entries, query.Page, query.PageSize, ct);
    }

    public async Task<PagedResult<AuditLogItem>> GetHistoryAsync(string entityType, string entityId, int page = 0, int pageSize = 50, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        ArgumentException.ThrowIfNullOrWhiteSpace(entityId);
        if (!AuditedRecords.CustomerRecords.Contains(entityType))
        {
            throw new AccessDeniedException($"The history of {entityType} records is in the audit log, for ops managers.");
        }

        await using var db = await _contextFactory.CreateDbContextAsync(ct);
        var entries = db.AuditEntries.AsNoTracking().Where(e => e.EntityType == entityType && e.EntityId == entityId);
        return await PageAsync(entries, page, pageSize, ct);
    }

    /// <summary>The field changes of an entry's Changes JSON ({field: {Old, New}}), in the order they were written.</summary>
    public static IReadOnlyList<AuditFieldChange> ParseChanges(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        var changes = new List<AuditFieldChange>();
        foreach (var field in document.RootElement.EnumerateObject())
        {
            changes.Add(field.Value.ValueKind == JsonValueKind.Object
                ? new AuditFieldChange(field.Name, Value(field.Value, "Old"), Value(field.Value, "New"))
                : new AuditFieldChange(field.Name, null, Text(field.Value)));
        }

        return changes;
    }

    private static async Task<PagedResult<AuditLogItem>> PageAsync(IQueryable<AuditEntry> entries, int page, int pageSize, CancellationToken ct)
    {
        var total = await entries.CountAsync(ct);
        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        var rows = await entries
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip(Math.Max(0, page) * size)
            .Take(size)
            .ToListAsync(ct);
        var items = rows.Select(e => new AuditLogItem(e.Id, e.At, e.UserName, e.EntityType, e.EntityId, e.Action, ParseChanges(e.Changes))).ToList();
        return new PagedResult<AuditLogItem>(items, total);
    }

    private static string? Value(JsonElement change, string name)
    {
        foreach (var property in change.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return Text(property.Value);
            }
        }

        return null;
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };
}
