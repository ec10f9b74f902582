using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Domain;
using SalesOps.Data.Auditing;
using SalesOps.Data.Changes;
using SalesOps.Data.Configurations;
using SalesOps.Data.Identity;

namespace SalesOps.Data;

/// <summary>
/// The one database context: the CRM record, sign-in (ASP.NET Core Identity), data-protection keys and the audit
/// trail. Short-lived: Blazor components get one per operation from the factory. Every change to an audited record is
/// written to <see cref="AuditEntries"/> in the same transaction as the change (see <see cref="AuditRecorder"/>).
/// </summary>
/// <remarks>
/// Saved changes to accounts' tickets, usage, activities or signals are reported to the
/// <see cref="IAccountFactsListener"/> (when the app registers one) once they are committed: right after the save, or
/// when the context is disposed if the save ran inside a transaction the caller opened.
/// </remarks>
public class SalesOpsDbContext(DbContextOptions<SalesOpsDbContext> options, TimeProvider? clock = null, IAccountFactsListener? factsListener = null)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    private Dictionary<int, AccountFactKinds>? _unreportedFacts;

    /// <summary>The clock that stamps audit entries (the app's TimeProvider when created by the factory).</summary>
    public TimeProvider Clock { get; } = clock ?? TimeProvider.System;

    public DbSet<TeamMember> TeamMembers => Set<TeamMember>();
    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<Opportunity> Opportunities => Set<Opportunity>();
    public DbSet<OpportunityStageChange> OpportunityStageChanges => Set<OpportunityStageChange>();
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<SupportTicket> SupportTickets => Set<SupportTicket>();
    public DbSet<UsageSnapshot> UsageSnapshots => Set<UsageSnapshot>();
    public DbSet<RevenueEvent> RevenueEvents => Set<RevenueEvent>();
    public DbSet<HealthSnapshot> HealthSnapshots => Set<HealthSnapshot>();
    public DbSet<Handoff> Handoffs => Set<Handoff>();
    public DbSet<HandoffItem> HandoffItems => Set<HandoffItem>();
    public DbSet<HandoffDeliverable> HandoffDeliverables => Set<HandoffDeliverable>();
    public DbSet<HandoffStakeholder> HandoffStakeholders => Set<HandoffStakeholder>();
    public DbSet<ExpansionSignal> ExpansionSignals => Set<ExpansionSignal>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<WallDisplayToken> WallDisplayTokens => Set<WallDisplayToken>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<CrmConfigurationVersion> ConfigurationVersions => Set<CrmConfigurationVersion>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// Off only for bulk generation of demo and benchmark data, which is not a change anybody made; everything else
    /// is audited. Bulk generation is not reported to the <see cref="IAccountFactsListener"/> either: the generator's
    /// caller computes what is derived once, at the end.
    /// </summary>
    public bool AuditEnabled { get; set; } = true;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Enums as text: readable in the database and safe when members are reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);

        if (Database.IsSqlite())
        {
            // SQLite cannot compare, sort or sum decimal and DateTimeOffset in SQL (EF's SQLite limitations page).
            // Money becomes REAL and instants become UTC ticks, so aggregation stays in the database.
            configurationBuilder.Properties<decimal>().HaveConversion<double>();
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AccountConfiguration).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RenewVersions();
        var facts = CaptureFacts();
        var audit = AuditRecorder.Capture(this);
        if (audit.Count == 0)
        {
            var saved = base.SaveChanges(acceptAllChangesOnSuccess);
            ReportFacts(facts);
            return saved;
        }

        // The audit entries need the ids of new records, so the change is saved first and its entries right after,
        // inside one transaction: either both are stored or neither.
        using (var transaction = Database.CurrentTransaction is null ? Database.BeginTransaction() : null)
        {
            var written = base.SaveChanges(acceptAllChangesOnSuccess: true);
            AuditEntries.AddRange(AuditRecorder.Complete(audit));
            base.SaveChanges(acceptAllChangesOnSuccess: true);
            transaction?.Commit();
            ReportFacts(facts);
            return written;
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RenewVersions();
        var facts = CaptureFacts();
        var audit = AuditRecorder.Capture(this);
        if (audit.Count == 0)
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            ReportFacts(facts);
            return saved;
        }

        await using (var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null)
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
            AuditEntries.AddRange(AuditRecorder.Complete(audit));
            await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            ReportFacts(facts);
            return written;
        }
    }

    public override void Dispose()
    {
        FlushFacts();
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    public override async ValueTask DisposeAsync()
    {
        FlushFacts();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private AccountFactsCollector? CaptureFacts() =>
        factsListener is not null && AuditEnabled ? AccountFactsCollector.Capture(this) : null;

    private void ReportFacts(AccountFactsCollector? facts)
    {
        if (facts is null || facts.IsEmpty)
        {
            return;
        }

        _unreportedFacts ??= [];
        foreach (var (accountId, kinds) in facts.Resolve())
        {
            _unreportedFacts[accountId] = _unreportedFacts.GetValueOrDefault(accountId) | kinds;
        }

        // Inside the caller's transaction nothing is committed yet: readers on other connections would see the old
        // facts. Report when the context is disposed, after the caller has committed.
        if (Database.CurrentTransaction is null)
        {
            FlushFacts();
        }
    }

    private void FlushFacts()
    {
        if (_unreportedFacts is not { Count: > 0 } facts)
        {
            return;
        }

        _unreportedFacts = null;
        factsListener?.OnAccountFactsChanged(new AccountFactsChange(facts));
    }

    private void RenewVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            // Derived values (complex properties such as an account's support fields) are refreshed by the system;
            // they must not invalidate what a person is editing, so only changes to the record's own fields count.
            if (entry.State == EntityState.Added
                || (entry.State == EntityState.Modified && entry.Properties.Any(p => p.IsModified)))
            {
                entry.Entity.Version = Guid.NewGuid();
            }
        }
    }
}
