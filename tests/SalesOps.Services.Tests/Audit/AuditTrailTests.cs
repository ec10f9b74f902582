using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SalesOps.Core.Domain;
using SalesOps.Data;
using SalesOps.Data.Auditing;
using SalesOps.Services.Audit;
using SalesOps.Services.Tests.Infrastructure;

namespace SalesOps.Services.Tests.Audit;

/// <summary>
/// Every create, change and delete of a customer record is written to the audit trail by the database context, with
/// the acting user and old → new values, in the same transaction; the trail itself cannot be changed.
/// </summary>
public sealed class AuditTrailTests(SeededSqliteFixture fixture) : IClassFixture<SeededSqliteFixture>
{
    private const string Actor = "ops@audit.example";
    private readonly TestDatabase _database = fixture.Database;

    private AuditLogService Log => new(_database.Factory);

    [Fact]
    public Task Accounts_are_audited_on_create_change_and_delete() =>
        AssertAuditedAsync("Account", db => Task.FromResult(new Account
        {
            Name = "Audit Test Ltd", Domain = $"{Guid.NewGuid():N}.example", Industry = "Testing", Plan = "Pro",
            Arr = 1200m, ContractStart = new DateOnly(2026, 1, 1), RenewalDate = new DateOnly(2027, 1, 1), CreatedAt = TestClock.Now, UpdatedAt = TestClock.Now,
        }), a => a.Name = "Audit Test Renamed", nameof(Account.Name), "Audit Test Ltd", "Audit Test Renamed");

    [Fact]
    public Task Contacts_are_audited_on_create_change_and_delete() =>
        AssertAuditedAsync("Contact", async db => new Contact
        {
            AccountId = await AnyAccountAsync(db), FirstName = "Ada", LastName = "Audit", Email = "ada@audit.example", Role = ContactRole.Champion,
            CreatedAt = TestClock.Now, UpdatedAt = TestClock.Now,
        }, c => c.Email = "ada.audit@audit.example", nameof(Contact.Email), "ada@audit.example", "ada.audit@audit.example");

    [Fact]
    public Task Opportunities_are_audited_on_create_change_and_delete() =>
        AssertAuditedAsync("Opportunity", async db => NewOpportunity(await AnyAccountAsync(db)),
            o => o.Amount = 7500m, nameof(Opportunity.Amount), "5000", "7500");

    [Fact]
    public Task Support_tickets_are_audited_on_create_change_and_delete() =>
        AssertAuditedAsync("SupportTicket", async db => new SupportTicket
        {
            AccountId = await AnyAccountAsync(db), Subject = "Cannot export", Priority = TicketPriority.Normal, Status = TicketStatus.Open,
            CreatedAt = TestClock.Now, UpdatedAt = TestClock.Now,
        }, t => t.Status = TicketStatus.Solved, nameof(SupportTicket.Status), "Open", "Solved");

    [Fact]
    public Task Handoffs_are_audited_on_create_change_and_delete() =>
        AssertAuditedAsync("Handoff", async db =>
        {
            var opportunity = NewOpportunity(await AnyAccountAsync(db));
            db.Opportunities.Add(opportunity);
            await db.SaveChangesAsync();
            return new Handoff
            {
                AccountId = opportunity.AccountId, OpportunityId = opportunity.Id, TemplateName = "Standard", TemplateVersion = 1,
                ClosedWonAt = TestClock.Now, CreatedAt = TestClock.Now, UpdatedAt = TestClock.Now, GoalsAndUseCase = "Faster reporting",
            };
        }, h => h.GoalsAndUseCase = "Faster reporting for finance", nameof(Handoff.GoalsAndUseCase), "Faster reporting", "Faster reporting for finance");

    [Fact]
    public Task Expansion_signals_are_audited_on_create_change_and_delete() =>
        AssertAuditedAsync("ExpansionSignal", async db => new ExpansionSignal
        {
            AccountId = await AnyAccountAsync(db), Trigger = ExpansionTrigger.ApproachingPlanLimits, Source = SignalSource.Logged, Status = SignalStatus.Logged,
            Context = "Asked about more seats", LoggedAt = TestClock.Now,
        }, s => s.Context = "Asked about 50 more seats", nameof(ExpansionSignal.Context), "Asked about more seats", "Asked about 50 more seats");

    [Fact]
    public async Task A_failing_save_writes_neither_the_change_nor_its_audit_entry()
    {
        var id = await AnyAccountAsync();
        var before = await StoredAsync(id);
        var auditCount = await AuditCountAsync();
        var builder = new DbContextOptionsBuilder<SalesOpsDbContext>();
        builder.UseSalesOpsDatabase(_database.Connection.Provider, _database.Connection.ConnectionString);
        var options = builder.AddInterceptors(new FailWhenAuditIsWritten()).Options;

        await using (var db = new SalesOpsDbContext(options))
        using (AuditActor.Begin(Actor))
        {
            var account = await db.Accounts.SingleAsync(a => a.Id == id);
            account.Name = "Never stored";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        Assert.Equal(before.Name, (await StoredAsync(id)).Name);
        Assert.Equal(auditCount, await AuditCountAsync());
    }

    [Fact]
    public async Task Audit_entries_cannot_be_changed_or_deleted_and_stay_as_written()
    {
        await using (var db = _database.CreateContext())
        using (AuditActor.Begin(Actor))
        {
            var account = await db.Accounts.OrderBy(a => a.Id).Skip(5).FirstAsync();
            account.Plan += " (renamed)";
            await db.SaveChangesAsync();
        }

        long entryId;
        string original;
        await using (var db = _database.CreateContext())
        {
            var entry = await db.AuditEntries.OrderByDescending(e => e.Id).FirstAsync();
            (entryId, original) = (entry.Id, entry.UserName + entry.Changes);
            entry.UserName = "someone else";
            entry.Changes = "{}";
            var changed = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            Assert.Contains("append-only", changed.Message, StringComparison.Ordinal);
        }

        await using (var db = _database.CreateContext())
        {
            db.AuditEntries.Remove(await db.AuditEntries.SingleAsync(e => e.Id == entryId));
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        await using (var db = _database.CreateContext())
        {
            var stored = await db.AuditEntries.SingleAsync(e => e.Id == entryId);
            Assert.Equal(original, stored.UserName + stored.Changes);
            Assert.Equal(Actor, stored.UserName);
        }
    }

    [Fact]
    public async Task Changes_without_an_actor_are_recorded_as_system()
    {
        var id = await AnyAccountAsync(skip: 7);
        await using (var db = _database.CreateContext())
        {
            var account = await db.Accounts.SingleAsync(a => a.Id == id);
            account.Industry += " (system)";
            await db.SaveChangesAsync();
        }

        var history = await Log.GetHistoryAsync("Account", id.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(AuditActor.System, history.Items[0].UserName);
    }

    private async Task AssertAuditedAsync<T>(string type, Func<SalesOpsDbContext, Task<T>> create, Action<T> change, string field, string oldValue, string newValue)
        where T : class
    {
        string id;
        await using (var db = _database.CreateContext())
        using (AuditActor.Begin(Actor))
        {
            var entity = await create(db);
            db.Add(entity);
            await db.SaveChangesAsync();
            id = Convert.ToString(db.Entry(entity).Property("Id").CurrentValue, CultureInfo.InvariantCulture)!;
        }

        await using (var db = _database.CreateContext())
        using (AuditActor.Begin(Actor))
        {
            change((await db.Set<T>().FindAsync(KeyOf<T>(db, id)))!);
            await db.SaveChangesAsync();
        }

        await using (var db = _database.CreateContext())
        using (AuditActor.Begin(Actor))
        {
            db.Remove((await db.Set<T>().FindAsync(KeyOf<T>(db, id)))!);
            await db.SaveChangesAsync();
        }

        var history = (await Log.GetHistoryAsync(type, id)).Items.Reverse().ToList();
        Assert.Equal([AuditAction.Created, AuditAction.Modified, AuditAction.Deleted], history.Select(e => e.Action));
        Assert.All(history, e => Assert.Equal(Actor, e.UserName));
        Assert.All(history, e => Assert.Equal(type, e.EntityType));
        Assert.Contains(new AuditFieldChange(field, null, oldValue), history[0].Changes);
        var modified = Assert.Single(history[1].Changes);
        Assert.Equal(new AuditFieldChange(field, oldValue, newValue), modified);
        Assert.Contains(new AuditFieldChange(field, newValue, null), history[2].Changes);
    }

    private static object KeyOf<T>(SalesOpsDbContext db, string id) where T : class =>
        db.Model.FindEntityType(typeof(T))!.FindPrimaryKey()!.Properties[0].ClrType == typeof(long)
            ? (object)long.Parse(id, CultureInfo.InvariantCulture)
            : int.Parse(id, CultureInfo.InvariantCulture);

    private static Opportunity NewOpportunity(int accountId) => new()
    {
        AccountId = accountId, Name = $"Audit deal {Guid.NewGuid():N}", Type = OpportunityType.Expansion, Stage = OpportunityStage.Qualification,
        Amount = 5000m, CloseDate = new DateOnly(2026, 6, 30), CreatedAt = TestClock.Now, UpdatedAt = TestClock.Now,
    };

    private async Task<int> AnyAccountAsync(int skip = 0)
    {
        await using var db = _database.CreateContext();
        return await AnyAccountAsync(db, skip);
    }

    private static Task<int> AnyAccountAsync(SalesOpsDbContext db, int skip = 0) =>
        db.Accounts.OrderBy(a => a.Id).Select(a => a.Id).Skip(skip).FirstAsync();

    private async Task<Account> StoredAsync(int id)
    {
        await using var db = _database.CreateContext();
        return await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == id);
    }

    private async Task<int> AuditCountAsync()
    {
        await using var db = _database.CreateContext();
        return await db.AuditEntries.CountAsync();
    }

    // Lets the record's own save through and fails the save of its audit entries, inside the context's transaction.
    private sealed class FailWhenAuditIsWritten : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            eventData.Context!.ChangeTracker.Entries<AuditEntry>().Any(e => e.State == EntityState.Added)
                ? throw new InvalidOperationException("Simulated failure while writing the audit entries.")
                : base.SavingChangesAsync(eventData, result, cancellationToken);
    }
}
