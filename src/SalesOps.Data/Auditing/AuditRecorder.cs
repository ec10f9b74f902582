using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using SalesOps.Core.Domain;
using SalesOps.Data.Identity;

namespace SalesOps.Data.Auditing;

/// <summary>
/// Turns the change tracker's pending changes to audited records into audit entries: who, when, and each field's old
/// and new value. Called by <see cref="SalesOpsDbContext"/> on every save, so no write path can forget it.
/// </summary>
public static class AuditRecorder
{
    /// <summary>The record types whose every create, change and delete is audited, with the name the log shows.</summary>
    public static IReadOnlyDictionary<Type, string> AuditedTypes { get; } = new Dictionary<Type, string>
    {
        [typeof(Account)] = "Account",
        [typeof(Contact)] = "Contact",
        [typeof(Opportunity)] = "Opportunity",
        [typeof(SupportTicket)] = "SupportTicket",
        [typeof(Handoff)] = "Handoff",
        [typeof(HandoffItem)] = "HandoffItem",
        [typeof(HandoffDeliverable)] = "HandoffDeliverable",
        [typeof(HandoffStakeholder)] = "HandoffStakeholder",
        [typeof(ExpansionSignal)] = "ExpansionSignal",
        [typeof(TeamMember)] = "TeamMember",
        [typeof(WallDisplayToken)] = "WallDisplayToken",
        [typeof(ApiKey)] = "ApiKey",
        [typeof(CrmConfigurationVersion)] = "Configuration",
        [typeof(AppUser)] = "User",
        [typeof(IdentityUserRole<string>)] = "User",
    };

    // Fields that change as a side effect (derived, bookkeeping) would bury the real changes.
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "Version", "UpdatedAt", "ConcurrencyStamp", "NormalizedEmail", "NormalizedUserName", "AccessFailedCount", "LastSignInAt",
    };

    // Secrets: the log says that they changed, never what they are.
    private static readonly HashSet<string> Secret = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "TokenHash", "KeyHash",
    };

    private const string Changed = "(changed)";
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static List<PendingAudit> Capture(SalesOpsDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit trail is append-only: audit entries cannot be changed or deleted.");
        }

        var pending = new List<PendingAudit>();
        if (!db.AuditEnabled)
        {
            return pending;
        }

        db.ChangeTracker.DetectChanges();
        var now = db.Clock.GetUtcNow();
        var actor = AuditActor.Current;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)
                || !AuditedTypes.TryGetValue(entry.Metadata.ClrType, out var typeName))
            {
                continue;
            }

            var changes = entry.Entity is IdentityUserRole<string> link ? RoleChange(db, entry, link) : FieldChanges(entry);
            if (changes.Count == 0)
            {
                continue; // e.g. only derived or bookkeeping fields moved
            }

            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Created,
                EntityState.Deleted => AuditAction.Deleted,
                _ => AuditAction.Modified,
            };
            if (entry.Entity is IdentityUserRole<string>)
            {
                action = AuditAction.Modified; // a role added or removed is a change to the user
            }

            var audit = new AuditEntry
            {
                At = now,
                UserName = actor,
                EntityType = typeName,
                Action = action,
                Changes = JsonSerializer.Serialize(changes, Json),
            };
            // New records get their id from the save; everything else is known now.
            var idAfterSave = entry.State == EntityState.Added && entry.Entity is not IdentityUserRole<string>;
            if (!idAfterSave)
            {
                audit.EntityId = entry.Entity is IdentityUserRole<string> r ? r.UserId : KeyOf(entry);
            }

            pending.Add(new PendingAudit(entry, audit, idAfterSave));
        }

        return pending;
    }

    /// <summary>Fills in the ids that the save assigned and returns the entries to store.</summary>
    public static IEnumerable<AuditEntry> Complete(List<PendingAudit> pending)
    {
        ArgumentNullException.ThrowIfNull(pending);
        foreach (var p in pending)
        {
            if (p.IdAfterSave)
            {
                p.Audit.EntityId = KeyOf(p.Entry);
            }

            yield return p.Audit;
        }
    }

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey()!;
        return string.Join("/", key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));
    }

    private static Dictionary<string, FieldChange> FieldChanges(EntityEntry entry)
    {
        var changes = new Dictionary<string, FieldChange>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            Add(changes, entry.State, property.Metadata.Name, property.OriginalValue, property.CurrentValue, property.IsModified, property.Metadata.IsPrimaryKey());
        }

        foreach (var complex in entry.ComplexProperties)
        {
            // Derived values (support fields, current health) are recomputed by the system from audited records.
            if (typeof(IDerivedValues).IsAssignableFrom(complex.Metadata.ClrType))
            {
                continue;
            }

            foreach (var property in complex.Properties)
            {
                Add(changes, entry.State, $"{complex.Metadata.Name}.{property.Metadata.Name}", property.OriginalValue, property.CurrentValue, property.IsModified, false);
            }
        }

        return changes;
    }

    private static void Add(Dictionary<string, FieldChange> changes, EntityState state, string name, object? original, object? current, bool modified, bool isKey)
    {
        if (Ignored.Contains(name) || isKey)
        {
            return;
        }

        switch (state)
        {
            case EntityState.Added when current is not null:
                changes[name] = new FieldChange(null, Show(name, current));
                break;
            case EntityState.Deleted when original is not null:
                changes[name] = new FieldChange(Show(name, original), null);
                break;
            case EntityState.Modified when modified && !Equals(original, current):
                changes[name] = new FieldChange(Show(name, original), Show(name, current));
                break;
        }
    }

    private static string? Show(string name, object? value) => value switch
    {
        null => null,
        _ when Secret.Contains(name) => Changed,
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static Dictionary<string, FieldChange> RoleChange(SalesOpsDbContext db, EntityEntry entry, IdentityUserRole<string> link)
    {
        var role = db.Roles.Local.FirstOrDefault(r => r.Id == link.RoleId)?.Name
            ?? db.Roles.AsNoTracking().Where(r => r.Id == link.RoleId).Select(r => r.Name).FirstOrDefault()
            ?? link.RoleId;
        return new Dictionary<string, FieldChange>(StringComparer.Ordinal)
        {
            ["Role"] = entry.State == EntityState.Deleted ? new FieldChange(role, null) : new FieldChange(null, role),
        };
    }
}
