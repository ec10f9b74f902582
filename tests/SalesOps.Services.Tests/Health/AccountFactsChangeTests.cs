using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SalesOps.Core.Domain;
using SalesOps.Data;
using SalesOps.Data.Changes;
using SalesOps.Services.Accounts;
using SalesOps.Services.Events;
using SalesOps.Services.Health;
using SalesOps.Services.Tests.Infrastructure;

namespace SalesOps.Services.Tests.Health;

/// <summary>
/// Whatever path writes tickets, usage, activities or signals, the database context reports the accounts once the
/// change is committed, and the worker recomputes them.
/// </summary>
public sealed class AccountFactsChangeTests(SeededSqliteFixture fixture) : IClassFixture<SeededSqliteFixture>
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(30);
    private readonly TestDatabase _database = fixture.Database;

    [Fact]
    public async Task Each_kind_of_fact_is_reported_with_its_account_after_the_save()
    {
        var (first, second) = await TwoAccountsAsync(0);
        var listener = new RecordingFactsListener();
        var now = _database.Clock.GetUtcNow();
        await using (var db = Listening(listener))
        {
            db.SupportTickets.Add(Ticket(first, now));
            db.UsageSnapshots.Add(new UsageSnapshot { AccountId = first, PeriodStart = DateOnly.FromDateTime(now.UtcDateTime).AddYears(2), SeatsLicensed = 10, SeatsUsed = 9, ActiveUsers = 8 });
            db.Activities.Add(new Activity { AccountId = second, Type = ActivityType.Meeting, Subject = "QBR", OccurredAt = now });
            db.ExpansionSignals.Add(new ExpansionSignal { AccountId = second, Trigger = ExpansionTrigger.ApproachingPlanLimits, Context = "Seats nearly full", LoggedAt = now });
            Assert.Empty(listener.Changes);
            await db.SaveChangesAsync();
        }

        var change = Assert.Single(listener.Changes);
        Assert.Equal(AccountFactKinds.Tickets | AccountFactKinds.Usage, change.Accounts[first]);
        Assert.Equal(AccountFactKinds.Activities | AccountFactKinds.Signals, change.Accounts[second]);
        Assert.Equal([first], change.WithTicketChanges);
    }

    [Fact]
    public async Task A_ticket_moved_to_another_account_reports_both_accounts()
    {
        var (first, second) = await TwoAccountsAsync(1);
        long ticketId;
        await using (var db = _database.CreateContext())
        {
            var ticket = Ticket(first, _database.Clock.GetUtcNow());
            db.SupportTickets.Add(ticket);
            await db.SaveChangesAsync();
            ticketId = ticket.Id;
        }

        var listener = new RecordingFactsListener();
        await using (var db = Listening(listener))
        {
            var ticket = await db.SupportTickets.SingleAsync(t => t.Id == ticketId);
            ticket.AccountId = second;
            await db.SaveChangesAsync();
        }

        var change = Assert.Single(listener.Changes);
        Assert.Equal([first, second], change.Accounts.Keys.Order());
    }

    [Fact]
    public async Task Inside_the_callers_transaction_the_change_is_reported_when_the_context_is_disposed_after_the_commit()
    {
        var (first, _) = await TwoAccountsAsync(2);
        var listener = new RecordingFactsListener();
        await using (var db = Listening(listener))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.SupportTickets.Add(Ticket(first, _database.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
            Assert.Empty(listener.Changes);
            await transaction.CommitAsync();
        }

        Assert.Equal(first, Assert.Single(Assert.Single(listener.Changes).Accounts.Keys));
    }

    [Fact]
    public async Task Bulk_generation_and_saves_without_facts_report_nothing()
    {
        var (first, _) = await TwoAccountsAsync(3);
        var listener = new RecordingFactsListener();
        await using (var db = Listening(listener))
        {
            db.AuditEnabled = false;
            db.SupportTickets.Add(Ticket(first, _database.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        }

        await using (var db = Listening(listener))
        {
            var account = await db.Accounts.SingleAsync(a => a.Id == first);
            account.Industry = "Logistics";
            await db.SaveChangesAsync();
        }

        Assert.Empty(listener.Changes);
    }

    [Fact]
    public async Task A_ticket_saved_by_any_path_refreshes_support_fields_and_health_and_publishes_the_recompute()
    {
        var snapshots = HealthTestServices.Snapshots(_database);
        var bus = new InProcessEventBus(NullLogger<InProcessEventBus>.Instance);
        await using var services = new ServiceCollection()
            .AddScoped<ISupportFieldsService>(_ => new SupportFieldsService(_database.Factory, _database.Clock, snapshots))
            .BuildServiceProvider();
        using var worker = new AccountFactsRecomputeWorker(services.GetRequiredService<IServiceScopeFactory>(), snapshots, bus,
            _database.Clock, NullLogger<AccountFactsRecomputeWorker>.Instance);
        await worker.StartAsync(CancellationToken.None);

        var (accountId, _) = await TwoAccountsAsync(4, withoutOpenEscalation: true);
        await new SupportFieldsService(_database.Factory, _database.Clock, snapshots).RefreshAsync([accountId]);
        var before = await AccountAsync(accountId);
        var recomputed = new TaskCompletionSource<HealthRecomputed>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = bus.Subscribe<HealthRecomputed>(e =>
        {
            if (e.AccountIds.Contains(accountId))
            {
                recomputed.TrySetResult(e);
            }

            return Task.CompletedTask;
        });

        var now = _database.Clock.GetUtcNow();
        await using (var db = Listening(worker))
        {
            db.SupportTickets.Add(Ticket(accountId, now, escalated: true));
            await db.SaveChangesAsync();
        }

        var published = await recomputed.Task.WaitAsync(EventTimeout);
        await worker.StopAsync(CancellationToken.None);

        Assert.False(published.AllAccounts);
        var after = await AccountAsync(accountId);
        Assert.Equal(before.Support.OpenTicketCount + 1, after.Support.OpenTicketCount);
        Assert.True(after.Health.IsAtRisk, "an open escalation puts the account at risk");
        Assert.True(after.Health.ComputedAt > before.Health.ComputedAt || after.Health.Score != before.Health.Score);
    }

    private SalesOpsDbContext Listening(IAccountFactsListener listener) => _database.Factory.CreateDbContext(_database.Clock, listener);

    private static SupportTicket Ticket(int accountId, DateTimeOffset now, bool escalated = false) => new()
    {
        AccountId = accountId, Subject = "Export fails", Priority = TicketPriority.High, Status = TicketStatus.Open,
        CreatedAt = now.AddHours(-2), UpdatedAt = now,
        EscalatedAt = escalated ? now.AddHours(-1) : null, EscalationReason = escalated ? "Outage" : null,
    };

    private async Task<(int First, int Second)> TwoAccountsAsync(int pair, bool withoutOpenEscalation = false)
    {
        await using var db = _database.CreateContext();
        var today = DateOnly.FromDateTime(_database.Clock.GetUtcNow().UtcDateTime);
        var query = db.Accounts.AsNoTracking().Where(a => a.ContractStart <= today && a.Lifecycle != Lifecycle.Churned);
        if (withoutOpenEscalation)
        {
            query = query.Where(a => !db.SupportTickets.Any(t => t.AccountId == a.Id && t.EscalatedAt != null && t.SolvedAt == null));
        }

        // Each test takes its own pair, so that tests sharing the company do not trip over each other's tickets.
        var picked = await query.OrderBy(a => a.Id).Select(a => a.Id).Skip(2 * pair).Take(2).ToArrayAsync();
        return (picked[0], picked[1]);
    }

    private async Task<Account> AccountAsync(int id)
    {
        await using var db = _database.CreateContext();
        return await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == id);
    }
}
