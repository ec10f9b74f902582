using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Domain;
using SalesOps.Data.Configurations;

namespace SalesOps.Data;

/// <summary>The one database context. Short-lived: Blazor components get one per operation from the factory.</summary>
public class SalesOpsDbContext(DbContextOptions<SalesOpsDbContext> options) : DbContext(options)
{
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
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

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

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AccountConfiguration).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RenewVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RenewVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
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
