using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using SalesOps.Core.Domain;

namespace SalesOps.Data.Changes;

/// <summary>
/// Notes, before a save, which account facts are about to change; after the save (when new rows have their keys and
/// foreign keys) it names the accounts. A ticket moved from one account to another changes both.
/// </summary>
internal sealed class AccountFactsCollector
{
    private readonly List<(EntityEntry Entry, AccountFactKinds Kind, int? OriginalAccountId)> _entries = [];

    public bool IsEmpty => _entries.Count == 0;

    public static AccountFactsCollector Capture(DbContext db)
    {
        var collector = new AccountFactsCollector();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var kind = Kind(entry.Entity);
            if (kind == AccountFactKinds.None)
            {
                continue;
            }

            var original = entry.State == EntityState.Modified
                ? entry.Property(nameof(SupportTicket.AccountId)).OriginalValue as int?
                : null;
            collector._entries.Add((entry, kind, original));
        }

        return collector;
    }

    /// <summary>The accounts touched, read after the save so that added rows carry their account's key.</summary>
    public Dictionary<int, AccountFactKinds> Resolve()
    {
        var accounts = new Dictionary<int, AccountFactKinds>();
        foreach (var (entry, kind, original) in _entries)
        {
            Add(accounts, AccountId(entry.Entity), kind);
            Add(accounts, original, kind);
        }

        return accounts;
    }

    private static void Add(Dictionary<int, AccountFactKinds> accounts, int? accountId, AccountFactKinds kind)
    {
        if (accountId is int id && id > 0)
        {
            accounts[id] = accounts.GetValueOrDefault(id) | kind;
        }
    }

    private static AccountFactKinds Kind(object entity) => entity switch
    {
        SupportTicket => AccountFactKinds.Tickets,
        UsageSnapshot => AccountFactKinds.Usage,
        Activity => AccountFactKinds.Activities,
        ExpansionSignal => AccountFactKinds.Signals,
        _ => AccountFactKinds.None,
    };

    private static int? AccountId(object entity) => entity switch
    {
        SupportTicket t => t.AccountId,
        UsageSnapshot u => u.AccountId,
        Activity a => a.AccountId,
        ExpansionSignal s => s.AccountId,
        _ => null,
    };
}
