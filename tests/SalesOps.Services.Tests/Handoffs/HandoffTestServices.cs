using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SalesOps.Core.Domain;
using SalesOps.Core.Security;
using SalesOps.Data.Auditing;
using SalesOps.Services.Configuration;
using SalesOps.Services.Deals;
using SalesOps.Services.Events;
using SalesOps.Services.Handoffs;
using SalesOps.Services.Notifications;
using SalesOps.Services.Security;
using SalesOps.Services.Tests.Infrastructure;
using SalesOps.Services.Tests.WallDisplays;

namespace SalesOps.Services.Tests.Handoffs;

/// <summary>The handoff and deal services over a test database, acting as a given user; mail goes to a recorder.</summary>
internal sealed class HandoffTestServices(TestDatabase database)
{
    public RecordingMailSender Mail { get; } = new();

    /// <summary>The bus both services publish on.</summary>
    public IEventBus Events { get; init; } = new InProcessEventBus(NullLogger<InProcessEventBus>.Instance);

    public HandoffService Handoffs(string name = "sales@example.test", string role = AppRoles.Sales, TimeProvider? clock = null) =>
        new(database.Factory, new CrmConfigurationProvider(database.Factory), Mail, TestUsers.WithRole(role, name), Events, clock ?? database.Clock);

    public DealService Deals(string name = "sales@example.test") =>
        new(database.Factory, new CrmConfigurationProvider(database.Factory), TestUsers.WithRole(AppRoles.Sales, name), Events, database.Clock);

    /// <summary>A new open new-business deal on an account that has a CSM and contacts.</summary>
    public async Task<(Opportunity Deal, Account Account)> OpenDealAsync(string name, OpportunityType type = OpportunityType.NewBusiness)
    {
        await using var db = database.CreateContext();
        var account = await db.Accounts.AsNoTracking().Where(a => a.CsmId != null && a.Contacts.Count(c => c.Email != null) >= 2)
            .OrderBy(a => a.Id).FirstAsync();
        var owner = await db.TeamMembers.AsNoTracking().Where(t => t.Role == TeamRole.Sales).OrderBy(t => t.Id).FirstAsync();
        var now = database.Clock.GetUtcNow();
        var deal = new Opportunity
        {
            AccountId = account.Id, Name = name, Type = type, Stage = OpportunityStage.Negotiation, Amount = 48_000m,
            CloseDate = DateOnly.FromDateTime(now.UtcDateTime).AddDays(5), OwnerId = owner.Id, CreatedAt = now.AddDays(-30), UpdatedAt = now.AddDays(-1),
        };
        db.Opportunities.Add(deal);
        await db.SaveChangesAsync();
        return (deal, account);
    }

    /// <summary>Wins a fresh deal as sales and returns its handoff.</summary>
    public async Task<HandoffDetails> WonHandoffAsync(string name)
    {
        var (deal, _) = await OpenDealAsync(name);
        DealStageResult result;
        using (AuditActor.Begin("sales@example.test"))
        {
            result = await Deals().ChangeStageAsync(deal.Id, OpportunityStage.ClosedWon, deal.Version);
        }

        Assert.True(result.Succeeded, result.Error);
        return (await Handoffs().GetAsync(result.HandoffId!.Value))!;
    }
}

/// <summary>Outgoing mail kept in memory (the one edge faked in these tests).</summary>
internal sealed class RecordingMailSender : IMailSender
{
    public bool IsConfigured { get; set; } = true;

    public ConcurrentQueue<OutgoingMail> Sent { get; } = new();

    public Task SendAsync(OutgoingMail mail, CancellationToken ct = default)
    {
        Sent.Enqueue(mail);
        return Task.CompletedTask;
    }
}
