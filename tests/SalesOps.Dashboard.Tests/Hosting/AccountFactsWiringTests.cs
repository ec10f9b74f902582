using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Core.Domain;
using SalesOps.Data;
using SalesOps.Dashboard.Tests.Infrastructure;
using SalesOps.Services.Events;

namespace SalesOps.Dashboard.Tests.Hosting;

/// <summary>
/// In the app as it is wired: a ticket written through the app's own context factory, by no particular service,
/// still recomputes its account and announces it on the event bus.
/// </summary>
public sealed class AccountFactsWiringTests(SalesOpsAppFactory factory) : IClassFixture<SalesOpsAppFactory>
{
    [Fact]
    public async Task A_ticket_written_through_the_apps_context_recomputes_its_account_and_publishes_the_event()
    {
        var services = factory.Services;
        var contexts = services.GetRequiredService<IDbContextFactory<SalesOpsDbContext>>();
        var bus = services.GetRequiredService<IEventBus>();
        int accountId;
        int openBefore;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var account = await db.Accounts.AsNoTracking().Where(a => a.Lifecycle != Lifecycle.Churned).OrderBy(a => a.Id).FirstAsync();
            accountId = account.Id;
            openBefore = account.Support.OpenTicketCount;
        }

        var recomputed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = bus.Subscribe<HealthRecomputed>(e =>
        {
            if (e.AccountIds.Contains(accountId))
            {
                recomputed.TrySetResult();
            }

            return Task.CompletedTask;
        });

        await using (var db = await contexts.CreateDbContextAsync())
        {
            var now = DateTimeOffset.UtcNow;
            db.SupportTickets.Add(new SupportTicket
            {
                AccountId = accountId, Subject = "Cannot sign in", Priority = TicketPriority.Normal, Status = TicketStatus.Open,
                CreatedAt = now.AddMinutes(-5), UpdatedAt = now,
            });
            await db.SaveChangesAsync();
        }

        await recomputed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var account = await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == accountId);
            Assert.Equal(openBefore + 1, account.Support.OpenTicketCount);
        }
    }
}
